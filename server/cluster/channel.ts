// The channel between nodes: PostgreSQL LISTEN/NOTIFY on one connection of its own, opened
// again (with backoff) when it breaks. Whatever was sent while it was down is lost, so the
// caller re-reads everything after each reconnection (inbox.resync).
import pg from "pg";

export const CHANNEL = "handzeichen";
const RECONNECT_MS = [100, 250, 500, 1000, 2000, 5000];

export type Channel = {
  /** Sends payloads in order, in one transaction (one NOTIFY commit for the batch). */
  send(payloads: string[]): Promise<void>;
  close(): Promise<void>;
};

export type ChannelHandlers = {
  onPayload(payload: string): void;
  /** The LISTEN connection broke and is back: messages may have been missed meanwhile. */
  onReconnected(): void;
  onError(error: unknown, what: string): void;
};

export async function openChannel(url: string, handlers: ChannelHandlers): Promise<Channel> {
  // Sending goes through a connection of its own, so a slow send never holds up listening.
  const sender = new pg.Pool({ connectionString: url, max: 1, keepAlive: true });
  sender.on("error", (error) => handlers.onError(error, "notify connection"));
  let listener: pg.Client | null = null;
  let closed = false;
  let attempt = 0;

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: url, keepAlive: true });
    client.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload !== undefined) handlers.onPayload(message.payload);
    });
    client.on("error", (error) => handlers.onError(error, "listen connection"));
    client.on("end", () => {
      if (closed || listener !== client) return;
      listener = null;
      reconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  }

  function reconnect(): void {
    const wait = RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)];
    attempt++;
    setTimeout(() => {
      if (closed) return;
      listen().then(
        () => {
          attempt = 0;
          handlers.onReconnected();
        },
        (error: unknown) => {
          handlers.onError(error, "listen connection");
          reconnect();
        },
      );
    }, wait).unref();
  }

  await listen();
  return {
    async send(payloads) {
      if (payloads.length === 0) return;
      await sender.query(
        `SELECT pg_notify($1, payload)
         FROM (SELECT payload FROM unnest($2::text[]) WITH ORDINALITY AS t(payload, n) ORDER BY n) AS ordered`,
        [CHANNEL, payloads],
      );
    },
    async close() {
      closed = true;
      await listener?.end().catch(() => {});
      await sender.end();
    },
  };
}
