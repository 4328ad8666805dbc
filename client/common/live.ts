// The live WebSocket of a page: connects to the event's feed, notices a dead connection,
// and reconnects on its own with jittered exponential backoff. Every (re)connect starts
// with a fresh snapshot from the server, so nothing needs to be replayed here. Voters say
// who they are in their first frame (`hello`): secrets never go into the URL.
import { EVENT_GONE_CLOSE_CODE } from "../../shared/close-codes.js";
import type { ClientMessage, HelloMessage, ServerMessage } from "../../shared/messages.js";
import { reconnectDelay } from "./backoff.js";

/** "live" once a snapshot arrived; "gone" when the event does not exist (any more). */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "gone";

/**
 * Browsers cannot see protocol pings, and Wi-Fi that stops forwarding leaves a socket open and
 * silent. So the page pings the server itself (docs/api.md, "ping") and takes any frame as a
 * sign of life: a lost connection shows within PING_AFTER_SILENCE_MS + PONG_DEADLINE_MS + two
 * ticks, 8 s. A ping every 3–3.5 s on a quiet connection is far below the server's frame limit.
 */
const HEARTBEAT_TICK_MS = 500;
/** This long without any frame, the page asks with a ping. */
const PING_AFTER_SILENCE_MS = 3_000;
/** This long after a ping without any frame, the connection is taken as lost. */
const PONG_DEADLINE_MS = 4_000;
/** A connection attempt that neither opens nor fails in this time is given up and retried. */
const CONNECT_TIMEOUT_MS = 10_000;

export type LiveOptions = {
  code: string;
  /** Screens connect with `{role: "screen"}` and say nothing; everyone else says hello. */
  role?: "screen";
  /** The first frame of each connection attempt (a voter's token may have changed in between). */
  hello?: () => HelloMessage;
  onFrame: (frame: ServerMessage) => void;
  onStatus: (status: LiveStatus) => void;
  /** Runs when a connection opens, after the hello; a moderator says who it is here. */
  onOpen?: (send: (message: ClientMessage) => boolean) => void;
};

export type Live = {
  /** False when there is no open connection to send on. */
  send(message: ClientMessage): boolean;
  close(): void;
};

export function liveUrl(code: string, role?: "screen"): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/api/events/${encodeURIComponent(code)}/live${role ? `?role=${role}` : ""}`;
}

/** A failed upgrade looks like any network error to a browser; ask plainly whether the event exists. */
const eventExists = (code: string): Promise<boolean> =>
  fetch(`/api/events/${encodeURIComponent(code)}`).then(
    (response) => response.status !== 404,
    () => true,
  );

export function connectLive(options: LiveOptions): Live {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the socket last opened or sent a frame, and when the page last pinged it. */
  let lastFrameAt = 0;
  let lastPingAt = 0;
  let stopped = false;

  const send = (message: ClientMessage): boolean => {
    if (socket?.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  };

  function open(): void {
    clearTimeout(retryTimer);
    if (stopped) return;
    let synced = false;
    const ws = new WebSocket(liveUrl(options.code, options.role));
    socket = ws;
    lastFrameAt = Date.now();
    ws.onopen = () => {
      lastFrameAt = Date.now();
      if (options.role !== "screen") send(options.hello?.() ?? { type: "hello" });
      options.onOpen?.(send);
    };
    ws.onmessage = (message) => {
      lastFrameAt = Date.now();
      let frame: ServerMessage;
      try {
        frame = JSON.parse(String(message.data)) as ServerMessage;
      } catch {
        return;
      }
      if (frame.type === "snapshot") {
        synced = true;
        attempt = 0;
        options.onStatus("live");
      }
      options.onFrame(frame);
    };
    ws.onclose = (event) => {
      if (socket !== ws) return;
      socket = null;
      if (stopped) return;
      if (event.code === EVENT_GONE_CLOSE_CODE) return stop("gone");
      options.onStatus("reconnecting");
      if (synced) return retryLater();
      void eventExists(options.code).then((exists) => (exists ? retryLater() : stop("gone")));
    };
  }

  function retryLater(): void {
    clearTimeout(retryTimer);
    if (stopped) return;
    retryTimer = setTimeout(open, reconnectDelay(attempt));
    attempt += 1;
  }

  /** Gives up on the socket, gone silent or stuck connecting: its close event may take minutes to come. */
  function drop(ws: WebSocket): void {
    socket = null;
    ws.onclose = null;
    ws.close();
    options.onStatus("reconnecting");
    retryLater();
  }

  function ping(): void {
    lastPingAt = Date.now();
    send({ type: "ping" });
  }

  /**
   * Each tick: a quiet connection is pinged, one that did not answer its ping in time is
   * dropped, and so is an attempt that hangs in connecting. A tick that comes late (a
   * phone throttles the timers of a page in the pocket) only pings: the silence was the timer's.
   */
  function heartbeat(): void {
    const ws = socket;
    if (!ws) return;
    const now = Date.now();
    if (ws.readyState === WebSocket.CONNECTING) {
      if (now - lastFrameAt >= CONNECT_TIMEOUT_MS) drop(ws);
    } else if (lastPingAt > lastFrameAt) {
      if (now - lastPingAt >= PONG_DEADLINE_MS) drop(ws);
    } else if (now - lastFrameAt >= PING_AFTER_SILENCE_MS) ping();
  }

  /** Back from the pocket or back online: check at once instead of waiting for the next ping. */
  function wake(): void {
    if (stopped || document.visibilityState === "hidden") return;
    if (socket === null) {
      attempt = 0;
      open();
    } else ping();
  }

  function stop(status?: LiveStatus): void {
    stopped = true;
    clearTimeout(retryTimer);
    clearInterval(ticker);
    document.removeEventListener("visibilitychange", wake);
    window.removeEventListener("online", wake);
    if (status) options.onStatus(status);
  }

  const ticker = setInterval(heartbeat, HEARTBEAT_TICK_MS);
  document.addEventListener("visibilitychange", wake);
  window.addEventListener("online", wake);
  options.onStatus("connecting");
  open();

  return {
    send,
    close() {
      const ws = socket;
      socket = null;
      stop();
      ws?.close();
    },
  };
}
