// The projector screen at /present/:code: the presented poll's results, and how to join.
import { render } from "preact";
import { codeFromPath } from "../common/join-url.js";
import { startScreen } from "../common/screen-store.js";
import { PresentPage } from "./present-page.js";
import "./present.css";

const store = startScreen(codeFromPath(), new URLSearchParams(location.search));
render(<PresentPage store={store} />, document.getElementById("app") as HTMLElement);
