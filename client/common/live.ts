// The live WebSocket of a page: connects to the event's feed, notices a dead connection,
// and reconnects on its own with jittered exponential backoff. Every (re)connect starts
// with a fresh snapshot from the server, so nothing needs to be replayed here. Voters say
// who they are in their first frame (`hello`): secrets never go into the URL.
import { EVENT_GONE_CLOSE_CODE } from "../../shared/close-codes.js";
import type { ClientMessage, HelloMessage, ServerMessage } from "../../shared/messages.js";
import { reconnectDelay } from "./backoff.js";

/** "live" once a snapshot arrived; "gone" when the event does not exist (any more). */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "gone";

/** Browsers cannot see protocol pings, and a phone's dead Wi-Fi may never report a close. */
const HEARTBEAT_MS = 20_000;
/** After a ping, this long without any frame means the connection is dead. */
const PONG_TIMEOUT_MS = 8_000;

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
async function eventExists(code: string): Promise<boolean> {
  try {
    const response = await fetch(`/api/events/${encodeURIComponent(code)}`);
    return response.status !== 404;
  } catch {
    return true;
  }
}

export function connectLive(options: LiveOptions): Live {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  let lastFrameAt = 0;
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

  /** Gives up on a socket that went silent: its close event may take minutes to come. */
  function drop(ws: WebSocket): void {
    if (socket !== ws) return;
    socket = null;
    ws.onclose = null;
    ws.close();
    options.onStatus("reconnecting");
    retryLater();
  }

  function probe(): void {
    const ws = socket;
    if (!ws || ws.readyState !== WebSocket.OPEN || probeTimer !== undefined) return;
    const sentAt = Date.now();
    send({ type: "ping" });
    probeTimer = setTimeout(() => {
      probeTimer = undefined;
      if (lastFrameAt < sentAt) drop(ws);
    }, PONG_TIMEOUT_MS);
  }

  /** Back from the pocket or back online: check at once instead of waiting for the next timer. */
  function wake(): void {
    if (stopped || document.visibilityState === "hidden") return;
    if (socket === null) {
      attempt = 0;
      open();
    } else probe();
  }

  function stop(status?: LiveStatus): void {
    stopped = true;
    clearTimeout(retryTimer);
    clearTimeout(probeTimer);
    clearInterval(heartbeat);
    document.removeEventListener("visibilitychange", wake);
    window.removeEventListener("online", wake);
    if (status) options.onStatus(status);
  }

  const heartbeat = setInterval(probe, HEARTBEAT_MS);
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
