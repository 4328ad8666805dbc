// What a live connection's frames ask for (hello, vote, ask, upvote, access, moderate, ping), each
// handed to its use case; refusals are `error` frames and the connection stays open (docs/api.md).
import type { RawData } from "ws";
import type { AccessMessage, AskMessage, UpvoteMessage, VoteMessage } from "../../shared/messages.js";
import type { Ballot } from "../../shared/vote.js";
import { takeToken } from "../domain/token-bucket.js";
import { authorizeQuestionModerator } from "../polling/access.js";
import { askQuestion, upvoteQuestion } from "../polling/questions.js";
import { castVote } from "../polling/votes.js";
import type { StoredEvent } from "../store/events.js";
import { parseFrame, requestIdOfRaw } from "./client-frames.js";
import { type Connection, sendError, sendMessage } from "./connection.js";
import { admitConnectionCode, introduce, sendSnapshot } from "./greeting.js";
import type { LiveServices } from "./services.js";

/** One frame from the client, past the connection's frame limit first. */
export function onMessage(
  live: LiveServices,
  connection: Connection,
  event: StoredEvent,
  data: RawData,
  isBinary: boolean,
): void {
  if (!takeToken(connection.frames, connection.frameLimit, Date.now())) {
    sendError(
      connection,
      "RATE_LIMITED",
      "Too many messages in a short time. Please wait a moment.",
      requestIdOfRaw(data),
    );
    return;
  }
  const parsed = parseFrame(data, isBinary);
  if (parsed.ok && parsed.value.type === "hello") {
    introduce(live, connection, event, parsed.value);
    return;
  }
  // Any other first frame is a hello without secrets: scripts written before `hello` still work.
  if (!connection.introduced) introduce(live, connection, event, { type: "hello" });
  if (!parsed.ok) {
    sendError(connection, parsed.code, parsed.message, parsed.requestId);
    return;
  }
  const message = parsed.value;
  switch (message.type) {
    case "ping":
      sendMessage(connection, { type: "pong" });
      return;
    case "moderate": {
      if (connection.audience === "screen") {
        sendError(connection, "FORBIDDEN", "Projector and overlay connections cannot moderate.");
        return;
      }
      // The moderator key, or the Q&A moderator key (a feed of the questions, docs/api.md).
      const authorized = authorizeQuestionModerator(live.polling, connection.address, event, message.moderatorKey);
      if (!authorized.ok) {
        sendError(connection, authorized.code, authorized.message);
        return;
      }
      connection.qaKeyHash = authorized.value === "qaModerator" ? event.qaModeratorKeyHash : null;
      live.hub.setAudience(connection, authorized.value);
      sendSnapshot(live, connection, event);
      return;
    }
    case "access":
      enterAccessCode(live, connection, event, message);
      return;
    case "vote":
      answerFailure(live, connection, message.requestId, vote(live, connection, event, message));
      return;
    case "ask":
      answerFailure(live, connection, message.requestId, ask(live, connection, event, message));
      return;
    case "upvote":
      answerFailure(live, connection, message.requestId, upvote(live, connection, event, message));
      return;
  }
}

/**
 * A use case that failed where none should (the database unreachable while catching up with
 * another node): logged, and the frame still gets an answer; the node keeps running.
 */
function answerFailure(
  live: LiveServices,
  connection: Connection,
  requestId: string | number,
  work: Promise<void>,
): void {
  work.catch((error: unknown) => {
    live.log.error({ err: error }, "a live frame failed");
    sendError(connection, "INTERNAL", "That did not work. Please try again.", requestId);
  });
}

/** The access code as the voter typed it: accepted (and kept on the connection) or refused. */
function enterAccessCode(live: LiveServices, connection: Connection, event: StoredEvent, message: AccessMessage) {
  const { requestId } = message;
  if (connection.audience === "screen") {
    return sendError(connection, "FORBIDDEN", "Projector and overlay connections cannot vote.", requestId);
  }
  const admitted = admitConnectionCode(live, connection, event, message.accessCode);
  if (admitted.ok) sendMessage(connection, { type: "accessGranted", requestId });
  else sendError(connection, admitted.code, admitted.message, requestId);
}

async function vote(live: LiveServices, connection: Connection, event: StoredEvent, message: VoteMessage) {
  const { requestId, pollId } = message;
  if (connection.participantTokenHash === null) {
    return sendError(connection, "FORBIDDEN", "Projector and overlay connections cannot vote.", requestId);
  }
  const ballot: Ballot =
    "optionIds" in message
      ? { optionIds: message.optionIds }
      : "rating" in message
        ? { rating: message.rating }
        : { answers: message.answers };
  const cast = await castVote(live.polling, event, {
    pollId,
    participantTokenHash: connection.participantTokenHash,
    accessCode: connection.accessCode,
    ballot,
  });
  live.voteCast(cast);
  if (cast.ok) sendMessage(connection, { type: "ack", requestId, vote: cast.value });
  else sendError(connection, cast.code, cast.message, requestId);
}

const SCREENS_TAKE_NO_PART = "Projector and overlay connections cannot ask or upvote.";

/** A question: acked with the question as stored (`mine`) once committed. */
async function ask(live: LiveServices, connection: Connection, event: StoredEvent, message: AskMessage) {
  const { requestId, text, name } = message;
  if (connection.participantTokenHash === null)
    return sendError(connection, "FORBIDDEN", SCREENS_TAKE_NO_PART, requestId);
  const participant = { tokenHash: connection.participantTokenHash, accessCode: connection.accessCode };
  const asked = await askQuestion(live.polling, event, participant, { text, name });
  if (asked.ok) sendMessage(connection, { type: "ack", requestId, question: asked.value });
  else sendError(connection, asked.code, asked.message, requestId);
}

/** An upvote or its taking back: acked with the question and its new count once committed. */
async function upvote(live: LiveServices, connection: Connection, event: StoredEvent, message: UpvoteMessage) {
  const { requestId, questionId, up } = message;
  if (connection.participantTokenHash === null)
    return sendError(connection, "FORBIDDEN", SCREENS_TAKE_NO_PART, requestId);
  const participant = { tokenHash: connection.participantTokenHash, accessCode: connection.accessCode };
  const upvoted = await upvoteQuestion(live.polling, event, participant, questionId, up);
  if (upvoted.ok) sendMessage(connection, { type: "ack", requestId, question: upvoted.value });
  else sendError(connection, upvoted.code, upvoted.message, requestId);
}
