// The first frame a live client gets, and again after every reconnect: everything it may see.
import type { SnapshotMessage } from "../../shared/messages.js";
import type { Results } from "../../shared/results.js";
import { type Audience, canSeeResults } from "../domain/visibility.js";
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";
import { eventAsSeenBy, resultsViewOf, visiblePolls } from "./queries.js";
import { myUpvotes, visibleQuestions } from "./questions.js";
import { resultsOfPoll } from "./registry.js";
import { myVotes } from "./votes.js";

export function snapshotFor(
  ctx: PollingContext,
  event: StoredEvent,
  audience: Audience,
  participant: { token: string; tokenHash: string } | null,
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
    myVotes: participant ? myVotes(ctx, event, participant.tokenHash) : {},
    questions: visibleQuestions(ctx, event, audience, participant?.tokenHash ?? null),
    myUpvotes: participant ? myUpvotes(ctx, event, participant.tokenHash) : [],
    participantToken: participant?.token ?? null,
    role: audience,
  };
}
