// What a voter sends and what the server confirms: one vote per poll and participant.
import { z } from "zod";
import { PARTICIPANT_TOKEN_PATTERN } from "./limits.js";
import { OptionId, PollId } from "./poll.js";

export const MAX_REQUEST_ID_LENGTH = 64;

export const ParticipantToken = z
  .string()
  .regex(PARTICIPANT_TOKEN_PATTERN, "a participant token is 43 characters of base64url");

/** The body of a vote: option ids for a choice poll, a rating for a rating poll. */
export const Ballot = z.union([
  z.object({ optionIds: z.array(OptionId).max(64) }).strict(),
  z.object({ rating: z.number().int() }).strict(),
]);
export type Ballot = z.infer<typeof Ballot>;

export const Vote = z.union([
  z.object({ pollId: PollId, optionIds: z.array(OptionId) }),
  z.object({ pollId: PollId, rating: z.number().int() }),
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
