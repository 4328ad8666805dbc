// The rules of a poll's life: what a valid poll is, which edits are allowed, and how
// opening and closing move polls through draft → open → closed (→ open again).
import type { Poll, UpdatePollBody } from "../../shared/poll.js";
import { repeatedLabel } from "./option-labels.js";
import { fail, type Outcome, succeed } from "./outcome.js";
import { checkTranslations } from "./poll-translations.js";

type SelectionRange = { options: readonly unknown[]; minSelections: number; maxSelections: number };

function checkSelections({ options, minSelections, maxSelections }: SelectionRange): Outcome<null> {
  if (minSelections > maxSelections) {
    return fail("INVALID_REQUEST", `minSelections (${minSelections}) is more than maxSelections (${maxSelections}).`);
  }
  if (maxSelections > options.length) {
    return fail("INVALID_REQUEST", `maxSelections (${maxSelections}) is more than the ${options.length} options.`);
  }
  return succeed(null);
}

function checkDistinctLabels(labels: readonly string[]): Outcome<null> {
  const twice = repeatedLabel(labels);
  return twice === null ? succeed(null) : fail("INVALID_REQUEST", `The option "${twice}" is given twice.`);
}

/** A new choice poll's options and selection range. */
export function checkChoice(labels: readonly string[], minSelections: number, maxSelections: number): Outcome<null> {
  const distinct = checkDistinctLabels(labels);
  return distinct.ok ? checkSelections({ options: labels, minSelections, maxSelections }) : distinct;
}

/** stopWords counts as structural: it decides which group an answer counts in, and word marks name groups. */
const STRUCTURAL_FIELDS = [
  "options",
  "minSelections",
  "maxSelections",
  "scale",
  "maxAnswers",
  "maxLength",
  "stopWords",
] as const;
const TEXT_FIELDS = ["maxAnswers", "maxLength", "moderation", "stopWords"] as const;

/**
 * Applies `changes` to `poll` (without `position`, which orders the event's polls).
 * Structural fields change what a vote means, so they are refused once votes exist;
 * translations only say the same in other words, so they may change at any time.
 */
export function planUpdate(poll: Poll, changes: UpdatePollBody, hasVotes: boolean): Outcome<Poll> {
  const changed = STRUCTURAL_FIELDS.filter((field) => changes[field] !== undefined);
  if (hasVotes && changed.length > 0) {
    return fail("POLL_HAS_VOTES", `${changed.join(", ")} cannot change once the poll has votes; reset it first.`);
  }
  const planned = planFields(poll, changes);
  if (!planned.ok) return planned;
  // Checked against the poll as it will be: changed options need translations that fit them.
  const translations = checkTranslations(
    planned.value,
    changes.translations === undefined ? poll.translations : (changes.translations ?? {}),
  );
  return translations.ok ? succeed({ ...planned.value, translations: translations.value }) : translations;
}

function planFields(poll: Poll, changes: UpdatePollBody): Outcome<Poll> {
  const common = {
    question: changes.question ?? poll.question,
    resultsVisibility: changes.resultsVisibility ?? poll.resultsVisibility,
  };
  switch (poll.type) {
    case "choice": {
      const extra = (["scale", ...TEXT_FIELDS] as const).find((f) => changes[f] !== undefined);
      if (extra) return fail("INVALID_REQUEST", `A choice poll has no ${extra}.`);
      const options = changes.options === undefined ? poll.options : changes.options.map((label) => ({ id: 0, label }));
      const updated = {
        ...poll,
        ...common,
        options,
        minSelections: changes.minSelections ?? poll.minSelections,
        maxSelections: changes.maxSelections ?? poll.maxSelections,
      };
      const valid = checkChoice(
        options.map((option) => option.label),
        updated.minSelections,
        updated.maxSelections,
      );
      return valid.ok ? succeed(updated) : valid;
    }
    case "rating": {
      const extra = (["options", "minSelections", "maxSelections", ...TEXT_FIELDS] as const).find(
        (f) => changes[f] !== undefined,
      );
      if (extra) return fail("INVALID_REQUEST", `A rating poll has no ${extra}.`);
      return succeed({ ...poll, ...common, scale: changes.scale ?? poll.scale });
    }
    case "text": {
      const extra = (["options", "minSelections", "maxSelections", "scale"] as const).find(
        (f) => changes[f] !== undefined,
      );
      if (extra) return fail("INVALID_REQUEST", `A text poll has no ${extra}.`);
      // Moderation may change at any time: it decides what screens show, not what a vote means.
      return succeed({
        ...poll,
        ...common,
        maxAnswers: changes.maxAnswers ?? poll.maxAnswers,
        maxLength: changes.maxLength ?? poll.maxLength,
        moderation: changes.moderation ?? poll.moderation,
        stopWords: changes.stopWords ?? poll.stopWords,
      });
    }
  }
}

/**
 * Opens `pollId` and closes whichever other poll of the event is open.
 * `now` must be later than every earlier opening so the newest opening is the presented poll.
 * Returns the polls that changed.
 */
export function planOpen(polls: readonly Poll[], pollId: number, now: string): Outcome<Poll[]> {
  const target = polls.find((poll) => poll.id === pollId);
  if (!target) return fail("NOT_FOUND", "No such poll.");
  if (target.state === "open") return succeed([]);
  const closing = polls
    .filter((poll) => poll.state === "open")
    .map((poll): Poll => ({ ...poll, state: "closed", closedAt: now }));
  return succeed([...closing, { ...target, state: "open", openedAt: now, closedAt: null }]);
}

export function planClose(poll: Poll, now: string): Outcome<Poll[]> {
  switch (poll.state) {
    case "draft":
      return fail("INVALID_TRANSITION", "A draft poll has not been opened, so it cannot be closed.");
    case "closed":
      return succeed([]);
    case "open":
      return succeed([{ ...poll, state: "closed", closedAt: now }]);
  }
}

/**
 * Moves the poll to `position` (1-based; past the end means last) and numbers all polls
 * 1..n in their order. Polls whose position stays are returned as the same objects.
 */
export function planReorder(polls: readonly Poll[], pollId: number, position: number): Poll[] {
  const ordered = [...polls].sort((a, b) => a.position - b.position);
  const from = ordered.findIndex((poll) => poll.id === pollId);
  const [moved] = from === -1 ? [] : ordered.splice(from, 1);
  if (moved) ordered.splice(position - 1, 0, moved);
  return renumber(ordered);
}

/** Numbers polls 1..n in the given order, leaving those already in place untouched. */
export function renumber(ordered: readonly Poll[]): Poll[] {
  return ordered.map((poll, index) => (poll.position === index + 1 ? poll : { ...poll, position: index + 1 }));
}

/** Opening times must strictly increase per event, even within one millisecond. */
export function nextOpeningTime(polls: readonly Poll[], nowMs: number): string {
  let latest = 0;
  for (const poll of polls) if (poll.openedAt) latest = Math.max(latest, Date.parse(poll.openedAt));
  return new Date(Math.max(nowMs, latest + 1)).toISOString();
}
