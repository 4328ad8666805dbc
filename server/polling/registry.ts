// The live state of every event in memory: events, polls and running tallies. Built from
// the database on start; the database stays the source of truth and is written first.
import { hyphenFreeCode, normalizeEventCode } from "../../shared/event-code.js";
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import { resultsOf } from "../domain/results.js";
import { addVotes, applyTextVote, emptyTally, type Tally } from "../domain/tally.js";
import { NO_MARKS, type WordMark } from "../domain/word-marks.js";
import type { StoredEvent } from "../store/events.js";
import type { StoredState } from "../store/port.js";
import { loadQuestionRegistry, type QuestionRegistry, removeEventQuestions } from "./questions-registry.js";

export type Registry = {
  /** Events by their code; add and remove them with addEvent and removeEvent, which keep the index below. */
  events: Map<string, StoredEvent>;
  /** Event codes by their hyphen-free form, so a code typed without its dashes is found without a scan. */
  codesWithoutHyphens: Map<string, Set<string>>;
  polls: Map<number, Poll>;
  /** Poll ids by event code, so an event's polls are found without a scan of all polls. */
  pollIdsByEvent: Map<string, Set<number>>;
  tallies: Map<number, Tally>;
  /** Audience questions with their upvote counts (polling/questions-registry.ts). */
  questions: QuestionRegistry;
  /** Moderators' marks on text polls' word groups, by poll id, then group key. */
  wordMarks: Map<number, Map<string, WordMark>>;
  /** Text answers sent to the store and not yet in the tally, by poll id (polling/regroup.ts waits for none). */
  answersInFlight: Map<number, number>;
  /** Text polls whose answers are being grouped anew: new answers wait for this (polling/regroup.ts). */
  answersHeld: Map<number, Promise<void>>;
  /**
   * Events removed so far, counted up by removeEvent: several nodes, a re-read of an event begun
   * before a removal may hold the event as it was before it was deleted (cluster/inbox.ts).
   */
  eventsRemoved: number;
};

export function loadRegistry(stored: StoredState): Registry {
  const registry: Registry = {
    events: new Map(),
    codesWithoutHyphens: new Map(),
    polls: new Map(),
    pollIdsByEvent: new Map(),
    tallies: new Map(),
    questions: loadQuestionRegistry(stored.questions, stored.upvoteCounts),
    wordMarks: new Map(),
    answersInFlight: new Map(),
    answersHeld: new Map(),
    eventsRemoved: 0,
  };
  for (const event of stored.events) addEvent(registry, event);
  for (const poll of stored.polls) addPoll(registry, poll);
  fillTallies(registry, stored);
  for (const { pollId, groupKey, mark } of stored.wordMarks) setWordMark(registry, pollId, groupKey, mark);
  return registry;
}

/** Adds stored votes to the polls' tallies (which start empty). */
export function fillTallies(registry: Registry, stored: Pick<StoredState, "voteCounts" | "answers">): void {
  for (const { pollId, value, votes: count } of stored.voteCounts) {
    const tally = registry.tallies.get(pollId);
    if (tally) addVotes(tally, value, count);
  }
  // Text polls' groups are rebuilt answer by answer: grouping needs the words, not a GROUP BY.
  for (const { pollId, answers } of stored.answers) {
    const tally = registry.tallies.get(pollId);
    if (tally) applyTextVote(tally, null, answers);
  }
}

export function addEvent(registry: Registry, event: StoredEvent): void {
  registry.events.set(event.code, event);
  const key = hyphenFreeCode(event.code);
  registry.codesWithoutHyphens.set(key, (registry.codesWithoutHyphens.get(key) ?? new Set()).add(event.code));
}

/**
 * The event a code names, as people give it (docs/api.md, "Base URL and formats"): the code
 * itself, the code normalised (case, spaces, a join link), or the normalised code without its
 * hyphens when exactly one event reads that way. Pages and votes use the code as it is stored,
 * so they are answered by the first look-up.
 */
export function eventByCode(registry: Registry, given: string): StoredEvent | undefined {
  const exact = registry.events.get(given.toLowerCase());
  if (exact) return exact;
  const code = normalizeEventCode(given);
  const normalized = registry.events.get(code);
  if (normalized) return normalized;
  const candidates = registry.codesWithoutHyphens.get(hyphenFreeCode(code));
  if (candidates?.size !== 1) return undefined;
  const [only] = candidates;
  return only === undefined ? undefined : registry.events.get(only);
}

export function addPoll(registry: Registry, poll: Poll): void {
  registry.polls.set(poll.id, poll);
  registry.tallies.set(poll.id, emptyTallyOf(registry, poll));
  const ids = registry.pollIdsByEvent.get(poll.eventCode) ?? new Set();
  registry.pollIdsByEvent.set(poll.eventCode, ids.add(poll.id));
}

/** Replaces a poll; its tally is kept, as edits that change what a vote means need no votes. */
export function replacePoll(registry: Registry, poll: Poll): void {
  registry.polls.set(poll.id, poll);
  if (!hasVotes(registry, poll.id)) registry.tallies.set(poll.id, emptyTallyOf(registry, poll));
}

/** A poll's empty tally; a text poll's groups fold case in its event's language. */
export function emptyTallyOf(registry: Registry, poll: Poll): Tally {
  return emptyTally(poll, registry.events.get(poll.eventCode)?.locale);
}

/** Sets (null: removes) a moderator's mark on a text poll's word group. */
export function setWordMark(registry: Registry, pollId: number, groupKey: string, mark: WordMark | null): void {
  const marks = registry.wordMarks.get(pollId) ?? new Map<string, WordMark>();
  if (mark === null) marks.delete(groupKey);
  else marks.set(groupKey, mark);
  if (marks.size === 0) registry.wordMarks.delete(pollId);
  else registry.wordMarks.set(pollId, marks);
}

export function removePoll(registry: Registry, poll: Poll): void {
  registry.polls.delete(poll.id);
  registry.tallies.delete(poll.id);
  registry.wordMarks.delete(poll.id);
  registry.pollIdsByEvent.get(poll.eventCode)?.delete(poll.id);
}

export function removeEvent(registry: Registry, eventCode: string): void {
  registry.eventsRemoved++;
  for (const pollId of registry.pollIdsByEvent.get(eventCode) ?? []) {
    registry.polls.delete(pollId);
    registry.tallies.delete(pollId);
    registry.wordMarks.delete(pollId);
  }
  registry.pollIdsByEvent.delete(eventCode);
  removeEventQuestions(registry.questions, eventCode);
  registry.events.delete(eventCode);
  const key = hyphenFreeCode(eventCode);
  const codes = registry.codesWithoutHyphens.get(key);
  codes?.delete(eventCode);
  if (codes?.size === 0) registry.codesWithoutHyphens.delete(key);
}

/** The event's polls in their order. */
export function pollsOfEvent(registry: Registry, eventCode: string): Poll[] {
  const found: Poll[] = [];
  for (const pollId of registry.pollIdsByEvent.get(eventCode) ?? []) {
    const poll = registry.polls.get(pollId);
    if (poll) found.push(poll);
  }
  return found.sort((a, b) => a.position - b.position);
}

export function findPoll(registry: Registry, eventCode: string, pollId: number): Poll | undefined {
  const poll = registry.polls.get(pollId);
  return poll?.eventCode === eventCode ? poll : undefined;
}

/** `view` "moderator": a text poll's hidden and unapproved groups too, marked (docs/api.md). */
export function resultsOfPoll(registry: Registry, poll: Poll, view: "public" | "moderator" = "public"): Results {
  const tally = registry.tallies.get(poll.id) ?? emptyTallyOf(registry, poll);
  return resultsOf(poll, tally, registry.wordMarks.get(poll.id) ?? NO_MARKS, view);
}

export function hasVotes(registry: Registry, pollId: number): boolean {
  return (registry.tallies.get(pollId)?.respondents ?? 0) > 0;
}
