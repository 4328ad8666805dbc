// The report's one store: the moderator's JSON export of the event (fetched once, with the key
// in the Authorization header) and the language the report is written in: the event's own,
// unless the reader picks another on this page.
import type { EventExport } from "../../shared/export.js";
import { browserLocale, chosenLocale, type Locale, type Strings } from "../common/i18n.js";
import { loadStrings, switchLanguage } from "../common/language.js";
import { createStore } from "../common/store.js";
import { apiRequest } from "../moderate/api.js";
import { forgetKey } from "../moderate/moderator-key.js";

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

export const reportStore = createStore<ReportState>({
  code: "",
  status: "loading",
  report: null,
  locale: chosenLocale() ?? browserLocale(),
  localePicked: false,
  strings: null,
});

const update = reportStore.update;

function showLanguage(locale: Locale): void {
  switchLanguage(reportStore, locale, loadStrings);
}

/** Only for this report: the voter page and console keep the language chosen there. */
export function pickReportLanguage(locale: Locale): void {
  update((state) => ({ ...state, localePicked: true }));
  showLanguage(locale);
}

export async function startReport(code: string, key: string | null): Promise<void> {
  update((state) => ({ ...state, code }));
  showLanguage(reportStore.get().locale);
  if (!key) {
    update((state) => ({ ...state, status: "noKey" }));
    return;
  }
  const reply = await apiRequest<EventExport>("GET", `/api/events/${encodeURIComponent(code)}/export.json`, key);
  if (!reply.ok) {
    // A key the server turns down is forgotten, as the console does.
    if (reply.status === 401) forgetKey(code);
    const status: ReportStatus = reply.status === 401 ? "wrongKey" : reply.status === 404 ? "notFound" : "failed";
    update((state) => ({ ...state, status }));
    return;
  }
  const report = reply.body;
  update((state) => ({ ...state, status: "ready", report }));
  if (!reportStore.get().localePicked && report.event.locale !== reportStore.get().locale) {
    showLanguage(report.event.locale);
  }
}
