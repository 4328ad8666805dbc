// The store of the projector and the overlay: the live event as a screen sees it (results
// of every poll that is not hidden, no votes; visible and answered questions), in the event's
// language unless ?lang= says otherwise.
import type { ServerMessage } from "../../shared/messages.js";
import type { Question } from "../../shared/question.js";
import { applyFrame, type EventState } from "./event-state.js";
import { browserLocale, isLocale, type Locale, type Strings } from "./i18n.js";
import { loadStrings, switchLanguage } from "./language.js";
import { connectLive, type LiveStatus } from "./live.js";
import { questionsAfter } from "./screen-questions.js";
import { createStore, type Store } from "./store.js";

export type ScreenState = {
  code: string;
  status: LiveStatus;
  live: EventState | null;
  /** Beside `live`, not in it: event-state.ts is also the voter page's, whose every byte counts against its budget. */
  questions: readonly Question[];
  locale: Locale;
  strings: Strings | null;
};

export function startScreen(code: string, query: URLSearchParams): Store<ScreenState> {
  const requested = query.get("lang");
  const fixedLocale = isLocale(requested) ? requested : null;
  const store = createStore<ScreenState>({
    code,
    status: "connecting",
    live: null,
    questions: [],
    locale: "en",
    strings: null,
  });

  const showLanguage = (locale: Locale) => switchLanguage(store, locale, loadStrings);

  const onFrame = (frame: ServerMessage) => {
    store.update((state) => ({
      ...state,
      live: applyFrame(state.live, frame),
      questions: questionsAfter(state.questions, frame),
    }));
    if (frame.type === "snapshot" || frame.type === "event") showLanguage(fixedLocale ?? frame.event.locale);
  };

  if (fixedLocale) showLanguage(fixedLocale);
  connectLive({
    code,
    role: "screen",
    onFrame,
    onStatus: (status) => {
      store.update((state) => ({ ...state, status }));
      // An unknown event has no language to tell us: show the message in the browser's.
      if (status === "gone" && !store.get().strings) showLanguage(fixedLocale ?? browserLocale());
    },
  });
  return store;
}
