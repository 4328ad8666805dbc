// The report page's one store: the report (report-session.ts) on the browser's fetch and storage.
import { browserLocale, chosenLocale } from "../common/i18n.js";
import { apiRequest } from "../moderate/api.js";
import { forgetKey } from "../moderate/moderator-key.js";
import { createReport } from "./report-session.js";

export type { ReportState, ReportStatus } from "./report-session.js";

export const {
  store: reportStore,
  pickReportLanguage,
  startReport,
} = createReport({
  fetchExport: (code, key) => apiRequest("GET", `/api/events/${encodeURIComponent(code)}/export.json`, key),
  forgetKey,
  locale: chosenLocale() ?? browserLocale(),
});
