// The first frame a live client gets, and again after every reconnect: everything it may see.
import type { SnapshotMessage } from "../../shared/messages.js";
import type { Results } from "../../shared/results.js";
import type { Vote } from "../../shared/vote.js";
import { type Audience, canSeeResults } from "../domain/visibility.js";
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";
import { eventAsSeenBy, resultsViewOf, visiblePolls } from "./queries.js";
import { myUpvotes, visibleQuestions } from "./questions.js";
import { resultsOfPoll } from "./registry.js";
import { myVotes } from "./votes.js";

/** What only the store knows of a participant: their own votes and upvotes (empty for screens). */
export type ParticipantRecords = { votes: Record<string, Vote>; upvotes: number[] };

export async function participantRecords(
  ctx: PollingContext,
  event: StoredEvent,
  participant: { tokenHash: string } | null,
): Promise<ParticipantRecords> {
  if (!participant) return { votes: {}, upvotes: [] };
  const [votes, upvotes] = await Promise.all([
    myVotes(ctx, event, participant.tokenHash),
    myUpvotes(ctx, event, participant.tokenHash),
  ]);
  return { votes, upvotes };
}

/** The snapshot from memory, with the participant's records read before (participantRecords). */
export function snapshotFor(
  ctx: PollingContext,
  event: StoredEvent,
  audience: Audience,
  participant: { token: string; tokenHash: string } | null,
  mine: ParticipantRecords,
): SnapshotMessage {
  const polls = visiblePolls(ctx, event, audience);
  const results: Record<string, Results> = {};
  const view = resultsViewOf(audience);
  for (const poll of polls) {
    if (canSeeResults(poll, audience)) results[poll.id] = resultsOfPoll(ctx.registry, poll, view);
  }
  return {
    type: "snapshot",
    event: eventAsSeenBy(event, audience),
    polls,
    results,
    myVotes: mine.votes,
    questions: visibleQuestions(ctx, event, audience, participant?.tokenHash ?? null),
    myUpvotes: mine.upvotes,
    participantToken: participant?.token ?? null,
    role: audience,
  };
}
