// The moderator console: the live event as moderators see it (drafts and hidden results
// included), and the actions, which go over REST with the key in a header. The live feed
// echoes every change, and the REST reply is applied at once so the console feels instant.
// A factory over the live feed it is given, so a test can drive it frame by frame. The same
// console serves a Q&A moderator link (#qa=KEY): the server's snapshot says which key it was.
import type { ComponentChildren } from "preact";
import type { ModeratorEvent, UpdateEventBody } from "../../shared/event.js";
import type { ServerMessage, VoteBurstMessage } from "../../shared/messages.js";
import type { CreatePollBody, Poll, UpdatePollBody, WordGroupResponse, WordMarkResponse } from "../../shared/poll.js";
import type { Question, UpdateQaSettings, UpdateQuestionBody } from "../../shared/question.js";
import { applyFrame, type EventState } from "../common/event-state.js";
import { chooseLocale, type Locale, type Strings } from "../common/i18n.js";
import { loadStrings, switchLanguage } from "../common/language.js";
import type { Live, LiveOptions, LiveStatus } from "../common/live.js";
import { createStore } from "../common/store.js";
import { type ApiReply, apiRequest, download } from "./api.js";
import { forgetKey, rememberKey } from "./moderator-key.js";
import { applyQuestionFrame, withQuestion } from "./question-list.js";

/** What the poll form is open for: a new poll, or editing one. */
export type Editing = { kind: "new" } | { kind: "edit"; pollId: number } | null;

/** The question to confirm, user text already isolated in it (client/common/user-text.tsx). */
export type Confirmation = { text: ComponentChildren; run: () => void };

export type ConsoleState = {
  code: string;
  key: string | null;
  /** Why the key was not accepted: it does not fit, or too many wrong tries. */
  keyProblem: "wrong" | "limited" | null;
  status: LiveStatus;
  live: EventState | null;
  locale: Locale;
  strings: Strings | null;
  editing: Editing;
  confirmation: Confirmation | null;
  /** What went wrong with the last action: the API's error code, OFFLINE or EXPORT_FAILED (see problemText). */
  problem: string | null;
  burst: VoteBurstMessage | null;
  /** Every question of the event, pending ones included (moderators and Q&A moderators see all). */
  questions: Question[];
  /** What went wrong with the last Q&A action, shown in the Q&A panel (see qaProblemText). */
  qaProblem: string | null;
  /** A Q&A moderator key just made: the server shows it once, so the console keeps it until reload. */
  newQaKey: string | null;
  /** Whether the Q&A moderator link was just revoked, to say so. */
  qaKeyRevoked: boolean;
};

export type ExportFormat = "csv" | "json" | "xlsx";

export type ConsoleDeps = {
  /** Opens the event's live feed: connectLive on the page. */
  connect(options: LiveOptions): Live;
  /** The language to start in. */
  locale: Locale;
};

export type ConsoleSession = ReturnType<typeof createConsole>;

const EXPORT_FAILED = "EXPORT_FAILED";

/**
 * A problem in the page's language: the server's error codes each have their text, its English
 * message is never shown; a code this page does not know reads as the server's failure.
 */
export function problemText(strings: Strings, problem: string): string {
  const { problems, exportFailed } = strings.console;
  if (problem === EXPORT_FAILED) return exportFailed;
  const known = Object.hasOwn(problems, problem);
  return known ? problems[problem as keyof typeof problems] : problems.INTERNAL;
}

/** A Q&A action's problem: the Q&A panel's own words where the poll-minded ones would mislead. */
export function qaProblemText(strings: Strings, problem: string): string {
  const own = strings.console.qa.problems;
  return Object.hasOwn(own, problem) ? own[problem as keyof typeof own] : problemText(strings, problem);
}

/** Whether this snapshot is the answer to our `moderate` frame, with either key. */
const isModeratorSnapshot = (role: string) => role === "moderator" || role === "qaModerator";

export function createConsole(deps: ConsoleDeps) {
  const consoleStore = createStore<ConsoleState>({
    code: "",
    key: null,
    keyProblem: null,
    status: "connecting",
    live: null,
    locale: deps.locale,
    strings: null,
    editing: null,
    confirmation: null,
    problem: null,
    burst: null,
    questions: [],
    qaProblem: null,
    newQaKey: null,
    qaKeyRevoked: false,
  });

  const update = consoleStore.update;
  let live: Live | null = null;
  /** Whether this connection's `moderate` frame was answered with the moderator's snapshot. */
  let moderating = false;

  function showLanguage(locale: Locale): void {
    switchLanguage(consoleStore, locale, loadStrings);
  }

  function pickLanguage(locale: Locale): void {
    chooseLocale(locale);
    showLanguage(locale);
  }

  function onFrame(frame: ServerMessage): void {
    // The first snapshot is the voter's one, sent before the server has read our key.
    if (frame.type === "snapshot" && !isModeratorSnapshot(frame.role)) return;
    if (frame.type === "snapshot") moderating = true;
    if (frame.type === "error" && frame.requestId === undefined) {
      // Only the answer to our `moderate` frame speaks of the key; a RATE_LIMITED later on
      // (too many frames on the connection, e.g. pings after a sleep) does not.
      if (!moderating && (frame.code === "UNAUTHORIZED" || frame.code === "RATE_LIMITED")) rejectKey(frame.code);
      return;
    }
    if (frame.type === "voteBurst") {
      update((state) => ({ ...state, burst: frame }));
      return;
    }
    update((state) => ({
      ...state,
      live: applyFrame(state.live, frame),
      questions: applyQuestionFrame(state.questions, frame),
    }));
  }

  function rejectKey(code: "UNAUTHORIZED" | "RATE_LIMITED"): void {
    const { code: eventCode } = consoleStore.get();
    forgetKey(eventCode);
    live?.close();
    live = null;
    update((state) => ({ ...state, key: null, live: null, keyProblem: code === "UNAUTHORIZED" ? "wrong" : "limited" }));
  }

  function startConsole(code: string, key: string | null): void {
    update((state) => ({ ...state, code }));
    showLanguage(consoleStore.get().locale);
    if (key) enterKey(key);
  }

  function enterKey(key: string): void {
    const { code } = consoleStore.get();
    rememberKey(code, key);
    live?.close();
    update((state) => ({ ...state, key, keyProblem: null }));
    live = deps.connect({
      code,
      // Connect like a voter (screens may not moderate), then say who we are.
      onOpen: (send) => {
        moderating = false;
        send({ type: "moderate", moderatorKey: key });
      },
      onFrame,
      onStatus: (status) => update((state) => ({ ...state, status })),
    });
  }

  const pollsPath = () => `/api/events/${encodeURIComponent(consoleStore.get().code)}/polls`;

  function report<T>(reply: ApiReply<T>): reply is Extract<ApiReply<T>, { ok: true }> {
    if (reply.ok) {
      update((state) => (state.problem ? { ...state, problem: null } : state));
      return true;
    }
    if (reply.status === 401) rejectKey("UNAUTHORIZED");
    else update((state) => ({ ...state, problem: reply.code }));
    return false;
  }

  function applyPoll(poll: Poll): void {
    update((state) => ({ ...state, live: applyFrame(state.live, { type: "poll", poll }) }));
  }

  async function pollCommand(method: string, path: string, body?: unknown): Promise<boolean> {
    const key = consoleStore.get().key;
    if (!key) return false;
    const reply = await apiRequest<{ poll: Poll }>(method, path, key, body);
    if (!report(reply)) return false;
    applyPoll(reply.body.poll);
    return true;
  }

  const createPoll = (body: CreatePollBody) => pollCommand("POST", pollsPath(), body);
  const updatePoll = (pollId: number, changes: UpdatePollBody) =>
    pollCommand("PATCH", `${pollsPath()}/${pollId}`, changes);
  const runPollAction = (pollId: number, action: "open" | "close" | "reset") =>
    pollCommand("POST", `${pollsPath()}/${pollId}/${action}`);
  const movePoll = (poll: Poll, by: number) => updatePoll(poll.id, { position: poll.position + by });

  function duplicatePoll(poll: Poll): Promise<boolean> {
    const common = {
      question: poll.question,
      resultsVisibility: poll.resultsVisibility,
      translations: poll.translations,
    };
    return createPoll(
      poll.type === "choice"
        ? {
            ...common,
            type: "choice",
            options: poll.options.map((option) => option.label),
            minSelections: poll.minSelections,
            maxSelections: poll.maxSelections,
          }
        : poll.type === "rating"
          ? { ...common, type: "rating", scale: poll.scale }
          : {
              ...common,
              type: "text",
              maxAnswers: poll.maxAnswers,
              maxLength: poll.maxLength,
              moderation: poll.moderation,
              stopWords: poll.stopWords,
            },
    );
  }

  /**
   * Hides, shows or approves a text poll's word group (docs/api.md, "Hiding and approving words");
   * the console sees the change in its next results frame, like every screen.
   */
  async function markWordGroup(pollId: number, text: string, change: "hide" | "show" | "approve"): Promise<boolean> {
    const key = consoleStore.get().key;
    if (!key) return false;
    const [method, path] =
      change === "hide" ? ["POST", "hidden"] : change === "show" ? ["DELETE", "hidden"] : ["POST", "approved"];
    return report(await apiRequest<WordMarkResponse>(method, `${pollsPath()}/${pollId}/${path}`, key, { text }));
  }

  /** The spellings behind a word group, or null when they could not be fetched. */
  async function wordGroup(pollId: number, text: string): Promise<WordGroupResponse | null> {
    const key = consoleStore.get().key;
    if (!key) return null;
    const query = new URLSearchParams({ text });
    const reply = await apiRequest<WordGroupResponse>("GET", `${pollsPath()}/${pollId}/groups?${query}`, key);
    return report(reply) ? reply.body : null;
  }

  async function deletePoll(pollId: number): Promise<void> {
    const key = consoleStore.get().key;
    if (!key) return;
    const reply = await apiRequest<undefined>("DELETE", `${pollsPath()}/${pollId}`, key);
    if (report(reply)) update((state) => ({ ...state, live: applyFrame(state.live, { type: "pollDeleted", pollId }) }));
  }

  async function updateEvent(changes: UpdateEventBody): Promise<boolean> {
    const { key, code } = consoleStore.get();
    if (!key) return false;
    const reply = await apiRequest<{ event: ModeratorEvent }>(
      "PATCH",
      `/api/events/${encodeURIComponent(code)}`,
      key,
      changes,
    );
    if (!report(reply)) return false;
    const event = reply.body.event;
    update((state) => ({ ...state, live: applyFrame(state.live, { type: "event", event }) }));
    return true;
  }

  async function exportResults(format: ExportFormat): Promise<void> {
    const { key, code } = consoleStore.get();
    if (!key) return;
    const saved = await download(
      `/api/events/${encodeURIComponent(code)}/export.${format}`,
      key,
      `handzeichen-${code}.${format}`,
    );
    if (!saved) update((state) => ({ ...state, problem: EXPORT_FAILED }));
  }

  /** A Q&A action over REST: its problem goes to the Q&A panel; a wrong key back to the key form. */
  async function qaRequest<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    const { key, code } = consoleStore.get();
    if (!key) return null;
    const reply = await apiRequest<T>(method, `/api/events/${encodeURIComponent(code)}${path}`, key, body);
    if (reply.ok) {
      update((state) => (state.qaProblem ? { ...state, qaProblem: null } : state));
      return reply.body ?? (true as T);
    }
    if (reply.status === 401) rejectKey("UNAUTHORIZED");
    else update((state) => ({ ...state, qaProblem: reply.code }));
    return null;
  }

  async function moderateQuestion(questionId: number, changes: UpdateQuestionBody): Promise<boolean> {
    const reply = await qaRequest<{ question: Question }>("PATCH", `/questions/${questionId}`, changes);
    if (!reply) return false;
    update((state) => ({ ...state, questions: withQuestion(state.questions, reply.question) }));
    return true;
  }

  async function deleteQuestion(questionId: number): Promise<void> {
    const done = await qaRequest<true>("DELETE", `/questions/${questionId}`);
    if (done) {
      update((state) => ({
        ...state,
        questions: applyQuestionFrame(state.questions, { type: "questionDeleted", questionId }),
      }));
    }
  }

  async function updateQaSettings(qa: UpdateQaSettings): Promise<boolean> {
    const reply = await qaRequest<{ event: ModeratorEvent }>("PATCH", "", { qa });
    if (!reply) return false;
    update((state) => ({ ...state, live: applyFrame(state.live, { type: "event", event: reply.event }) }));
    return true;
  }

  /** A new Q&A moderator key replaces the one before, whose feeds the server closes. */
  async function makeQaModeratorKey(): Promise<void> {
    const reply = await qaRequest<{ qaModeratorKey: string }>("POST", "/qa-moderator-key");
    if (reply) update((state) => ({ ...state, newQaKey: reply.qaModeratorKey, qaKeyRevoked: false }));
  }

  async function revokeQaModeratorKey(): Promise<void> {
    const done = await qaRequest<true>("DELETE", "/qa-moderator-key");
    if (done) update((state) => ({ ...state, newQaKey: null, qaKeyRevoked: true }));
  }

  const dismissQaProblem = () => update((state) => ({ ...state, qaProblem: null }));

  const edit = (editing: Editing) => update((state) => ({ ...state, editing, problem: null }));
  const askToConfirm = (confirmation: Confirmation | null) => update((state) => ({ ...state, confirmation }));
  const dismissBurst = () => update((state) => ({ ...state, burst: null }));
  const dismissProblem = () => update((state) => ({ ...state, problem: null }));

  return {
    store: consoleStore,
    showLanguage,
    pickLanguage,
    startConsole,
    enterKey,
    createPoll,
    updatePoll,
    runPollAction,
    movePoll,
    duplicatePoll,
    deletePoll,
    markWordGroup,
    wordGroup,
    updateEvent,
    exportResults,
    edit,
    askToConfirm,
    dismissBurst,
    dismissProblem,
    moderateQuestion,
    deleteQuestion,
    updateQaSettings,
    makeQaModeratorKey,
    revokeQaModeratorKey,
    dismissQaProblem,
  };
}
