// Queries: what a caller may read of an event, from memory (the registry), as its audience
// allows. Nothing here changes anything; the changes are the use cases beside this file.
import type { Event, ModeratorEvent } from "../../shared/event.js";
import { normalizeEventCode } from "../../shared/event-code.js";
import type { ExportedAnswer, PollWithResults } from "../../shared/export.js";
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import { fail, type Outcome, succeed } from "../domain/outcome.js";
import { type Audience, canSeePoll, canSeeResults } from "../domain/visibility.js";
import { groupKeyOf } from "../domain/word-groups.js";
import { markSeenByModerators } from "../domain/word-marks.js";
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";
import { moderatorEvent, publicEvent } from "./events.js";
import { eventByCode, findPoll, pollsOfEvent, resultsOfPoll } from "./registry.js";

/** The event a code names; codes are case-insensitive. */
export function findEvent(ctx: PollingContext, code: string): Outcome<StoredEvent> {
  const event = eventByCode(ctx.registry, code);
  return event ? succeed(event) : fail("NOT_FOUND", `There is no event with the code "${code}".`);
}

/**
 * The event a code names, also one another node made a moment ago and this node has not heard
 * of yet (several nodes: it is read from the store before the answer is "no such event").
 */
export async function lookUpEvent(ctx: PollingContext, code: string): Promise<Outcome<StoredEvent>> {
  const found = findEvent(ctx, code);
  if (found.ok) return found;
  await ctx.replication.catchUp(normalizeEventCode(code));
  return findEvent(ctx, code);
}

/**
 * The event as it is now (its access code or title may have changed since a connection
 * opened), or undefined once deleted. For every live frame: a code already in lower case, and
 * no Outcome allocated per vote.
 */
export const currentEvent = (ctx: PollingContext, eventCode: string): StoredEvent | undefined =>
  ctx.registry.events.get(eventCode);

/** The event as the audience sees it: moderators also see its access code. */
export const eventAsSeenBy = (event: StoredEvent, audience: Audience): Event | ModeratorEvent =>
  audience === "moderator" ? moderatorEvent(event) : publicEvent(event);

/** The event's polls in their order, drafts for moderators only. */
export function visiblePolls(ctx: PollingContext, event: StoredEvent, audience: Audience): Poll[] {
  return pollsOfEvent(ctx.registry, event.code).filter((poll) => canSeePoll(poll, audience));
}

/** A poll's results as its visibility allows: a poll the audience cannot see does not exist for it. */
export function visibleResults(
  ctx: PollingContext,
  event: StoredEvent,
  pollId: number,
  audience: Audience,
): Outcome<Results> {
  const poll = findPoll(ctx.registry, event.code, pollId);
  if (!poll || !canSeePoll(poll, audience)) return fail("NOT_FOUND", `Event "${event.code}" has no poll ${pollId}.`);
  if (!canSeeResults(poll, audience)) {
    const when = poll.resultsVisibility === "hidden" ? "to moderators only" : "once the poll is closed";
    return fail("UNAUTHORIZED", `The results of this poll are shown ${when}.`);
  }
  return succeed(resultsOfPoll(ctx.registry, poll, resultsViewOf(audience)));
}

/** Moderators see a text poll's hidden and unapproved word groups too, with their marks. */
export const resultsViewOf = (audience: Audience): "public" | "moderator" =>
  audience === "moderator" ? "moderator" : "public";

/** Every poll of the event with its results, drafts included: the rows of the moderator's exports. */
export function exportRows(ctx: PollingContext, event: StoredEvent): PollWithResults[] {
  return pollsOfEvent(ctx.registry, event.code).map((poll) => ({
    poll,
    results: resultsOfPoll(ctx.registry, poll, "moderator"),
  }));
}

/** Whether the database answers a query (the health check); the error when it does not. */
export async function databaseAnswers(ctx: PollingContext): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await ctx.store.ping();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Every answer of the event's text polls with its group and mark: the moderator's exports. */
export async function exportedAnswers(ctx: PollingContext, event: StoredEvent): Promise<ExportedAnswer[]> {
  const rows: ExportedAnswer[] = [];
  for (const poll of pollsOfEvent(ctx.registry, event.code)) {
    if (poll.type !== "text") continue;
    const groups = ctx.registry.tallies.get(poll.id)?.words?.groups;
    const marks = ctx.registry.wordMarks.get(poll.id);
    const respondents = new Map<number, number>();
    for (const stored of await ctx.store.answersOfPoll(poll.id)) {
      if (!respondents.has(stored.participantId)) respondents.set(stored.participantId, respondents.size + 1);
      for (const answer of stored.answers) {
        const key = groupKeyOf(answer, event.locale, poll.stopWords);
        rows.push({
          pollId: poll.id,
          respondent: respondents.get(stored.participantId) ?? 0,
          answer,
          group: groups?.get(key)?.shown ?? answer,
          mark: markSeenByModerators(poll.moderation, marks?.get(key)) ?? null,
          answeredAt: new Date(stored.updatedAt).toISOString(),
        });
      }
    }
  }
  return rows;
}
