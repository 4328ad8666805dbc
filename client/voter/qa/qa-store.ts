// The Q&A view's one store, on the voter session's live feed: made when the view's chunk first
// loads (the event has Q&A on), and kept for the page's life, so an ask on its way survives
// switching to the poll and back. Its texts load per language, as the voter's own do.
import type { Locale } from "../../common/i18n.js";
import type { VoterQaStrings } from "../../i18n/strings.js";
import { announce, listenFrames, sendFrame, voterStorage } from "../voter-store.js";
import { createQaSession } from "./qa-session.js";

type Loaders = Record<Locale, () => Promise<{ qa: VoterQaStrings }>>;

const loaders: Loaders = {
  de: () => import("../../i18n/voter-qa/de.js"),
  en: () => import("../../i18n/voter-qa/en.js"),
  tr: () => import("../../i18n/voter-qa/tr.js"),
  ar: () => import("../../i18n/voter-qa/ar.js"),
  uk: () => import("../../i18n/voter-qa/uk.js"),
  ru: () => import("../../i18n/voter-qa/ru.js"),
  fa: () => import("../../i18n/voter-qa/fa.js"),
  pl: () => import("../../i18n/voter-qa/pl.js"),
  ro: () => import("../../i18n/voter-qa/ro.js"),
};

export const qaSession = createQaSession({
  send: sendFrame,
  listen: listenFrames,
  announce,
  storage: voterStorage,
  loadStrings: (locale) => loaders[locale]().then(({ qa }) => qa),
});
