// A WebSocket client for tests: real socket, every frame kept, waits for frames by predicate.
// Like the pages, a voter's client says hello first (with its secrets, if any), unless the
// query is the old form (secrets in the URL) or a screen's, or the test asks for silence.
import WebSocket from "ws";
import type { HelloMessage, ServerMessage } from "../../shared/messages.js";

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

export type LiveClientOptions = {
  /** The secrets of the first frame; `false`: send no hello (an older script, or a test of the wait). */
  hello?: Omit<HelloMessage, "type"> | false;
  /** Headers of the upgrade request (X-Forwarded-For behind a trusted proxy, Origin). */
  headers?: Record<string, string>;
};

/** Queries after which the server greets at once, without waiting for a hello. */
const GREETED_AT_ONCE = /[?&](role=screen|participant=|access=)/;

export function connectLive(
  baseUrl: string,
  code: string,
  query = "",
  options: LiveClientOptions = {},
): Promise<LiveClient> {
  const url = `${baseUrl.replace(/^http/, "ws")}/api/events/${code}/live${query}`;
  const socket = new WebSocket(url, { headers: options.headers });
  const hello = options.hello ?? (GREETED_AT_ONCE.test(query) ? false : {});
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
    socket.once("open", () => {
      if (hello !== false) client.send({ type: "hello", ...hello });
      resolve(client);
    });
    socket.once("error", reject);
    socket.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
}
