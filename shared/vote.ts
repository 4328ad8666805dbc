// What a voter sends and what the server confirms: one vote per poll and participant.
import { z } from "zod";
import { MAX_TEXT_ANSWER_LENGTH, MAX_TEXT_ANSWERS, PARTICIPANT_TOKEN_PATTERN } from "./limits.js";
import { OptionId, PollId } from "./poll.js";

export const MAX_REQUEST_ID_LENGTH = 64;

export const ParticipantToken = z
  .string()
  .regex(PARTICIPANT_TOKEN_PATTERN, "a participant token is 43 characters of base64url");

/**
 * An open answer as sent; its length in grapheme clusters is checked against the poll in the
 * domain. The cap here only keeps absurd strings out (an emoji can take 10+ code units).
 */
export const TextAnswer = z.string().max(MAX_TEXT_ANSWER_LENGTH * 16);
export const TextAnswers = z.array(TextAnswer).min(1).max(MAX_TEXT_ANSWERS);

/** The body of a vote: option ids for a choice poll, a rating for a rating poll, answers for a text poll. */
export const Ballot = z.union([
  z.object({ optionIds: z.array(OptionId).max(64) }).strict(),
  z.object({ rating: z.number().int() }).strict(),
  z.object({ answers: TextAnswers }).strict(),
]);
export type Ballot = z.infer<typeof Ballot>;

export const Vote = z.union([
  z.object({ pollId: PollId, optionIds: z.array(OptionId) }),
  z.object({ pollId: PollId, rating: z.number().int() }),
  /** The answers as stored: NFKC-normalised, trimmed, inner whitespace collapsed. */
  z.object({ pollId: PollId, answers: z.array(z.string()) }),
]);
export type Vote = z.infer<typeof Vote>;

export const CastVoteResponse = z.object({ participantToken: z.string(), vote: Vote });
export type CastVoteResponse = z.infer<typeof CastVoteResponse>;

/** A vote's credentials over REST, both optional (checked before the ballot, docs/api.md). */
export const VoteHeaders = z.looseObject({
  "x-participant-token": z
    .string()
    .optional()
    .describe("Your participant token (43 characters of base64url); leave it out to get one"),
  "x-access-code": z.string().optional().describe("The event's access code, when it asks for one"),
});
