// A TCP proxy in front of a server (the test app, PostgreSQL) that can fail the way networks and
// restarts do: go silent with every connection left open (Wi-Fi that stops forwarding; `resume()`
// passes on what it held back, in order), or cut every connection and refuse new ones (a database
// restart, a lost network; `restore()` lets them in again).
import { connect, createServer, type Socket } from "node:net";

export type TcpProxy = {
  /** `targetUrl` with the proxy's host and port: http://127.0.0.1:PORT, or a database URL. */
  url: string;
  /** From now on nothing is forwarded, on open connections and on new ones alike. */
  stall(): void;
  /** What was held back goes through, and everything after it. */
  resume(): void;
  /** Ends every connection through the proxy and refuses new ones until `restore()`. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
};

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  let stalled = false;
  let cut = false;
  /** Chunks held back while stalled, each with the socket it was on its way to. */
  let held: { to: Socket; chunk: Buffer }[] = [];
  const sockets = new Set<Socket>();

  const forward = (from: Socket, to: Socket) =>
    from.on("data", (chunk: Buffer) => {
      if (stalled) held.push({ to, chunk });
      else if (!to.destroyed) to.write(chunk);
    });

  const server = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      // Either side closing closes the other: a client giving up a socket is not the network's doing.
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on("error", () => socket.destroy());
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const address = server.address();
  const proxied = new URL(targetUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(typeof address === "object" && address ? address.port : 0);

  return {
    url: proxied.toString().replace(/\/$/, ""),
    stall() {
      stalled = true;
    },
    resume() {
      stalled = false;
      for (const { to, chunk } of held) if (!to.destroyed) to.write(chunk);
      held = [];
    },
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      cut = false;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => server.close(closed));
    },
  };
}
