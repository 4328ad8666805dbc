// Use cases of events: create one (with its moderator key), change it, delete it.
import type {
  CreateEventBody,
  CreateEventResponse,
  Event,
  ModeratorEvent,
  Screen,
  UpdateEventBody,
} from "../../shared/event.js";
import type { TextPoll } from "../../shared/poll.js";
import { fail, type Outcome, succeed } from "../domain/outcome.js";
import { checkScreen, sameScreen, screenWithoutQa } from "../domain/screen.js";
import { marksRegrouped, NO_MARKS, type WordMark } from "../domain/word-marks.js";
import { hashSecret, newEventCode, newModeratorKey, secretEquals, secretMatches } from "../security/secrets.js";
import type { StoredEvent } from "../store/events.js";
import type { PollChanges, WordMarkChange } from "../store/port.js";
import type { PollingContext } from "./context.js";
import { addEvent, pollsOfEvent, removeEvent } from "./registry.js";
import { regroupAnswers } from "./regroup.js";

/** Generated six-digit codes collide rarely; after this many tries something else is wrong. */
const CODE_ATTEMPTS = 20;

export const publicEvent = ({ code, title, locale, createdAt, accessCode, screen, qa }: StoredEvent): Event => ({
  code,
  title,
  locale,
  createdAt,
  accessCodeRequired: accessCode !== null,
  screen,
  qa: { enabled: qa.enabled, moderation: qa.moderation, names: qa.names },
});

export const moderatorEvent = (event: StoredEvent): ModeratorEvent => ({
  ...publicEvent(event),
  accessCode: event.accessCode,
  qa: { ...event.qa, blockedWords: [...event.qa.blockedWords] },
});

export function updateEvent(
  ctx: PollingContext,
  event: StoredEvent,
  changes: UpdateEventBody,
): Promise<Outcome<StoredEvent>> {
  if (Object.keys(changes).length === 0) return Promise.resolve(succeed(event));
  return ctx.store.exclusive(event.id, async () => {
    // Checked against the event as stored: another node may have changed it a moment ago.
    await ctx.replication.catchUp(event.code);
    const current = ctx.registry.events.get(event.code);
    if (!current) return fail("NOT_FOUND", `There is no event with the code "${event.code}".`);
    return updateEventNow(ctx, current, changes);
  });
}

async function updateEventNow(
  ctx: PollingContext,
  event: StoredEvent,
  changes: UpdateEventBody,
): Promise<Outcome<StoredEvent>> {
  const qaEnabled = changes.qa?.enabled ?? event.qa.enabled;
  if (changes.screen !== undefined) {
    const allowed = checkScreen({ polls: pollsOfEvent(ctx.registry, event.code), qaEnabled }, changes.screen);
    if (!allowed.ok) return allowed;
  }
  const { qa, ...fields } = changes;
  // Turning Q&A off while the questions are shown puts the join screen back in the same change.
  if (!qaEnabled && event.screen.show === "qa" && fields.screen === undefined)
    fields.screen = screenWithoutQa(event.screen);
  // A new language folds text answers differently: the text polls' groups are formed anew, and
  // the moderators' marks move with their words, in the same transaction as the language.
  const regrouped =
    fields.locale !== undefined && fields.locale !== event.locale
      ? pollsOfEvent(ctx.registry, event.code).filter((poll): poll is TextPoll => poll.type === "text")
      : [];
  const marks = regrouped.map((poll) => movedMarks(ctx, poll, fields.locale ?? event.locale));
  // Q&A settings change field by field; the blocked words are replaced as a whole.
  const updated = await ctx.store.updateEvent(
    event.id,
    qa ? { ...fields, qa: { ...event.qa, ...qa } } : fields,
    marks.flatMap((moved) => moved.changes),
  );
  announceEvent(ctx, updated);
  for (const [index, poll] of regrouped.entries()) {
    const moved = marks[index]?.marks ?? new Map<string, WordMark>();
    // Until the groups are new, the old marks hold too: a hidden word stays hidden throughout.
    setMarks(ctx, poll.id, new Map([...(ctx.registry.wordMarks.get(poll.id) ?? []), ...moved]));
    await regroupAnswers(ctx, poll);
    setMarks(ctx, poll.id, moved);
    ctx.listener.resultsChanged(poll);
  }
  return succeed(updated);
}

function setMarks(ctx: PollingContext, pollId: number, marks: Map<string, WordMark>): void {
  if (marks.size > 0) ctx.registry.wordMarks.set(pollId, marks);
  else ctx.registry.wordMarks.delete(pollId);
}

/** A text poll's word marks as they fall in the groups of `locale`, and the stored rows to change. */
function movedMarks(ctx: PollingContext, poll: TextPoll, locale: string) {
  const before = ctx.registry.wordMarks.get(poll.id) ?? NO_MARKS;
  const tally = ctx.registry.tallies.get(poll.id)?.words;
  const marks = tally ? marksRegrouped(tally, before, locale) : new Map(before);
  const now = ctx.now();
  const changes: WordMarkChange[] = [];
  for (const groupKey of before.keys()) {
    if (!marks.has(groupKey)) changes.push({ pollId: poll.id, groupKey, mark: null, now });
  }
  for (const [groupKey, mark] of marks) {
    if (before.get(groupKey) !== mark) changes.push({ pollId: poll.id, groupKey, mark, now });
  }
  return { marks, changes };
}

/**
 * What the screens show, to store with a change of polls (a poll opened or deleted changes the
 * screen with it, in the same transaction); nothing when the screen already shows that.
 */
export function changeOfScreen(ctx: PollingContext, event: StoredEvent, screen: Screen): Pick<PollChanges, "screen"> {
  const current = ctx.registry.events.get(event.code) ?? event;
  return sameScreen(current.screen, screen) ? {} : { screen: { eventId: event.id, screen } };
}

/** After the commit: memory and the live hub learn the event's new state. */
export function announceEvent(ctx: PollingContext, updated: StoredEvent): void {
  ctx.registry.events.set(updated.code, updated);
  ctx.replication.eventChanged(updated.code);
  ctx.listener.eventChanged(updated);
}

/**
 * Whether a voter may vote in the event: always, unless it asks for an access code. Codes are
 * read out in the room and typed on phones, so case, width and surrounding spaces do not count.
 */
export function accessGranted(event: StoredEvent, presented: string | undefined): boolean {
  if (event.accessCode === null) return true;
  const typed = (code: string) => code.trim().normalize("NFKC").toLowerCase();
  return presented !== undefined && secretEquals(typed(presented), typed(event.accessCode));
}

export async function createEvent(ctx: PollingContext, body: CreateEventBody): Promise<Outcome<CreateEventResponse>> {
  const moderatorKey = newModeratorKey();
  const fields = { title: body.title, locale: body.locale, moderatorKeyHash: hashSecret(moderatorKey) };
  for (let attempt = 0; attempt < (body.code ? 1 : CODE_ATTEMPTS); attempt++) {
    const code = body.code ?? newEventCode();
    const event = await ctx.store.insertEvent({ ...fields, code, createdAt: ctx.now() });
    if (event) {
      addEvent(ctx.registry, event);
      ctx.replication.eventChanged(event.code);
      return succeed({ event: publicEvent(event), moderatorKey });
    }
  }
  return body.code
    ? fail("EVENT_CODE_TAKEN", `The event code "${body.code}" is taken; choose another or leave it out.`)
    : fail("INTERNAL", "Could not find a free event code; please try again.");
}

export function isModerator(event: StoredEvent, moderatorKey: string | undefined): boolean {
  return moderatorKey !== undefined && secretMatches(moderatorKey, event.moderatorKeyHash);
}

/** Whether the key is the event's Q&A moderator key (questions only, docs/api.md). */
export function isQaModerator(event: StoredEvent, key: string | undefined): boolean {
  return key !== undefined && event.qaModeratorKeyHash !== null && secretMatches(key, event.qaModeratorKeyHash);
}

/** What to log when a deletion's erasure could not finish. */
export const LINGERING_COPIES =
  "deleted, but old copies stay in the database's WAL until the next deletion empties it (another process kept reading, or an I/O error)";

/**
 * Deletes events for good: from the file, its WAL and memory, then tells the listener (their
 * live connections are closed). `erased` is false when the WAL could not be emptied yet (see
 * eraseDeletedRows); the deletion stands either way.
 */
export async function deleteEvents(ctx: PollingContext, doomed: readonly StoredEvent[]): Promise<{ erased: boolean }> {
  await ctx.store.flush();
  const { erased } = await ctx.store.deleteEvents(doomed.map((event) => event.id));
  for (const event of doomed) {
    removeEvent(ctx.registry, event.code);
    ctx.replication.eventDeleted(event.code);
    ctx.listener.eventDeleted(event);
  }
  return { erased };
}
