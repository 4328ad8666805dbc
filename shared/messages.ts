// WebSocket frames in both directions (docs/api.md "WebSocket API"); each frame is validated with these.
import { z } from "zod";
import { ErrorCode } from "./errors.js";
import { ModeratorEvent } from "./event.js";
import { OptionId, Poll, PollId } from "./poll.js";
import { AskBody, ModeratorQaSettings, QaSettings, Question, QuestionId } from "./question.js";
import { Results } from "./results.js";
import { MAX_REQUEST_ID_LENGTH, TextAnswers, Vote } from "./vote.js";

export const WS_MAX_PAYLOAD_BYTES = 16 * 1024;

/** Tokens and access codes are far shorter; anything longer is not one of ours. */
const MAX_SECRET_LENGTH = 512;

const RequestId = z.union([z.string().max(MAX_REQUEST_ID_LENGTH), z.number()]);

// Client → server

// Strict: a vote naming both optionIds and a rating is refused, as over REST.
export const VoteMessage = z.union([
  z
    .object({ type: z.literal("vote"), requestId: RequestId, pollId: PollId, optionIds: z.array(OptionId).max(64) })
    .strict(),
  z.object({ type: z.literal("vote"), requestId: RequestId, pollId: PollId, rating: z.number().int() }).strict(),
  z.object({ type: z.literal("vote"), requestId: RequestId, pollId: PollId, answers: TextAnswers }).strict(),
]);
export type VoteMessage = z.infer<typeof VoteMessage>;

export const ModerateMessage = z.object({
  type: z.literal("moderate"),
  moderatorKey: z.string().max(MAX_SECRET_LENGTH),
});
export type ModerateMessage = z.infer<typeof ModerateMessage>;

export const PingMessage = z.object({ type: z.literal("ping") });

/**
 * A voter's first frame: who it is, sent after the upgrade so that no secret rides in the URL
 * (where proxies log it). Both fields are optional: without a token the server issues one.
 */
export const HelloMessage = z.object({
  type: z.literal("hello"),
  participantToken: z.string().max(MAX_SECRET_LENGTH).optional(),
  accessCode: z.string().max(MAX_SECRET_LENGTH).optional(),
});
export type HelloMessage = z.infer<typeof HelloMessage>;

/** The event's access code as the voter typed it; answered by `accessGranted` or an error. */
export const AccessMessage = z.object({
  type: z.literal("access"),
  requestId: RequestId,
  accessCode: z.string().max(MAX_SECRET_LENGTH),
});
export type AccessMessage = z.infer<typeof AccessMessage>;

/** The same check over REST: the body of `POST /api/events/:code/access`. */
export const AccessCodeBody = AccessMessage.pick({ accessCode: true }).strict();

/** Audience Q&A: a question for the event (the rules of POST …/questions); acked after commit. */
export const AskMessage = z
  .object({
    type: z.literal("ask"),
    requestId: RequestId,
    text: AskBody.shape.text,
    name: AskBody.shape.name,
  })
  .strict();
export type AskMessage = z.infer<typeof AskMessage>;

/** Audience Q&A: `up: true` upvotes a question, `up: false` takes the upvote back; acked after commit. */
export const UpvoteMessage = z
  .object({ type: z.literal("upvote"), requestId: RequestId, questionId: QuestionId, up: z.boolean() })
  .strict();
export type UpvoteMessage = z.infer<typeof UpvoteMessage>;

export const ClientMessage = z.union([
  VoteMessage,
  ModerateMessage,
  PingMessage,
  HelloMessage,
  AccessMessage,
  AskMessage,
  UpvoteMessage,
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/**
 * The live feed's URL query (GET /api/events/:code/live): `role=screen` for the projector and
 * the overlay; the voter's secrets in the old form, kept for one release.
 */
export const LiveQuery = z.object({
  role: z.string().optional().describe("'screen' for a projector or overlay; anything else is a voter"),
  participant: z.string().optional().describe("Old form: the participant token (send it in `hello` instead)"),
  access: z.string().optional().describe("Old form: the access code (send it in `hello` instead)"),
});
export type LiveQuery = z.infer<typeof LiveQuery>;

// Server → client

/** The event as a client sees it; `accessCode` and the Q&A's blocked words are there for moderators only. */
const LiveEvent = ModeratorEvent.partial({ accessCode: true }).extend({
  qa: z.union([ModeratorQaSettings, QaSettings]),
});

export const SnapshotMessage = z.object({
  type: z.literal("snapshot"),
  event: LiveEvent,
  polls: z.array(Poll),
  /** Results the receiver may see, by poll id. */
  results: z.record(z.string(), Results),
  /** The receiver's own votes, by poll id. */
  myVotes: z.record(z.string(), Vote),
  participantToken: z.string().nullable(),
  /**
   * Audience Q&A: the questions the receiver may see, most upvoted first: visible and answered
   * ones, the receiver's own waiting or rejected ones (`mine`), and every one for moderators.
   */
  questions: z.array(Question),
  /** The ids of the questions the receiver has upvoted. */
  myUpvotes: z.array(QuestionId),
  /** "qaModerator": a Q&A moderator link's feed (questions only, docs/api.md "Q&A moderator key"). */
  role: z.enum(["voter", "screen", "moderator", "qaModerator"]),
  /**
   * Voters and moderators: whether this connection may vote now (the event asks for no access
   * code, or the connection's code was accepted). Absent for screens, which never vote.
   */
  accessGranted: z.boolean().optional(),
});
export type SnapshotMessage = z.infer<typeof SnapshotMessage>;

export const EventMessage = z.object({ type: z.literal("event"), event: LiveEvent });
export const PollMessage = z.object({ type: z.literal("poll"), poll: Poll });
export const PollDeletedMessage = z.object({ type: z.literal("pollDeleted"), pollId: PollId });
/** A moderator reset the poll: every vote on it is gone, the receiver's own included. */
export const PollResetMessage = z.object({ type: z.literal("pollReset"), pollId: PollId });
export const ResultsMessage = z.object({ type: z.literal("results"), pollId: PollId, results: Results });
export const AckMessage = z.object({ type: z.literal("ack"), requestId: RequestId, vote: Vote });
/** An ask or an upvote is committed: the question as it is now (`mine` on the asker's own). */
export const QuestionAckMessage = z.object({ type: z.literal("ack"), requestId: RequestId, question: Question });
/** A question was asked or changed, sent to those who may see it (`mine` only to its asker). */
export const QuestionMessage = z.object({ type: z.literal("question"), question: Question });
/** A question was deleted, or left what the receiver may see (rejected, archived). */
export const QuestionDeletedMessage = z.object({ type: z.literal("questionDeleted"), questionId: QuestionId });
/**
 * Upvote counts that changed, by question id: coalesced like results (at most 10 frames a
 * second per room for screens and moderators, phones less often).
 */
export const UpvotesMessage = z.object({
  type: z.literal("upvotes"),
  upvotes: z.record(z.string(), z.number().int().nonnegative()),
});
/** The access code of an `access` frame was right: this connection may vote from now on. */
export const AccessGrantedMessage = z.object({ type: z.literal("accessGranted"), requestId: RequestId });
export const ErrorMessage = z.object({
  type: z.literal("error"),
  requestId: RequestId.optional(),
  code: ErrorCode,
  message: z.string(),
});
export const PongMessage = z.object({ type: z.literal("pong") });

/**
 * Moderators only: more new participants voted in a short window than the room explains
 * (possible ballot stuffing). The console shows it; nothing is blocked automatically.
 */
export const VoteBurstMessage = z.object({
  type: z.literal("voteBurst"),
  newParticipants: z.number().int(),
  windowSeconds: z.number(),
  connectedVoters: z.number().int(),
});

// A plain union: the two kinds of ack share their type, which a discriminated union refuses.
export const ServerMessage = z.union([
  SnapshotMessage,
  EventMessage,
  VoteBurstMessage,
  PollMessage,
  PollDeletedMessage,
  PollResetMessage,
  ResultsMessage,
  AckMessage,
  QuestionAckMessage,
  QuestionMessage,
  QuestionDeletedMessage,
  UpvotesMessage,
  AccessGrantedMessage,
  ErrorMessage,
  PongMessage,
]);
export type ServerMessage = z.infer<typeof ServerMessage>;
export type PollMessage = z.infer<typeof PollMessage>;
export type VoteBurstMessage = z.infer<typeof VoteBurstMessage>;
export type ResultsMessage = z.infer<typeof ResultsMessage>;
export type AckMessage = z.infer<typeof AckMessage>;
export type QuestionAckMessage = z.infer<typeof QuestionAckMessage>;
export type QuestionMessage = z.infer<typeof QuestionMessage>;
export type UpvotesMessage = z.infer<typeof UpvotesMessage>;
export type ErrorMessage = z.infer<typeof ErrorMessage>;
