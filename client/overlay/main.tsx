// The stream overlay at /overlay/:code, for an OBS browser source: a compact card of the
// presented poll's results that fades in and out on a transparent (or chroma) background.
import { render } from "preact";
import { codeFromPath } from "../common/join-url.js";
import { startScreen } from "../common/screen-store.js";
import { overlayOptions } from "./overlay-options.js";
import { OverlayPage } from "./overlay-page.js";
import "./overlay.css";

const query = new URLSearchParams(location.search);
const options = overlayOptions(query);
const root = document.documentElement;
root.style.setProperty("--scale", String(options.scale));
if (options.chroma) root.classList.add("chroma");
const store = startScreen(codeFromPath(), query);
render(<OverlayPage store={store} options={options} />, document.getElementById("app") as HTMLElement);
