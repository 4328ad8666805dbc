// A live-feed socket of a scenario's own (a phone, or with ?role=screen a projector), greeted like
// the real pages do; resolves once the snapshot has arrived. Every frame goes to `onFrame`.
import WebSocket from "ws";
import type { ServerMessage } from "../shared/messages.js";
import { assertLoopback } from "./loopback.js";

export function connectLive(
  url: string,
  localAddress: string,
  onFrame: (frame: ServerMessage) => void,
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { localAddress: assertLoopback(localAddress), perMessageDeflate: false });
    socket.once("error", reject);
    socket.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as ServerMessage;
      if (frame.type === "snapshot") resolve(socket);
      onFrame(frame);
    });
    socket.once("open", () => {
      if (!url.includes("role=screen")) socket.send('{"type":"hello"}');
    });
  });
}
