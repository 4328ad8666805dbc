// The report's state and actions as a factory over what it is given (how to fetch the export,
// how to forget a key, which language to start in), so a test can drive it without a browser.
// The report is the moderator's JSON export of the event, fetched once with the key, written in
// the event's own language unless the reader picks another on this page.
import type { EventExport } from "../../shared/export.js";
import type { Locale, Strings } from "../common/i18n.js";
import { loadStrings, switchLanguage } from "../common/language.js";
import { createStore, type Store } from "../common/store.js";
import type { ApiReply } from "../moderate/api.js";

export type ReportStatus = "loading" | "ready" | "noKey" | "wrongKey" | "notFound" | "failed";

export type ReportState = {
  code: string;
  status: ReportStatus;
  report: EventExport | null;
  locale: Locale;
  /** The reader picked the language on this page; the event's own no longer applies. */
  localePicked: boolean;
  strings: Strings | null;
};

export type ReportDependencies = {
  /** GET …/export.json with the key in the Authorization header. */
  fetchExport: (code: string, key: string) => Promise<ApiReply<EventExport>>;
  /** A key the server turned down is forgotten, as the console does. */
  forgetKey: (code: string) => void;
  /** The language to start in, before the event's is known. */
  locale: Locale;
  loadTexts?: (locale: Locale) => Promise<Strings>;
};

export type ReportSession = {
  store: Store<ReportState>;
  /** Only for this report: the voter page and console keep the language chosen there. */
  pickReportLanguage(locale: Locale): void;
  startReport(code: string, key: string | null): Promise<void>;
};

export function createReport(dependencies: ReportDependencies): ReportSession {
  const { fetchExport, forgetKey, loadTexts = loadStrings } = dependencies;
  const store = createStore<ReportState>({
    code: "",
    status: "loading",
    report: null,
    locale: dependencies.locale,
    localePicked: false,
    strings: null,
  });
  const update = store.update;
  const showLanguage = (locale: Locale) => switchLanguage(store, locale, loadTexts);

  return {
    store,
    pickReportLanguage(locale) {
      update((state) => ({ ...state, localePicked: true }));
      showLanguage(locale);
    },
    async startReport(code, key) {
      update((state) => ({ ...state, code }));
      showLanguage(store.get().locale);
      if (!key) {
        update((state) => ({ ...state, status: "noKey" }));
        return;
      }
      const reply = await fetchExport(code, key);
      if (!reply.ok) {
        if (reply.status === 401) forgetKey(code);
        const status: ReportStatus = reply.status === 401 ? "wrongKey" : reply.status === 404 ? "notFound" : "failed";
        update((state) => ({ ...state, status }));
        return;
      }
      const report = reply.body;
      update((state) => ({ ...state, status: "ready", report }));
      if (!store.get().localePicked && report.event.locale !== store.get().locale) {
        showLanguage(report.event.locale);
      }
    },
  };
}
