// The moderator console's one store: the console (console-session.ts) on the browser's live feed.
import { browserLocale, chosenLocale } from "../common/i18n.js";
import { connectLive } from "../common/live.js";
import { createConsole } from "./console-session.js";

export type { Confirmation, ConsoleState, Editing, ExportFormat } from "./console-session.js";

export const {
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
} = createConsole({ connect: connectLive, locale: chosenLocale() ?? browserLocale() });
