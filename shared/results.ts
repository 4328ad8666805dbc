// Result figures of a poll as every screen and the API show them (docs/api.md "Results").
import { z } from "zod";
import { PollId } from "./poll.js";

export const ChoiceResults = z.object({
  pollId: PollId,
  type: z.literal("choice"),
  /** Participants with a vote: the base of every percent. */
  respondents: z.number().int(),
  options: z.array(z.object({ id: z.number().int(), count: z.number().int(), percent: z.number() })),
});
export type ChoiceResults = z.infer<typeof ChoiceResults>;

export const RatingResults = z.object({
  pollId: PollId,
  type: z.literal("rating"),
  respondents: z.number().int(),
  average: z.number(),
  distribution: z.array(z.object({ value: z.number().int(), count: z.number().int(), percent: z.number() })),
});
export type RatingResults = z.infer<typeof RatingResults>;

/**
 * A word group of an open-text poll. `key` is the group as compared (stable while its shown
 * spelling changes), for clients to keep a word in place. `mark` only in moderators' results:
 * "hidden" (a moderator hid it) or "pending" (a pre-moderated poll, not approved yet).
 */
export const WordResult = z.object({
  key: z.string(),
  text: z.string(),
  count: z.number().int(),
  percent: z.number(),
  mark: z.enum(["hidden", "pending"]).optional(),
});
export type WordResult = z.infer<typeof WordResult>;

export const TextResults = z.object({
  pollId: PollId,
  type: z.literal("text"),
  respondents: z.number().int(),
  /** The 100 largest groups the receiver may see, largest first. */
  words: z.array(WordResult),
});
export type TextResults = z.infer<typeof TextResults>;

export const Results = z.discriminatedUnion("type", [ChoiceResults, RatingResults, TextResults]);
export type Results = z.infer<typeof Results>;

export const ResultsResponse = z.object({ results: Results });
