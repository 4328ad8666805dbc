// The live state of every event in memory: events, polls and running tallies. Built from
// the database on start; the database stays the source of truth and is written first.
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import { resultsOf } from "../domain/results.js";
import { addVotes, emptyTally, type Tally } from "../domain/tally.js";
import type { Database } from "../store/database.js";
import { loadEvents, type StoredEvent } from "../store/events.js";
import { loadPolls } from "../store/polls.js";
import type { VoteStatements } from "../store/votes.js";

export type Registry = {
  events: Map<string, StoredEvent>;
  polls: Map<number, Poll>;
  /** Poll ids by event code, so an event's polls are found without a scan of all polls. */
  pollIdsByEvent: Map<string, Set<number>>;
  tallies: Map<number, Tally>;
};

export function loadRegistry(db: Database, votes: VoteStatements): Registry {
  const registry: Registry = {
    events: new Map(loadEvents(db).map((event) => [event.code, event])),
    polls: new Map(),
    pollIdsByEvent: new Map(),
    tallies: new Map(),
  };
  for (const poll of loadPolls(db)) addPoll(registry, poll);
  for (const { pollId, value, votes: count } of votes.countVotes()) {
    const tally = registry.tallies.get(pollId);
    if (tally) addVotes(tally, value, count);
  }
  return registry;
}

export function addPoll(registry: Registry, poll: Poll): void {
  registry.polls.set(poll.id, poll);
  registry.tallies.set(poll.id, emptyTally(poll));
  const ids = registry.pollIdsByEvent.get(poll.eventCode) ?? new Set();
  registry.pollIdsByEvent.set(poll.eventCode, ids.add(poll.id));
}

/** Replaces a poll; its tally is kept, as edits that change what a vote means need no votes. */
export function replacePoll(registry: Registry, poll: Poll): void {
  registry.polls.set(poll.id, poll);
  if (!hasVotes(registry, poll.id)) registry.tallies.set(poll.id, emptyTally(poll));
}

export function removePoll(registry: Registry, poll: Poll): void {
  registry.polls.delete(poll.id);
  registry.tallies.delete(poll.id);
  registry.pollIdsByEvent.get(poll.eventCode)?.delete(poll.id);
}

export function removeEvent(registry: Registry, eventCode: string): void {
  for (const pollId of registry.pollIdsByEvent.get(eventCode) ?? []) {
    registry.polls.delete(pollId);
    registry.tallies.delete(pollId);
  }
  registry.pollIdsByEvent.delete(eventCode);
  registry.events.delete(eventCode);
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

export function resultsOfPoll(registry: Registry, poll: Poll): Results {
  return resultsOf(poll, registry.tallies.get(poll.id) ?? emptyTally(poll));
}

export function hasVotes(registry: Registry, pollId: number): boolean {
  return (registry.tallies.get(pollId)?.respondents ?? 0) > 0;
}
