// The printable results report at /moderate/:code/report (the key as in the console: #key=… or this tab's session).
import { render } from "preact";
import { codeFromPath } from "../common/join-url.js";
import { takeKeyFromUrl } from "../moderate/moderator-key.js";
import { ReportPage } from "./report-page.js";
import { startReport } from "./report-store.js";
import "./report.css";

const code = codeFromPath();
void startReport(code, takeKeyFromUrl(code));
render(<ReportPage />, document.getElementById("app") as HTMLElement);
