// The voter page's one store: the live event, the language, and the vote being made.
// A vote goes out over the live socket and counts once the server's ack arrives (after the
// server committed it to disk); the snapshot after a reconnect says what really counted.
import type { ErrorCode } from "../../shared/errors.js";
import type { ServerMessage } from "../../shared/messages.js";
import type { ChoicePoll, Poll } from "../../shared/poll.js";
import { applyFrame, type EventState } from "../common/event-state.js";
import { browserLocale, chooseLocale, chosenLocale, type Locale, type VoterStrings } from "../common/i18n.js";
import { connectLive, type Live, type LiveStatus } from "../common/live.js";
import { createStore } from "../common/store.js";
import { VOTER_STRINGS } from "./voter-strings.js";

/** What the voter has picked on a poll but not yet sent. */
export type Selection = { pollId: number; optionIds: number[]; rating: number | null };

/** Why a vote did not go through, as a key of the voter's error texts. */
export type VoteProblem = "POLL_CLOSED" | "INVALID_VOTE" | "RATE_LIMITED" | "other" | "tooFew";

export type VoterState = {
  code: string;
  status: LiveStatus;
  live: EventState | null;
  locale: Locale;
  strings: VoterStrings;
  selection: Selection | null;
  /** The poll whose counted vote is being changed. */
  changingPollId: number | null;
  /** The request id of the vote on its way. */
  sending: string | null;
  problem: { pollId: number; problem: VoteProblem } | null;
  /** The event's access code as the voter typed it, when the event asks for one. */
  accessCode: string | null;
  accessRefused: boolean;
};

const firstLocale = chosenLocale() ?? browserLocale();

export const voterStore = createStore<VoterState>({
  code: "",
  status: "connecting",
  live: null,
  locale: firstLocale,
  strings: VOTER_STRINGS[firstLocale],
  selection: null,
  changingPollId: null,
  sending: null,
  problem: null,
  accessCode: null,
  accessRefused: false,
});

const update = voterStore.update;
let live: Live | null = null;
let requestCounter = 0;

const tokenKey = (code: string) => `handzeichen:participant:${code}`;
const accessKey = (code: string) => `handzeichen:access:${code}`;

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Without storage the value lasts as long as the page; after a reload the voter is new. */
function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode: nothing is kept.
  }
}

export function showLanguage(locale: Locale): void {
  update((state) => ({ ...state, locale, strings: VOTER_STRINGS[locale] }));
}

export function pickLanguage(locale: Locale): void {
  chooseLocale(locale);
  showLanguage(locale);
}

function problemOf(code: ErrorCode): VoteProblem {
  return code === "POLL_CLOSED" || code === "INVALID_VOTE" || code === "RATE_LIMITED" ? code : "other";
}

function onFrame(frame: ServerMessage): void {
  if (frame.type === "snapshot") {
    if (frame.participantToken) store(tokenKey(frame.event.code), frame.participantToken);
    if (chosenLocale() === null && frame.event.locale !== voterStore.get().locale) showLanguage(frame.event.locale);
  }
  update((state) => {
    const next = { ...state, live: applyFrame(state.live, frame) };
    switch (frame.type) {
      case "snapshot":
        // A vote sent just before the connection dropped: the snapshot knows whether it counted.
        if (state.sending !== null && state.selection) {
          const counted = frame.myVotes[state.selection.pollId] !== undefined;
          return counted
            ? { ...next, sending: null, selection: null, changingPollId: null }
            : { ...next, sending: null, problem: { pollId: state.selection.pollId, problem: "other" } };
        }
        return next;
      case "ack":
        if (frame.requestId !== state.sending) return next;
        return { ...next, sending: null, selection: null, changingPollId: null, problem: null };
      case "error":
        if (frame.requestId === undefined || frame.requestId !== state.sending) return next;
        if (frame.code === "ACCESS_CODE_REQUIRED") {
          store(accessKey(state.code), null);
          return { ...next, sending: null, accessCode: null, accessRefused: true };
        }
        return {
          ...next,
          sending: null,
          problem: state.selection ? { pollId: state.selection.pollId, problem: problemOf(frame.code) } : null,
        };
      default:
        return next;
    }
  });
}

function connect(code: string): void {
  live?.close();
  live = connectLive({
    code,
    query: () => {
      const query: Record<string, string> = {};
      const token = stored(tokenKey(code));
      const { accessCode } = voterStore.get();
      if (token) query.participant = token;
      if (accessCode) query.access = accessCode;
      return query;
    },
    onFrame,
    onStatus: (status) => update((state) => ({ ...state, status })),
  });
}

export function joinEvent(code: string): void {
  update((state) => ({ ...state, code, accessCode: stored(accessKey(code)) }));
  connect(code);
}

/** The server checks the code with each vote; it comes along on the (re)connected socket. */
export function enterAccessCode(accessCode: string): void {
  const { code } = voterStore.get();
  store(accessKey(code), accessCode);
  update((state) => ({ ...state, accessCode, accessRefused: false, problem: null }));
  connect(code);
}

/** The voter's picks on `poll` so far (none yet: an empty selection). */
export function selectionOf(state: VoterState, poll: Poll): Selection {
  return state.selection?.pollId === poll.id ? state.selection : { pollId: poll.id, optionIds: [], rating: null };
}

export function toggleOption(poll: ChoicePoll, optionId: number, checked: boolean): void {
  update((state) => {
    const current = selectionOf(state, poll);
    let optionIds: number[];
    if (poll.maxSelections === 1) optionIds = checked ? [optionId] : [];
    else if (checked) {
      if (current.optionIds.includes(optionId) || current.optionIds.length >= poll.maxSelections) return state;
      optionIds = [...current.optionIds, optionId];
    } else optionIds = current.optionIds.filter((id) => id !== optionId);
    return { ...state, selection: { ...current, optionIds }, problem: null };
  });
}

export function chooseRating(poll: Poll, rating: number): void {
  update((state) => ({ ...state, selection: { ...selectionOf(state, poll), rating }, problem: null }));
}

export function submitVote(poll: Poll): void {
  const state = voterStore.get();
  const selection = selectionOf(state, poll);
  const requestId = `v${++requestCounter}`;
  let sent: boolean;
  if (poll.type === "choice") {
    if (selection.optionIds.length < poll.minSelections) {
      update((s) => ({ ...s, problem: { pollId: poll.id, problem: "tooFew" } }));
      return;
    }
    sent = live?.send({ type: "vote", requestId, pollId: poll.id, optionIds: selection.optionIds }) ?? false;
  } else {
    if (selection.rating === null) {
      update((s) => ({ ...s, problem: { pollId: poll.id, problem: "tooFew" } }));
      return;
    }
    sent = live?.send({ type: "vote", requestId, pollId: poll.id, rating: selection.rating }) ?? false;
  }
  update((s) =>
    sent
      ? { ...s, selection, sending: requestId, problem: null }
      : { ...s, selection, problem: { pollId: poll.id, problem: "other" } },
  );
}

/** Opens the form again, filled with the vote that counts now. */
export function changeVote(poll: Poll): void {
  update((state) => {
    const vote = state.live?.myVotes[poll.id];
    const selection: Selection = {
      pollId: poll.id,
      optionIds: vote && "optionIds" in vote ? vote.optionIds : [],
      rating: vote && "rating" in vote ? vote.rating : null,
    };
    return { ...state, selection, changingPollId: poll.id, problem: null };
  });
}

export function keepVote(): void {
  update((state) => ({ ...state, selection: null, changingPollId: null, problem: null }));
}
