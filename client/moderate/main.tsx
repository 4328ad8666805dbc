// The moderator console at /moderate/:code#key=…: polls, live counts, links, export.
import { render } from "preact";
import { codeFromPath } from "../common/join-url.js";
import { ConsolePage } from "./console-page.js";
import { startConsole } from "./console-store.js";
import { takeKeyFromUrl } from "./moderator-key.js";
import "./console.css";

const code = codeFromPath();
startConsole(code, takeKeyFromUrl(code));
render(<ConsolePage />, document.getElementById("app") as HTMLElement);
