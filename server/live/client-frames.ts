// Reading a client's frame: JSON text validated with the shared schemas (docs/api.md, "Client →
// server frames"), or a refusal that says what was expected, with the requestId to answer by.
import type { RawData } from "ws";
import { ClientMessage } from "../../shared/messages.js";
import { containsNul, NUL_REFUSED } from "../domain/nul-text.js";
import { type Failure, fail } from "../domain/outcome.js";

/** A refused frame, with the requestId to answer it by when it has a usable one. */
export type Refusal = Failure & { requestId: string | number | undefined };

/** The requestId of an unparsed frame, so even a refused vote can be matched by its sender. */
export function requestIdOfRaw(data: RawData): string | number | undefined {
  try {
    return requestIdOf(JSON.parse(data.toString()));
  } catch {
    return undefined;
  }
}

/** The requestId of a frame that failed validation, when it has a usable one. */
function requestIdOf(frame: unknown): string | number | undefined {
  if (frame === null || typeof frame !== "object" || !("requestId" in frame)) return undefined;
  const { requestId } = frame;
  return (typeof requestId === "string" && requestId.length <= 64) || typeof requestId === "number"
    ? requestId
    : undefined;
}

/** The client message in a frame, or why it is refused. */
export function parseFrame(data: RawData, isBinary: boolean): { ok: true; value: ClientMessage } | Refusal {
  let frame: unknown;
  try {
    if (isBinary) throw new Error("binary frame");
    frame = JSON.parse(data.toString());
  } catch {
    return { ...fail("INVALID_REQUEST", "A frame must be a JSON object sent as text."), requestId: undefined };
  }
  if (containsNul(frame)) return { ...NUL_REFUSED, requestId: requestIdOf(frame) };
  const parsed = ClientMessage.safeParse(frame);
  if (parsed.success) return { ok: true, value: parsed.data };
  const type = typeof frame === "object" && frame !== null ? (frame as { type?: unknown }).type : undefined;
  const requestId = requestIdOf(frame);
  switch (type) {
    case "vote":
      return {
        ...fail("INVALID_VOTE", "A vote is {type:'vote', requestId, pollId, optionIds:[…]} or {…, rating:n}."),
        requestId,
      };
    case "access":
      return { ...fail("INVALID_REQUEST", "An access frame is {type:'access', requestId, accessCode}."), requestId };
    case "ask":
      return { ...fail("INVALID_REQUEST", "A question is {type:'ask', requestId, text, name?}."), requestId };
    case "upvote":
      return {
        ...fail("INVALID_REQUEST", "An upvote is {type:'upvote', requestId, questionId, up: true|false}."),
        requestId,
      };
    case "hello":
      return { ...fail("INVALID_REQUEST", "A hello is {type:'hello', participantToken?, accessCode?}."), requestId };
    default:
      return {
        ...fail(
          "INVALID_REQUEST",
          "Unknown frame: expected type 'hello', 'vote', 'ask', 'upvote', 'access', 'moderate' or 'ping'.",
        ),
        requestId,
      };
  }
}
