// The live feed of a page's store, played by the test: it records what the store sends
// (hello first on each connection, as client/common/live.ts does) and hands it server frames.
import type { Live, LiveOptions, LiveStatus } from "../../client/common/live.js";
import type { ClientMessage, ServerMessage } from "../../shared/messages.js";

export type ScriptedLive = {
  /** Pass as the store's `connect`. */
  connect(options: LiveOptions): Live;
  /** Frames the store sent, over every connection, hellos included. */
  sent: ClientMessage[];
  /** A connection opens (again): the store's hello and onOpen run. */
  open(): void;
  /** The connection drops: nothing can be sent until the next `open`. */
  drop(): void;
  /** A frame from the server. */
  receive(frame: ServerMessage): void;
  closed: () => boolean;
};

export function scriptedLive(): ScriptedLive {
  let options: LiveOptions | null = null;
  let online = false;
  let closed = false;
  const sent: ClientMessage[] = [];
  const send = (message: ClientMessage) => {
    if (!online) return false;
    sent.push(message);
    return true;
  };
  const status = (value: LiveStatus) => options?.onStatus(value);
  return {
    connect(given) {
      options = given;
      closed = false;
      status("connecting");
      return {
        send,
        close: () => {
          online = false;
          closed = true;
        },
      };
    },
    sent,
    open() {
      if (!options) throw new Error("the store has not connected");
      online = true;
      if (options.role !== "screen") send(options.hello?.() ?? { type: "hello" });
      options.onOpen?.(send);
    },
    drop() {
      online = false;
      status("reconnecting");
    },
    receive(frame) {
      if (!options) throw new Error("the store has not connected");
      if (frame.type === "snapshot") status("live");
      options.onFrame(frame);
    },
    closed: () => closed,
  };
}
