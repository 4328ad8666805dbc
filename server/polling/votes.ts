// Use cases of votes: cast one (acknowledged only once it is on disk) and look up a
// participant's own votes. The path of a vote: validate → queue → commit → tally → ack.
import type { Poll } from "../../shared/poll.js";
import type { Ballot, Vote } from "../../shared/vote.js";
import { voteOf } from "../domain/ballot.js";
import { fail, type Outcome, succeed } from "../domain/outcome.js";
import { applyTextVote, applyVote } from "../domain/tally.js";
import { validateVote } from "../domain/validate-vote.js";
import type { StoredEvent } from "../store/events.js";
import { PollNotOpen } from "../store/port.js";
import type { PollingContext } from "./context.js";
import { accessGranted } from "./events.js";
import { pollsOfEvent } from "./registry.js";

export type VoteRequest = {
  pollId: number;
  participantTokenHash: string;
  /**
   * The event's access code as the voter gave it, if anything. Callers let it through
   * `admitAccessCode` first (which counts wrong guesses); here it is checked again because
   * the moderator may have changed the code since.
   */
  accessCode: string | undefined;
  ballot: Ballot;
};

export const ACCESS_CODE_MISSING = "This event asks for its access code to vote.";

export function castVote(
  ctx: PollingContext,
  event: StoredEvent,
  request: VoteRequest,
  caughtUp = false,
): Promise<Outcome<Vote>> {
  const { pollId, participantTokenHash } = request;
  // Access first: without the code, every vote gets the same answer, whatever poll it names
  // and whatever that poll's state, so votes tell a guesser nothing about the polls.
  if (!accessGranted(event, request.accessCode)) {
    return Promise.resolve(fail("ACCESS_CODE_REQUIRED", ACCESS_CODE_MISSING));
  }
  const poll = ctx.registry.polls.get(pollId);
  // A draft is not found by voters elsewhere, but a vote on it is simply "not open yet".
  if (!poll || poll.eventCode !== event.code) {
    // Several nodes: the poll may have been made on another a moment ago; read the event once.
    if (!caughtUp) return ctx.replication.catchUp(event.code).then(() => castVote(ctx, event, request, true));
    return Promise.resolve(fail("NOT_FOUND", `Event "${event.code}" has no poll ${pollId}.`));
  }
  if (!ctx.voteLimiter.allow(participantTokenHash)) {
    return Promise.resolve(fail("RATE_LIMITED", "Too many votes in a short time. Please wait a moment."));
  }
  return recordVote(ctx, event, poll, request, caughtUp);
}

/** A vote past the access code and the rate limit: checked against its poll, then written. */
function recordVote(
  ctx: PollingContext,
  event: StoredEvent,
  poll: Poll,
  request: VoteRequest,
  caughtUp: boolean,
): Promise<Outcome<Vote>> {
  const { pollId, participantTokenHash, ballot } = request;
  const valid = validateVote(poll, ballot);
  if (!valid.ok) {
    // Several nodes: the poll may have been opened on another a moment ago; read the event once.
    if (valid.code === "POLL_CLOSED" && !caughtUp) {
      return ctx.replication.catchUp(event.code).then(() => {
        const current = ctx.registry.polls.get(pollId);
        return current ? recordVote(ctx, event, current, request, true) : valid;
      });
    }
    return Promise.resolve(valid);
  }
  const { value, answers } = valid.value;
  const failed = (error: unknown): Promise<Outcome<Vote>> | Outcome<Vote> => {
    if (!(error instanceof PollNotOpen)) return fail("INTERNAL", "Your vote could not be saved. Please send it again.");
    // Several nodes: closed at another node before this one heard of it. Memory catches up, and
    // the voter hears what the moderators did.
    return ctx.replication.catchUp(event.code).then(() => {
      const current = ctx.registry.polls.get(pollId);
      const refusal = current && validateVote(current, ballot);
      return refusal && !refusal.ok ? refusal : fail("POLL_CLOSED", "This poll is closed.");
    });
  };
  if (answers !== null) {
    // While the poll's answers are grouped anew (regroup.ts), new ones wait, then are checked again.
    const held = ctx.registry.answersHeld.get(pollId);
    if (held) {
      return held.then(() => {
        const current = ctx.registry.polls.get(pollId);
        return current
          ? recordVote(ctx, event, current, request, caughtUp)
          : fail("POLL_CLOSED", "This poll is closed.");
      });
    }
    // A text poll's answers take the same road; the tally regroups them after the commit. They
    // are counted in flight until then, so a regrouping waits for them.
    const inFlight = ctx.registry.answersInFlight;
    inFlight.set(pollId, (inFlight.get(pollId) ?? 0) + 1);
    const landed = () => {
      const left = (inFlight.get(pollId) ?? 1) - 1;
      if (left > 0) inFlight.set(pollId, left);
      else inFlight.delete(pollId);
    };
    return ctx.store.recordAnswers(pollId, participantTokenHash, answers, ctx.now()).then(
      ({ previous, newParticipant }) => {
        landed();
        const tally = ctx.registry.tallies.get(pollId);
        if (tally) applyTextVote(tally, previous, answers);
        ctx.replication.answered(pollId, previous, answers);
        ctx.listener.resultsChanged(poll);
        if (newParticipant) ctx.listener.participantJoined(event.code, participantTokenHash);
        return succeed(voteOf(poll, value, answers));
      },
      (error: unknown) => {
        landed();
        return failed(error);
      },
    );
  }
  return ctx.store.recordVote(pollId, participantTokenHash, value, ctx.now()).then(({ previous, newParticipant }) => {
    const tally = ctx.registry.tallies.get(pollId);
    if (tally) applyVote(tally, previous, value);
    ctx.replication.voted(pollId, previous, value);
    ctx.listener.resultsChanged(poll);
    if (newParticipant) ctx.listener.participantJoined(event.code, participantTokenHash);
    return succeed(voteOf(poll, value));
  }, failed);
}

/** The participant's votes on the event's polls, keyed by poll id (a snapshot's myVotes). */
export async function myVotes(
  ctx: PollingContext,
  event: StoredEvent,
  participantTokenHash: string,
): Promise<Record<string, Vote>> {
  const polls = new Map<number, Poll>(pollsOfEvent(ctx.registry, event.code).map((poll) => [poll.id, poll]));
  const found: Record<string, Vote> = {};
  for (const [pollId, value] of await ctx.store.votesOf(participantTokenHash, [...polls.keys()])) {
    const poll = polls.get(pollId);
    if (poll && poll.type !== "text") found[pollId] = voteOf(poll, value);
  }
  const textPolls = [...polls.values()].filter((poll) => poll.type === "text").map((poll) => poll.id);
  if (textPolls.length === 0) return found;
  for (const [pollId, answers] of await ctx.store.answersOf(participantTokenHash, textPolls)) {
    const poll = polls.get(pollId);
    if (poll) found[pollId] = voteOf(poll, answers.length, answers);
  }
  return found;
}
