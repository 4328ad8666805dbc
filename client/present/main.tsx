// The projector screen at /present/:code: the presented poll's results, and how to join;
// `?also=tr` adds the poll's Turkish translation under its text.
import { render } from "preact";
import { isLocale } from "../common/i18n.js";
import { codeFromPath } from "../common/join-url.js";
import { startScreen } from "../common/screen-store.js";
import { PresentPage } from "./present-page.js";
import "./present.css";

const query = new URLSearchParams(location.search);
const also = query.get("also");
const store = startScreen(codeFromPath(), query);
render(
  <PresentPage store={store} also={isLocale(also) ? also : null} />,
  document.getElementById("app") as HTMLElement,
);
