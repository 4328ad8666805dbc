// Polls and their three kinds, "choice", "rating" and "text" (open answers), as the API shows and accepts them.
import { z } from "zod";
import { EventPath, Locale } from "./event.js";
import {
  DEFAULT_SCALE,
  DEFAULT_TEXT_ANSWER_LENGTH,
  MAX_OPTION_LABEL_LENGTH,
  MAX_OPTIONS,
  MAX_QUESTION_LENGTH,
  MAX_SCALE,
  MAX_TEXT_ANSWER_LENGTH,
  MAX_TEXT_ANSWERS,
  MIN_OPTIONS,
  MIN_SCALE,
} from "./limits.js";
import { LOCALES } from "./locales.js";

export const PollState = z.enum(["draft", "open", "closed"]);
export type PollState = z.infer<typeof PollState>;

/** Who sees results: "live" voters after voting, "closed" voters once closed, "hidden" moderators only. */
export const ResultsVisibility = z.enum(["live", "closed", "hidden"]);
export type ResultsVisibility = z.infer<typeof ResultsVisibility>;

export const PollId = z.number().int().positive();
/** Poll ids as the path has them: a positive integer; anything else cannot name a poll. */
export const POLL_ID_IN_PATH = /^[1-9][0-9]{0,15}$/;
export const OptionId = z.number().int().positive();

export const Option = z.object({ id: OptionId, label: z.string() });
export type Option = z.infer<typeof Option>;

/** The poll's text in one more page language; `options` in the order of the poll's options. */
export const PollTranslation = z.object({ question: z.string(), options: z.array(z.string()).optional() });
export type PollTranslation = z.infer<typeof PollTranslation>;

/** By page language; the poll's own `question` and `options` are the original (exports use them). */
export const PollTranslations = z.partialRecord(Locale, PollTranslation);
export type PollTranslations = z.infer<typeof PollTranslations>;

const pollCommon = {
  id: PollId,
  eventCode: z.string(),
  position: z.number().int(),
  state: PollState,
  question: z.string(),
  resultsVisibility: ResultsVisibility,
  createdAt: z.string(),
  /** Set each time the poll is opened; the most recently opened poll is the presented one. */
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The question and options in other page languages: `{}` when there are none. */
  translations: PollTranslations,
};

export const ChoicePoll = z.object({
  ...pollCommon,
  type: z.literal("choice"),
  options: z.array(Option),
  minSelections: z.number().int(),
  maxSelections: z.number().int(),
});
export type ChoicePoll = z.infer<typeof ChoicePoll>;

export const RatingPoll = z.object({
  ...pollCommon,
  type: z.literal("rating"),
  scale: z.number().int(),
});
export type RatingPoll = z.infer<typeof RatingPoll>;

/** "post": answers show at once, a moderator may hide a group; "pre": a group shows once a moderator approves it. */
export const WordModeration = z.enum(["post", "pre"]);
export type WordModeration = z.infer<typeof WordModeration>;

export const TextPoll = z.object({
  ...pollCommon,
  type: z.literal("text"),
  /** Answers one vote may hold, 1–3. */
  maxAnswers: z.number().int(),
  /** Grapheme clusters per answer, 1–60. */
  maxLength: z.number().int(),
  moderation: WordModeration,
  /** Whether answers are grouped without small words like "the", "and", "is" (docs/api.md "Stop words"). */
  stopWords: z.boolean(),
});
export type TextPoll = z.infer<typeof TextPoll>;

export const Poll = z.discriminatedUnion("type", [ChoicePoll, RatingPoll, TextPoll]);
export type Poll = z.infer<typeof Poll>;
export type PollType = Poll["type"];

export const PollResponse = z.object({ poll: Poll });
export const PollsResponse = z.object({ polls: z.array(Poll) });

/** The path of every route under /api/events/:code/polls/:pollId. */
export const PollPath = EventPath.extend({
  pollId: z.string().regex(POLL_ID_IN_PATH, "a poll id is a positive integer").transform(Number),
});

const Question = z.string().trim().min(1, "question must not be empty").max(MAX_QUESTION_LENGTH);
const OptionLabel = z.string().trim().min(1, "an option label must not be empty").max(MAX_OPTION_LABEL_LENGTH);
const OptionLabels = z
  .array(OptionLabel)
  .min(MIN_OPTIONS, `a choice poll needs at least ${MIN_OPTIONS} options`)
  .max(MAX_OPTIONS, `a choice poll has at most ${MAX_OPTIONS} options`);
/** The same limits and trimming as the original's; whether `options` fit the poll is checked in the domain. */
const TranslationBody = z
  .object({
    question: z.string().trim().min(1, "a translation's question must not be empty").max(MAX_QUESTION_LENGTH),
    options: z
      .array(z.string().trim().min(1, "a translated option label must not be empty").max(MAX_OPTION_LABEL_LENGTH))
      .max(MAX_OPTIONS)
      .optional(),
  })
  .strict();
const TranslationsBody = z.partialRecord(Locale, TranslationBody, {
  error: (issue) => {
    // Keys outside the enum come as an "unrecognized_keys" issue, which the record's issue type leaves out.
    const keys = (issue as { keys?: unknown }).keys;
    return Array.isArray(keys) ? `${keys.join(", ")}: not a page language (${LOCALES.join(", ")})` : undefined;
  },
});
const Selections = z.number().int().min(1).max(MAX_OPTIONS);
const Scale = z.number().int().min(MIN_SCALE).max(MAX_SCALE);

export const CreateChoicePollBody = z.object({
  type: z.literal("choice"),
  question: Question,
  options: OptionLabels,
  minSelections: Selections.default(1),
  maxSelections: Selections.default(1),
  resultsVisibility: ResultsVisibility.default("live"),
  translations: TranslationsBody.optional(),
});

export const CreateRatingPollBody = z.object({
  type: z.literal("rating"),
  question: Question,
  scale: Scale.default(DEFAULT_SCALE),
  resultsVisibility: ResultsVisibility.default("live"),
  translations: TranslationsBody.optional(),
});

const MaxAnswers = z.number().int().min(1).max(MAX_TEXT_ANSWERS);
const MaxLength = z.number().int().min(1).max(MAX_TEXT_ANSWER_LENGTH);

export const CreateTextPollBody = z.object({
  type: z.literal("text"),
  question: Question,
  maxAnswers: MaxAnswers.default(1),
  maxLength: MaxLength.default(DEFAULT_TEXT_ANSWER_LENGTH),
  moderation: WordModeration.default("post"),
  stopWords: z.boolean().default(false),
  resultsVisibility: ResultsVisibility.default("live"),
  translations: TranslationsBody.optional(),
});

export const CreatePollBodyOfType = z.discriminatedUnion("type", [
  CreateChoicePollBody,
  CreateRatingPollBody,
  CreateTextPollBody,
]);

/** A body without `type` but with `options` is taken as a choice poll, else a rating poll. */
export const CreatePollBody = z.preprocess(
  (body) =>
    body !== null && typeof body === "object" && !Array.isArray(body) && !("type" in body)
      ? { ...body, type: "options" in body ? "choice" : "rating" }
      : body,
  CreatePollBodyOfType,
);
export type CreatePollBody = z.infer<typeof CreatePollBody>;

/**
 * Changed fields only; which ones apply depends on the poll's type (checked in the domain).
 * `translations` replaces all of them; `{}` or null removes them.
 */
export const UpdatePollBody = z
  .object({
    question: Question,
    options: OptionLabels,
    minSelections: Selections,
    maxSelections: Selections,
    scale: Scale,
    maxAnswers: MaxAnswers,
    maxLength: MaxLength,
    moderation: WordModeration,
    stopWords: z.boolean(),
    resultsVisibility: ResultsVisibility,
    position: z.number().int().min(1),
    translations: TranslationsBody.nullable(),
  })
  .partial()
  .strict();
export type UpdatePollBody = z.infer<typeof UpdatePollBody>;

/** A word group's text as a moderator names it (hide, show, approve): compared as the groups are. */
export const WordGroupBody = z.object({ text: z.string().trim().min(1, "text must not be empty").max(600) }).strict();
export type WordGroupBody = z.infer<typeof WordGroupBody>;

/** A word group after a moderator's change: its key and mark (null: none). */
export const WordMarkResponse = z.object({
  key: z.string(),
  mark: z.enum(["hidden", "approved"]).nullable(),
});
export type WordMarkResponse = z.infer<typeof WordMarkResponse>;

/** The answers behind one word group, for moderators: every spelling written, with how many wrote it. */
export const WordGroupResponse = z.object({
  key: z.string(),
  text: z.string(),
  count: z.number().int(),
  mark: z.enum(["hidden", "approved"]).nullable(),
  spellings: z.array(z.object({ text: z.string(), count: z.number().int() })),
});
export type WordGroupResponse = z.infer<typeof WordGroupResponse>;

export const WordGroupQuery = z.object({ text: z.string().trim().min(1).max(600) });
