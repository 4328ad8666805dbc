// The voter's side of audience Q&A: the question being written, asks and upvotes on their way,
// and what went wrong. Like a vote, an ask or an upvote counts once the server's ack arrives
// (after commit); made offline, or lost with the connection, it waits and goes out again on the
// next connection: the snapshot then says whether the ask had arrived (the voter's own question
// is in it), and an upvote is idempotent, so sending it twice does no harm.
// A factory over the voter session's frames (client/voter/voter-session.ts), so a test can drive it.
import type { ErrorCode } from "../../../shared/errors.js";
import type { ClientMessage, ServerMessage } from "../../../shared/messages.js";
import type { Question } from "../../../shared/question.js";
import type { Locale } from "../../common/i18n.js";
import { createStore } from "../../common/store.js";
import type { VoterQaStrings } from "../../i18n/strings.js";
import type { VoterStorage } from "../voter-session.js";
import {
  MAX_QUESTION_TEXT_LENGTH,
  normalisedText,
  type QuestionSort,
  sameQuestion,
  textLength,
} from "./question-list.js";

/** Why an ask or an upvote did not go through: a key of the Q&A error texts. */
export type QaProblem = keyof VoterQaStrings["errors"];

export type QaState = {
  /** The Q&A texts of the page's language: null until they have loaded. */
  strings: VoterQaStrings | null;
  draft: string;
  /** The asker's name, kept on this phone for the next question. */
  name: string;
  /** The ask on its way, or waiting for the connection to come back. */
  asking: { requestId: string; text: string; name: string } | null;
  askProblem: QaProblem | null;
  /** The last question arrived (shown at once, or waiting for approval), until the voter writes again. */
  sent: "arrived" | "arrivedPending" | null;
  sort: QuestionSort;
  /** Upvotes (up) and taken-back upvotes (down) on their way, by question id. */
  upvoting: Record<number, { requestId: string; up: boolean }>;
  /** Upvotes the server acked since the last snapshot (which has the rest in `myUpvotes`). */
  upvoted: Record<number, boolean>;
  upvoteProblem: QaProblem | null;
};

export type QaSessionDeps = {
  /** Sends on the voter's live connection; false without one. */
  send(message: ClientMessage): boolean;
  listen(listener: (frame: ServerMessage) => void): () => void;
  /** Says a text through the page's one live region. */
  announce(text: string): void;
  storage: VoterStorage;
  loadStrings(locale: Locale): Promise<VoterQaStrings>;
};

const NAME_KEY = "handzeichen:asker-name";

function problemOf(code: ErrorCode, upvote: boolean): QaProblem {
  if (code === "RATE_LIMITED") return upvote ? "upvoteLimited" : "RATE_LIMITED";
  if (code === "QA_DISABLED") return code;
  // The phone counts as the server does, so a refused question it found short enough is one asked already.
  return code === "INVALID_REQUEST" && !upvote ? "duplicate" : "other";
}

export function createQaSession(deps: QaSessionDeps) {
  const store = createStore<QaState>({
    strings: null,
    draft: "",
    name: deps.storage.get(NAME_KEY) ?? "",
    asking: null,
    askProblem: null,
    sent: null,
    sort: "top",
    upvoting: {},
    upvoted: {},
    upvoteProblem: null,
  });
  const { update } = store;
  let requestCounter = 0;
  let shownLocale: Locale | null = null;

  const say = (text: (strings: VoterQaStrings) => string) => {
    const { strings } = store.get();
    if (strings) deps.announce(text(strings));
  };

  function showLanguage(locale: Locale): void {
    if (locale === shownLocale) return;
    shownLocale = locale;
    void deps.loadStrings(locale).then((strings) => {
      if (locale === shownLocale) update((state) => ({ ...state, strings }));
    });
  }

  function arrived(question: Question): void {
    const sent = question.state === "pending" ? "arrivedPending" : "arrived";
    update((state) => ({ ...state, asking: null, draft: "", askProblem: null, sent }));
    say((t) => t[sent]);
  }

  function sendAsk({ requestId, text, name }: NonNullable<QaState["asking"]>): void {
    deps.send({ type: "ask", requestId, text, ...(name ? { name } : {}) });
  }

  function onFrame(frame: ServerMessage): void {
    const { asking, upvoting } = store.get();
    switch (frame.type) {
      case "snapshot": {
        update((state) => ({ ...state, upvoted: {} }));
        const mine = asking && frame.questions.find((q) => q.mine && sameQuestion(q.text, asking.text));
        if (mine) arrived(mine);
        else if (asking) sendAsk(asking);
        for (const [questionId, { requestId, up }] of Object.entries(upvoting)) {
          deps.send({ type: "upvote", requestId, questionId: Number(questionId), up });
        }
        return;
      }
      case "ack": {
        if (!("question" in frame)) return;
        if (frame.requestId === asking?.requestId) {
          arrived(frame.question);
          return;
        }
        const { id } = frame.question;
        const sent = upvoting[id];
        if (sent?.requestId !== frame.requestId) return;
        update((state) => {
          const { [id]: _, ...others } = state.upvoting;
          return { ...state, upvoting: others, upvoted: { ...state.upvoted, [id]: sent.up } };
        });
        return;
      }
      case "error": {
        if (frame.requestId === undefined) return;
        if (frame.requestId === asking?.requestId) {
          const askProblem = problemOf(frame.code, false);
          update((state) => ({ ...state, asking: null, askProblem }));
          say((t) => t.errors[askProblem]);
          return;
        }
        const entry = Object.entries(upvoting).find(([, sent]) => sent.requestId === frame.requestId);
        if (!entry) return;
        const upvoteProblem = problemOf(frame.code, true);
        update((state) => {
          const { [Number(entry[0])]: _, ...others } = state.upvoting;
          return { ...state, upvoting: others, upvoteProblem };
        });
        say((t) => t.errors[upvoteProblem]);
        return;
      }
      default:
        return;
    }
  }
  deps.listen(onFrame);

  /** Only when the event allows names is one sent; it is kept on the phone either way. */
  function ask(namesAllowed: boolean): void {
    const { draft, name, asking } = store.get();
    if (asking) return;
    const length = textLength(draft);
    const tooShortOrLong = length === 0 ? "empty" : length > MAX_QUESTION_TEXT_LENGTH ? "tooLong" : null;
    if (tooShortOrLong) {
      update((state) => ({ ...state, askProblem: tooShortOrLong }));
      say((t) => t.errors[tooShortOrLong]);
      return;
    }
    deps.storage.set(NAME_KEY, name.trim() || null);
    const sending = {
      requestId: `q${++requestCounter}`,
      text: normalisedText(draft),
      name: namesAllowed ? name.trim() : "",
    };
    update((state) => ({ ...state, asking: sending, askProblem: null, sent: null }));
    sendAsk(sending);
  }

  function upvote(questionId: number, up: boolean): void {
    if (store.get().upvoting[questionId]) return;
    const requestId = `u${++requestCounter}`;
    update((state) => ({
      ...state,
      upvoting: { ...state.upvoting, [questionId]: { requestId, up } },
      upvoteProblem: null,
    }));
    deps.send({ type: "upvote", requestId, questionId, up });
  }

  return {
    store,
    showLanguage,
    ask,
    upvote,
    write: (draft: string) => update((state) => ({ ...state, draft, askProblem: null, sent: null })),
    writeName: (name: string) => update((state) => ({ ...state, name })),
    sortBy: (sort: QuestionSort) => update((state) => ({ ...state, sort })),
  };
}

/** Whether the voter upvotes the question now: the one on its way, else the last acked, else the snapshot's. */
export const isUpvoted = (state: QaState, myUpvotes: readonly number[], questionId: number): boolean =>
  state.upvoting[questionId]?.up ?? state.upvoted[questionId] ?? myUpvotes.includes(questionId);
