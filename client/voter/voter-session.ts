// A voter at an event: the live event, the language, the access code and the vote being made.
// A vote goes out over the live socket and counts once the server's ack arrives (after the
// server committed it to disk); the snapshot after a reconnect says what really counted, and
// a vote made offline, or lost with the connection, goes out again on the new one.
// The page's language: the voter's choice, else the browser's, else the event's (common/i18n.ts);
// its texts load as a chunk of their own, and until they are there the page shows no words.
// A factory over the live feed and the storage it is given, so a test can drive it frame by frame.
import type { ErrorCode } from "../../shared/errors.js";
import type { ClientMessage, HelloMessage, ServerMessage } from "../../shared/messages.js";
import type { ChoicePoll, Poll } from "../../shared/poll.js";
import type { Vote } from "../../shared/vote.js";
import { applyFrame, type EventState } from "../common/event-state.js";
import { FALLBACK_LOCALE, type Locale, pageLocale, type VoterStrings } from "../common/i18n.js";
import { switchLanguage } from "../common/language.js";
import type { Live, LiveOptions, LiveStatus } from "../common/live.js";
import { createStore, type Store } from "../common/store.js";

/** What the voter has picked (or written, on a text poll) but not yet sent. */
export type Selection = { pollId: number; optionIds: number[]; rating: number | null; answers: string[] };

/** An answer as the server stores it (docs/api.md, "Answers"): NFKC, trimmed, inner whitespace one space. */
const tidy = (answer: string) => answer.normalize("NFKC").trim().replace(/\s+/gu, " ");
/** The answers a voter wrote, without the fields left empty. */
const writtenAnswers = (answers: readonly string[]) => answers.map(tidy).filter((answer) => answer !== "");

/** Why a vote did not go through, as a key of the voter's error texts. */
export type VoteProblem = "POLL_CLOSED" | "INVALID_VOTE" | "RATE_LIMITED" | "other" | "tooFew";

/**
 * Where the event's access code stands on this connection: not needed or accepted
 * ("granted"), still to be entered ("needed"), being checked, or refused as wrong or
 * because too many wrong codes came from this network ("limited").
 */
export type AccessState = "granted" | "needed" | "checking" | "wrong" | "limited";

export type VoterState = {
  code: string;
  status: LiveStatus;
  live: EventState | null;
  /** The language the page shows, or is loading. */
  locale: Locale;
  /** Its texts: null until the first language has loaded. */
  strings: VoterStrings | null;
  selection: Selection | null;
  /** The poll whose counted vote is being changed. */
  changingPollId: number | null;
  /** The request id of the vote on its way, or waiting for the connection to come back. */
  sending: string | null;
  problem: { pollId: number; problem: VoteProblem } | null;
  /** The event's access code as the voter typed it (or as it was accepted before). */
  accessCode: string | null;
  access: AccessState;
  /** What a later-loaded view (audience Q&A) asks the live region to say; a new object each time. */
  news: { text: string } | null;
};

/** Key–value storage that outlives the page (localStorage on the page). */
export type VoterStorage = {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
};

export type VoterSessionDeps = {
  /** Opens the event's live feed: connectLive on the page. */
  connect(options: LiveOptions): Live;
  storage: VoterStorage;
  /** The browser's languages, most preferred first (navigator.languages on the page). */
  browserLanguages: readonly string[];
  /** The language the voter picked by hand on this phone, if any: it wins over all others. */
  chosenLocale(): Locale | null;
  chooseLocale(locale: Locale): void;
  /** Loads the voter's texts of a language (voter-strings.ts on the page). */
  loadStrings(locale: Locale): Promise<VoterStrings>;
  /** The event answered to another form of its code (a link typed by hand): the page's address takes its own. */
  codeCorrected(code: string): void;
};

const tokenKey = (code: string) => `handzeichen:participant:${code}`;
const accessKey = (code: string) => `handzeichen:access:${code}`;

function problemOf(code: ErrorCode): VoteProblem {
  return code === "POLL_CLOSED" || code === "INVALID_VOTE" || code === "RATE_LIMITED" ? code : "other";
}

/** Whether the vote that counts is the one the voter sent (option order does not matter). */
function isSelection(vote: Vote | undefined, selection: Selection): boolean {
  if (vote === undefined) return false;
  if ("rating" in vote) return vote.rating === selection.rating;
  if ("answers" in vote) return vote.answers.join("\n") === writtenAnswers(selection.answers).join("\n");
  const sent = new Set(selection.optionIds);
  return vote.optionIds.length === sent.size && vote.optionIds.every((id) => sent.has(id));
}

/** The voter's picks on `poll` so far (none yet: an empty selection). */
export function selectionOf(state: VoterState, poll: Poll): Selection {
  return state.selection?.pollId === poll.id
    ? state.selection
    : { pollId: poll.id, optionIds: [], rating: null, answers: [] };
}

export type VoterSession = ReturnType<typeof createVoterSession>;

export function createVoterSession(deps: VoterSessionDeps) {
  const { storage } = deps;
  /** Known before anything arrives when the voter chose a language or the browser has one of ours. */
  const firstLocale = pageLocale({ chosen: deps.chosenLocale(), browser: deps.browserLanguages, event: null });
  const store: Store<VoterState> = createStore<VoterState>({
    code: "",
    status: "connecting",
    live: null,
    locale: firstLocale ?? FALLBACK_LOCALE,
    strings: null,
    selection: null,
    changingPollId: null,
    sending: null,
    problem: null,
    accessCode: null,
    access: "granted",
    news: null,
  });
  const update = store.update;
  let live: Live | null = null;
  let requestCounter = 0;
  /** The request id of the `access` frame awaiting its answer. */
  let checkingAccess: string | null = null;
  /** The language last asked for: none until one is known. */
  let asked: Locale | null = null;
  /** Views loaded later (client/voter/qa/) follow the live frames here, after the store took them. */
  const frameListeners = new Set<(frame: ServerMessage) => void>();

  function showLanguage(locale: Locale): void {
    asked = locale;
    switchLanguage(store, locale, deps.loadStrings);
  }

  /** The event's language counts only when neither the voter nor the browser named one of ours. */
  function followEvent(eventLocale: Locale): void {
    const locale = pageLocale({ chosen: deps.chosenLocale(), browser: deps.browserLanguages, event: eventLocale });
    if (locale !== null && locale !== asked) showLanguage(locale);
  }

  /** Without a language of its own and no event to ask (the home page, an unknown code): English. */
  function fallBackLanguage(): void {
    if (asked === null) showLanguage(FALLBACK_LOCALE);
  }

  // Started before the page renders, in parallel with the connection: the likely texts come first.
  if (firstLocale !== null) showLanguage(firstLocale);

  function pickLanguage(locale: Locale): void {
    deps.chooseLocale(locale);
    showLanguage(locale);
  }

  /** Where the access code stands after a snapshot: the server checked the one our hello brought. */
  function accessAfterSnapshot(state: VoterState, granted: boolean | undefined): AccessState {
    if (granted !== false) return "granted";
    if (state.access === "checking") return "wrong";
    // A code accepted before no longer is: the moderator changed it.
    return state.access === "granted" ? "needed" : state.access;
  }

  function onFrame(frame: ServerMessage): void {
    const { code } = store.get();
    if (frame.type === "snapshot" && frame.event.code !== code) {
      // Start over under the event's own code, so the token and access code kept for it apply.
      deps.codeCorrected(frame.event.code);
      joinEvent(frame.event.code);
      return;
    }
    if (frame.type === "snapshot") {
      // Keep the first token for good: a snapshot sent before our hello arrived carries a new one.
      if (frame.participantToken && storage.get(tokenKey(code)) === null) {
        storage.set(tokenKey(code), frame.participantToken);
      }
      // The access code is kept for the event once the server took it, and forgotten once it does not.
      const { accessCode } = store.get();
      if (accessCode !== null) storage.set(accessKey(code), frame.accessGranted === false ? null : accessCode);
    }
    if (frame.type === "snapshot" || frame.type === "event") followEvent(frame.event.locale);
    update((state) => {
      const next = { ...state, live: applyFrame(state.live, frame) };
      switch (frame.type) {
        case "snapshot": {
          // An `access` frame still unanswered went down with the last connection; the hello took its code.
          checkingAccess = null;
          const access = accessAfterSnapshot(state, frame.accessGranted);
          // A vote sent before the connection dropped counted if the snapshot has it; else it
          // stays waiting, and goes out on this connection (sendWaitingVote).
          return state.sending !== null &&
            state.selection &&
            isSelection(frame.myVotes[state.selection.pollId], state.selection)
            ? { ...next, access, sending: null, selection: null, changingPollId: null }
            : { ...next, access };
        }
        case "event":
          // The moderator just set an access code: this connection has none yet.
          if (frame.event.accessCodeRequired && !state.live?.event.accessCodeRequired) {
            return { ...next, access: "needed" };
          }
          return next;
        case "accessGranted":
          if (frame.requestId !== checkingAccess) return next;
          checkingAccess = null;
          storage.set(accessKey(state.code), state.accessCode);
          return { ...next, access: "granted" };
        case "ack":
          if (frame.requestId !== state.sending) return next;
          return { ...next, sending: null, selection: null, changingPollId: null, problem: null };
        case "error":
          if (frame.requestId !== undefined && frame.requestId === checkingAccess) {
            checkingAccess = null;
            return { ...next, access: frame.code === "RATE_LIMITED" ? "limited" : "wrong" };
          }
          if (frame.requestId === undefined || frame.requestId !== state.sending) return next;
          if (frame.code === "ACCESS_CODE_REQUIRED") {
            // The code changed since it was accepted: ask again, and keep the vote to send after.
            storage.set(accessKey(state.code), null);
            return { ...next, sending: null, access: "needed" };
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
    if (frame.type === "snapshot") sendWaitingVote();
    for (const listener of frameListeners) listener(frame);
  }

  /** For views loaded later: false without an open connection (the view keeps the message for the next one). */
  const sendFrame = (message: ClientMessage): boolean => live?.send(message) === true;

  function listenFrames(listener: (frame: ServerMessage) => void): () => void {
    frameListeners.add(listener);
    return () => frameListeners.delete(listener);
  }

  const announce = (text: string) => update((state) => ({ ...state, news: { text } }));

  /** Sends the voter's picks; without a connection they wait for the next snapshot (sendWaitingVote). */
  function sendVote({ pollId, optionIds, rating, answers }: Selection, requestId: string): void {
    const written = writtenAnswers(answers);
    live?.send(
      written.length > 0
        ? { type: "vote", requestId, pollId, answers: written }
        : rating === null
          ? { type: "vote", requestId, pollId, optionIds }
          : { type: "vote", requestId, pollId, rating },
    );
  }

  /**
   * After a snapshot, the vote still waiting goes out on the new connection. A vote replaces
   * the voter's earlier one, so sending it twice does no harm; the server's answer settles it
   * like any other (the poll closed meanwhile, an access code now asked for).
   */
  function sendWaitingVote(): void {
    const { sending, selection } = store.get();
    if (sending !== null && selection) sendVote(selection, sending);
  }

  function hello(code: string): HelloMessage {
    const participantToken = storage.get(tokenKey(code));
    const { accessCode } = store.get();
    return {
      type: "hello",
      ...(participantToken ? { participantToken } : {}),
      ...(accessCode ? { accessCode } : {}),
    };
  }

  function joinEvent(code: string): void {
    const accessCode = storage.get(accessKey(code));
    update((state) => ({ ...state, code, accessCode, access: accessCode ? "checking" : "granted" }));
    live?.close();
    live = deps.connect({
      code,
      hello: () => hello(code),
      onFrame,
      onStatus: (status) => {
        update((state) => ({ ...state, status }));
        if (status === "gone") fallBackLanguage();
      },
    });
  }

  /**
   * The code as the voter typed it, checked at once. Offline, it goes with the next
   * connection's hello instead, and the snapshot tells whether it was right.
   */
  function enterAccessCode(accessCode: string): void {
    const requestId = `a${++requestCounter}`;
    checkingAccess = requestId;
    update((state) => ({ ...state, accessCode, access: "checking" }));
    live?.send({ type: "access", requestId, accessCode });
  }

  function toggleOption(poll: ChoicePoll, optionId: number, checked: boolean): void {
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

  function chooseRating(poll: Poll, rating: number): void {
    update((state) => ({ ...state, selection: { ...selectionOf(state, poll), rating }, problem: null }));
  }

  /** Writes answer field `index` of a text poll. */
  function writeAnswer(poll: Poll, index: number, text: string): void {
    update((state) => {
      const current = selectionOf(state, poll);
      const answers = [...current.answers];
      answers[index] = text;
      return {
        ...state,
        selection: { ...current, answers: Array.from(answers, (answer) => answer ?? "") },
        problem: null,
      };
    });
  }

  /** Sends the vote, or, offline, keeps it waiting for the next connection's snapshot. */
  function submitVote(poll: Poll): void {
    const selection = selectionOf(store.get(), poll);
    const tooFew =
      poll.type === "choice"
        ? selection.optionIds.length < poll.minSelections
        : poll.type === "rating"
          ? selection.rating === null
          : writtenAnswers(selection.answers).length === 0;
    if (tooFew) {
      update((state) => ({ ...state, problem: { pollId: poll.id, problem: "tooFew" } }));
      return;
    }
    const requestId = `v${++requestCounter}`;
    sendVote(selection, requestId);
    update((state) => ({ ...state, selection, sending: requestId, problem: null }));
  }

  /** Opens the form again, filled with the vote that counts now. */
  function changeVote(poll: Poll): void {
    update((state) => {
      const vote = state.live?.myVotes[poll.id];
      const selection: Selection = {
        pollId: poll.id,
        optionIds: vote && "optionIds" in vote ? vote.optionIds : [],
        rating: vote && "rating" in vote ? vote.rating : null,
        answers: vote && "answers" in vote ? vote.answers : [],
      };
      return { ...state, selection, changingPollId: poll.id, problem: null };
    });
  }

  function keepVote(): void {
    update((state) => ({ ...state, selection: null, changingPollId: null, problem: null }));
  }

  return {
    store,
    fallBackLanguage,
    pickLanguage,
    joinEvent,
    enterAccessCode,
    toggleOption,
    chooseRating,
    writeAnswer,
    submitVote,
    changeVote,
    keepVote,
    sendFrame,
    listenFrames,
    announce,
  };
}
