// Use cases of a text poll's word groups for moderators (docs/api.md, "Hiding and approving
// words"): hide, show and approve a group, and look at the answers behind it. Like the poll
// commands, each commits the votes already queued first, and changes memory only once committed.
import type { TextPoll, WordGroupResponse, WordMarkResponse } from "../../shared/poll.js";
import { fail, type Outcome, succeed } from "../domain/outcome.js";
import { groupKeyOf } from "../domain/word-groups.js";
import { markWhenShown, type WordMark } from "../domain/word-marks.js";
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";
import { findPoll, setWordMark } from "./registry.js";

export type WordGroupChange = "hide" | "show" | "approve";

function textPollOf(ctx: PollingContext, event: StoredEvent, pollId: number): Outcome<TextPoll> {
  const poll = findPoll(ctx.registry, event.code, pollId);
  if (!poll) return fail("NOT_FOUND", `Event "${event.code}" has no poll ${pollId}.`);
  if (poll.type !== "text") return fail("INVALID_REQUEST", "Only a text poll has words to hide or approve.");
  return succeed(poll);
}

const keyOf = (ctx: PollingContext, event: StoredEvent, poll: TextPoll, text: string) =>
  groupKeyOf(text, ctx.registry.events.get(event.code)?.locale ?? event.locale, poll.stopWords);

/**
 * Marks the group `text` falls in, whether or not anyone wrote it yet (a moderator may hide a
 * word before it comes). Screens hear of it through the results, at once.
 */
export function changeWordGroup(
  ctx: PollingContext,
  event: StoredEvent,
  pollId: number,
  text: string,
  change: WordGroupChange,
): Promise<Outcome<WordMarkResponse>> {
  return ctx.store.exclusive(event.id, async () => {
    const found = textPollOf(ctx, event, pollId);
    if (!found.ok) return found;
    const poll = found.value;
    const key = keyOf(ctx, event, poll, text);
    if (key === "") return fail("INVALID_REQUEST", "text must not be empty.");
    const mark: WordMark | null =
      change === "hide" ? "hidden" : change === "approve" ? "approved" : markWhenShown(poll.moderation);
    await ctx.store.flush();
    await ctx.store.storeWordMark(pollId, key, mark, ctx.now());
    setWordMark(ctx.registry, pollId, key, mark);
    ctx.replication.eventChanged(event.code);
    ctx.listener.resultsChanged(poll);
    return succeed({ key, mark });
  });
}

/** The answers behind the group `text` falls in: each spelling and how many wrote it. */
export function wordGroup(
  ctx: PollingContext,
  event: StoredEvent,
  pollId: number,
  text: string,
): Outcome<WordGroupResponse> {
  const found = textPollOf(ctx, event, pollId);
  if (!found.ok) return found;
  const key = keyOf(ctx, event, found.value, text);
  const mark = ctx.registry.wordMarks.get(pollId)?.get(key) ?? null;
  const group = ctx.registry.tallies.get(pollId)?.words?.groups.get(key);
  if (!group) return succeed({ key, text, count: 0, mark, spellings: [] });
  const spellings = [...group.spellings]
    .map(([spelling, count]) => ({ text: spelling, count }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
  return succeed({ key, text: group.shown, count: group.count, mark, spellings });
}
