// A live-feed socket of a scenario's own (a phone, or with ?role=screen a projector), greeted like
// the real pages do; resolves once the snapshot has arrived. Every frame goes to `onFrame`, except
// that a phone's results frames are only counted (`phoneFrames`), as in voters.ts: ten
// thousand real phones each parse their own on their own processor, while here one core would
// parse them all (an open-text poll's list of about 6 KB to 10,000 phones is 58 MB of JSON) and stand
// still meanwhile, delaying every frame it measures.
import WebSocket, { type RawData } from "ws";
import type { ServerMessage } from "../shared/messages.js";
import { assertLoopback } from "./loopback.js";

const RESULTS_PREFIX = Buffer.from('{"type":"results"');

/** Whether a frame is a results frame, told from its first bytes without parsing it. */
export const isResultsFrame = (bytes: Buffer): boolean =>
  bytes.length > RESULTS_PREFIX.length &&
  bytes.compare(RESULTS_PREFIX, 0, RESULTS_PREFIX.length, 0, RESULTS_PREFIX.length) === 0;

/** Results frames the phones of this process received without parsing them. */
export const phoneFrames = { resultsFramesSeen: 0, resultsBytesSeen: 0 };

export function connectLive(
  url: string,
  localAddress: string,
  onFrame: (frame: ServerMessage) => void,
): Promise<WebSocket> {
  const phone = !url.includes("role=screen");
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { localAddress: assertLoopback(localAddress), perMessageDeflate: false });
    socket.once("error", reject);
    socket.on("message", (data: RawData) => {
      const bytes = data as Buffer;
      if (phone && isResultsFrame(bytes)) {
        phoneFrames.resultsFramesSeen++;
        phoneFrames.resultsBytesSeen += bytes.length;
        return;
      }
      const frame = JSON.parse(bytes.toString()) as ServerMessage;
      if (frame.type === "snapshot") resolve(socket);
      onFrame(frame);
    });
    socket.once("open", () => {
      if (phone) socket.send('{"type":"hello"}');
    });
  });
}
