// A WebSocket client for tests: real socket, every frame kept, waits for frames by predicate.
import WebSocket from "ws";
import type { ServerMessage } from "../../shared/messages.js";

export type LiveClient = {
  socket: WebSocket;
  frames: ServerMessage[];
  /** Resolves with the first frame (already received or future) that matches. */
  next<T extends ServerMessage["type"]>(
    type: T,
    predicate?: (frame: Extract<ServerMessage, { type: T }>) => boolean,
    timeoutMs?: number,
  ): Promise<Extract<ServerMessage, { type: T }>>;
  send(frame: unknown): void;
  close(): Promise<void>;
};

export function connectLive(baseUrl: string, code: string, query = ""): Promise<LiveClient> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/events/${code}/live${query}`);
  const frames: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on("message", (data) => {
    frames.push(JSON.parse(data.toString()) as ServerMessage);
    for (const wake of waiters) wake();
  });
  const client: LiveClient = {
    socket,
    frames,
    next(type, predicate = () => true, timeoutMs = 5000) {
      let consumed = 0;
      return new Promise((resolve, reject) => {
        const check = () => {
          for (; consumed < frames.length; consumed++) {
            const frame = frames[consumed] as ServerMessage;
            if (frame.type === type && predicate(frame as never)) {
              waiters.delete(check);
              clearTimeout(timer);
              resolve(frame as never);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no ${type} frame within ${timeoutMs} ms; got ${JSON.stringify(frames.map((f) => f.type))}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    send: (frame) => socket.send(typeof frame === "string" ? frame : JSON.stringify(frame)),
    close: () =>
      new Promise((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once("close", () => resolve());
        socket.close();
      }),
  };
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve(client));
    socket.once("error", reject);
    socket.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
}
