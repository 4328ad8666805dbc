// Audience Q&A: questions, upvotes and an event's Q&A settings, as the API shows and accepts them
// (docs/api.md, "Question" and "Q&A settings").
import { z } from "zod";
import {
  MAX_ASKER_NAME_LENGTH,
  MAX_BLOCKED_WORD_LENGTH,
  MAX_BLOCKED_WORDS,
  MAX_QUESTION_TEXT_LENGTH,
} from "./limits.js";

/** pending: waits for a moderator (pre-moderation, or a blocked word); only visible and answered ones are public. */
export const QuestionState = z.enum(["pending", "visible", "answered", "archived", "rejected"]);
export type QuestionState = z.infer<typeof QuestionState>;

export const QuestionId = z.number().int().positive();
/** Question ids as the path has them (as poll ids: shared/poll.ts). */
const QUESTION_ID_IN_PATH = /^[1-9][0-9]{0,15}$/;

export const Question = z.object({
  id: QuestionId,
  /** NFKC-normalised and trimmed, 1–300 characters (grapheme clusters). */
  text: z.string(),
  /** The name the asker gave, when the event allows names. */
  name: z.string().optional(),
  state: QuestionState,
  upvotes: z.number().int().nonnegative(),
  /** At most one question of an event is highlighted: the one the screens show large. */
  highlighted: z.boolean(),
  createdAt: z.string(),
  /** Only in what the asker receives: this is their own question. Nothing else says who asked. */
  mine: z.literal(true).optional(),
});
export type Question = z.infer<typeof Question>;

/** What anyone sees of an event's Q&A settings. */
export const QaSettings = z.object({
  enabled: z.boolean(),
  /** "pre": every new question waits for a moderator; "post": it is shown at once. */
  moderation: z.enum(["pre", "post"]),
  /** Whether askers may give a name with their question. */
  names: z.boolean(),
});
export type QaSettings = z.infer<typeof QaSettings>;

const BlockedWord = z
  .string()
  .trim()
  .min(1, "a blocked word must not be empty")
  .max(MAX_BLOCKED_WORD_LENGTH, `a blocked word is at most ${MAX_BLOCKED_WORD_LENGTH} characters`);

/** What moderators see: also the blocked words (a question with one waits for a moderator). */
export const ModeratorQaSettings = QaSettings.extend({ blockedWords: z.array(z.string()) });
export type ModeratorQaSettings = z.infer<typeof ModeratorQaSettings>;

export const DEFAULT_QA_SETTINGS: ModeratorQaSettings = {
  enabled: false,
  moderation: "post",
  names: true,
  blockedWords: [],
};

/** The `qa` field of PATCH /api/events/:code: changed settings only. */
export const UpdateQaSettings = z
  .object({
    enabled: z.boolean(),
    moderation: z.enum(["pre", "post"]),
    names: z.boolean(),
    blockedWords: z.array(BlockedWord).max(MAX_BLOCKED_WORDS, `at most ${MAX_BLOCKED_WORDS} blocked words`),
  })
  .partial()
  .strict();
export type UpdateQaSettings = z.infer<typeof UpdateQaSettings>;

/**
 * Raw bounds only, so that no huge string is copied around: the length rules (grapheme
 * clusters after NFKC and trimming) are the domain's (server/domain/question-text.ts).
 */
const RAW_TEXT_CHARS = MAX_QUESTION_TEXT_LENGTH * 8;
const RAW_NAME_CHARS = MAX_ASKER_NAME_LENGTH * 8;

/** The body of POST /api/events/:code/questions. */
export const AskBody = z
  .object({
    text: z.string().max(RAW_TEXT_CHARS),
    /** Ignored when the event does not allow names; empty means none. */
    name: z.string().max(RAW_NAME_CHARS).optional(),
  })
  .strict();
export type AskBody = z.infer<typeof AskBody>;

/** The body of PATCH /api/events/:code/questions/:questionId (moderators). */
export const UpdateQuestionBody = z.object({ state: QuestionState, highlighted: z.boolean() }).partial().strict();
export type UpdateQuestionBody = z.infer<typeof UpdateQuestionBody>;

export const QuestionResponse = z.object({ question: Question });
export const QuestionsResponse = z.object({ questions: z.array(Question) });
export const AskResponse = z.object({ question: Question, participantToken: z.string() });

/** The path of every route under /api/events/:code/questions/:questionId. */
export const QuestionPath = z.object({
  code: z.string().describe("Event code (case-insensitive)"),
  questionId: z.string().regex(QUESTION_ID_IN_PATH, "a question id is a positive integer").transform(Number),
});

/** The answer of POST /api/events/:code/qa-moderator-key: the Q&A moderator key, shown once. */
export const QaModeratorKeyResponse = z.object({ qaModeratorKey: z.string() });
