// A TCP proxy between a browser and the test server that can go silent the way Wi-Fi does
// when it stops forwarding: every connection stays open, but nothing passes in either
// direction. Resumed, it passes on what it held back, in order, and forwards again.
import { connect, createServer, type Socket } from "node:net";

export type StallingProxy = {
  /** http://127.0.0.1:PORT, to open pages through. */
  url: string;
  /** From now on nothing is forwarded, on open connections and on new ones alike. */
  stall(): void;
  /** What was held back goes through, and everything after it. */
  resume(): void;
  close(): Promise<void>;
};

export async function startStallingProxy(targetUrl: string): Promise<StallingProxy> {
  const target = new URL(targetUrl);
  let stalled = false;
  /** Chunks held back while stalled, each with the socket it was on its way to. */
  let held: { to: Socket; chunk: Buffer }[] = [];
  const sockets = new Set<Socket>();

  const forward = (from: Socket, to: Socket) =>
    from.on("data", (chunk: Buffer) => {
      if (stalled) held.push({ to, chunk });
      else if (!to.destroyed) to.write(chunk);
    });

  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      // Either side closing closes the other: the browser giving up a socket is not the network's doing.
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
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    stall() {
      stalled = true;
    },
    resume() {
      stalled = false;
      for (const { to, chunk } of held) if (!to.destroyed) to.write(chunk);
      held = [];
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => server.close(closed));
    },
  };
}
