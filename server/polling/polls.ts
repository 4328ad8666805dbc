// Use cases of polls: create, edit, reorder, delete, open, close and reset. Each one first
// commits the votes already queued, so a change never overtakes a vote cast before it, and
// changes memory and tells the live hub only once its own transaction is committed.
import type { CreatePollBody, Poll, UpdatePollBody } from "../../shared/poll.js";
import { checkEdit, checkNewPoll, type EventSizeLimits } from "../domain/event-size.js";
import { fail, type Outcome, succeed } from "../domain/outcome.js";
import {
  checkChoice,
  nextOpeningTime,
  planClose,
  planOpen,
  planReorder,
  planUpdate,
  renumber,
} from "../domain/poll-rules.js";
import { checkTranslations } from "../domain/poll-translations.js";
import { screenOfOpenedPoll, screenWithout } from "../domain/screen.js";
import type { StoredEvent } from "../store/events.js";
import type { PollChanges } from "../store/port.js";
import type { PollingContext } from "./context.js";
import { announceEvent, changeOfScreen } from "./events.js";
import { addPoll, emptyTallyOf, findPoll, hasVotes, pollsOfEvent, removePoll, replacePoll } from "./registry.js";

function pollOf(ctx: PollingContext, event: StoredEvent, pollId: number): Outcome<Poll> {
  const poll = findPoll(ctx.registry, event.code, pollId);
  return poll ? succeed(poll) : fail("NOT_FOUND", `Event "${event.code}" has no poll ${pollId}.`);
}

/**
 * Updates memory and tells the live hub about polls whose changes are committed. Results
 * go out again too: who may see them, and which option ids they name, can change with the poll.
 */
function announceChanges(ctx: PollingContext, saved: readonly Poll[]): void {
  for (const poll of saved) {
    replacePoll(ctx.registry, poll);
    ctx.listener.pollChanged(poll);
    ctx.listener.resultsChanged(poll);
  }
}

/** Writes the changes in one transaction, then tells memory and the hub (the event too, when the screen changed). */
async function commitChanges(ctx: PollingContext, changes: PollChanges): Promise<void> {
  const { polls, event } = await ctx.store.savePolls(changes);
  announceChanges(ctx, polls);
  if (event) announceEvent(ctx, event);
}

/**
 * A moderator's change of an event's polls: one at a time per event (on every node), after the
 * votes already queued are committed, so a change never overtakes a vote cast before it.
 */
function change<T>(ctx: PollingContext, event: StoredEvent, run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  return ctx.store.exclusive(event.id, async () => {
    // Checked against the event as stored: another node may have changed it a moment ago.
    await ctx.replication.catchUp(event.code);
    await ctx.store.flush();
    const outcome = await run();
    // The other nodes re-read the event's polls (a reset tells them more, below).
    if (outcome.ok) ctx.replication.eventChanged(event.code);
    return outcome;
  });
}

export function createPoll(
  ctx: PollingContext,
  event: StoredEvent,
  body: CreatePollBody,
  limits: EventSizeLimits,
): Promise<Outcome<Poll>> {
  return change(ctx, event, async () => createPollNow(ctx, event, body, limits));
}

async function createPollNow(
  ctx: PollingContext,
  event: StoredEvent,
  body: CreatePollBody,
  limits: EventSizeLimits,
): Promise<Outcome<Poll>> {
  const existing = pollsOfEvent(ctx.registry, event.code);
  const createdAt = new Date(ctx.now()).toISOString();
  const common = {
    id: 0,
    eventCode: event.code,
    position: existing.length + 1,
    state: "draft" as const,
    question: body.question,
    resultsVisibility: body.resultsVisibility,
    createdAt,
    openedAt: null,
    closedAt: null,
    translations: {},
  };
  let draft: Poll;
  switch (body.type) {
    case "choice": {
      const valid = checkChoice(body.options, body.minSelections, body.maxSelections);
      if (!valid.ok) return valid;
      draft = {
        ...common,
        type: "choice",
        options: body.options.map((label) => ({ id: 0, label })),
        minSelections: body.minSelections,
        maxSelections: body.maxSelections,
      };
      break;
    }
    case "rating":
      draft = { ...common, type: "rating", scale: body.scale };
      break;
    case "text":
      draft = {
        ...common,
        type: "text",
        maxAnswers: body.maxAnswers,
        maxLength: body.maxLength,
        moderation: body.moderation,
        stopWords: body.stopWords,
      };
      break;
  }
  const translations = checkTranslations(draft, body.translations ?? {});
  if (!translations.ok) return translations;
  draft = { ...draft, translations: translations.value };
  const fits = checkNewPoll(existing, draft, limits);
  if (!fits.ok) return fits;
  const poll = await ctx.store.insertPoll(event.id, draft);
  addPoll(ctx.registry, poll);
  ctx.listener.pollChanged(poll);
  return succeed(poll);
}

export function updatePoll(
  ctx: PollingContext,
  event: StoredEvent,
  pollId: number,
  changes: UpdatePollBody,
  limits: EventSizeLimits,
): Promise<Outcome<Poll>> {
  return change(ctx, event, async () => {
    const found = pollOf(ctx, event, pollId);
    if (!found.ok) return found;
    const planned = planUpdate(found.value, changes, hasVotes(ctx.registry, pollId));
    if (!planned.ok) return planned;
    const current = pollsOfEvent(ctx.registry, event.code);
    const siblings = current.map((poll) => (poll.id === pollId ? planned.value : poll));
    const fits = checkEdit(current, siblings, limits);
    if (!fits.ok) return fits;
    const ordered = changes.position === undefined ? siblings : planReorder(siblings, pollId, changes.position);
    await commitChanges(ctx, {
      update: ordered.filter((poll) => poll.id === pollId || poll !== ctx.registry.polls.get(poll.id)),
    });
    return pollOf(ctx, event, pollId);
  });
}

export function deletePoll(ctx: PollingContext, event: StoredEvent, pollId: number): Promise<Outcome<null>> {
  return change(ctx, event, async () => {
    const found = pollOf(ctx, event, pollId);
    if (!found.ok) return found;
    // Close the gap the deleted poll leaves in the order, in the same transaction.
    const remaining = pollsOfEvent(ctx.registry, event.code).filter((poll) => poll.id !== pollId);
    const renumbered = renumber(remaining).filter((poll, index) => poll !== remaining[index]);
    const screen = screenWithout((ctx.registry.events.get(event.code) ?? event).screen, pollId);
    const { polls: saved, event: shown } = await ctx.store.savePolls({
      update: renumbered,
      delete: [pollId],
      ...changeOfScreen(ctx, event, screen),
    });
    removePoll(ctx.registry, found.value);
    ctx.listener.pollDeleted(found.value);
    announceChanges(ctx, saved);
    if (shown) announceEvent(ctx, shown);
    return succeed(null);
  });
}

export function openPoll(ctx: PollingContext, event: StoredEvent, pollId: number): Promise<Outcome<Poll>> {
  return change(ctx, event, async () => {
    const polls = pollsOfEvent(ctx.registry, event.code);
    const planned = planOpen(polls, pollId, nextOpeningTime(polls, ctx.now()));
    if (!planned.ok) return planned;
    // The poll goes on the screen in the same transaction; screens hear of it after the poll itself.
    await commitChanges(ctx, { update: planned.value, ...changeOfScreen(ctx, event, screenOfOpenedPoll(pollId)) });
    return pollOf(ctx, event, pollId);
  });
}

export function closePoll(ctx: PollingContext, event: StoredEvent, pollId: number): Promise<Outcome<Poll>> {
  return change(ctx, event, async () => {
    const found = pollOf(ctx, event, pollId);
    if (!found.ok) return found;
    const planned = planClose(found.value, new Date(ctx.now()).toISOString());
    if (!planned.ok) return planned;
    // Voters of a poll whose results show once closed see them now (commitChanges sends them).
    await commitChanges(ctx, { update: planned.value });
    return pollOf(ctx, event, pollId);
  });
}

export function resetPoll(ctx: PollingContext, event: StoredEvent, pollId: number): Promise<Outcome<Poll>> {
  return change(ctx, event, async () => {
    const found = pollOf(ctx, event, pollId);
    if (!found.ok) return found;
    await ctx.store.deleteVotes(pollId);
    const poll = found.value;
    ctx.registry.tallies.set(pollId, emptyTallyOf(ctx.registry, poll));
    ctx.replication.pollReset(event.code, pollId);
    ctx.listener.pollReset(poll);
    ctx.listener.pollChanged(poll);
    ctx.listener.resultsChanged(poll);
    return succeed(poll);
  });
}
