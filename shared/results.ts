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

export const Results = z.discriminatedUnion("type", [ChoiceResults, RatingResults]);
export type Results = z.infer<typeof Results>;

export const ResultsResponse = z.object({ results: Results });
