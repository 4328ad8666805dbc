// The voter page: the home page at / (enter a code, or create an event) and the event page
// at /e/:code. One small bundle for both, because most people arrive by QR code at /e/:code.
import { type FunctionComponent, render } from "preact";
import type { VoterStrings } from "../common/i18n.js";
import { useStore } from "../common/store.js";
import { EventPage } from "./event-page.js";
import { HomePage } from "./home-page.js";
import { fallBackLanguage, joinEvent, voterStore } from "./voter-store.js";
import "./voter.css";

/** Until the page's language has loaded, the page shows what its HTML showed: no words to change. */
function VoterPage({ Page }: { Page: FunctionComponent<{ strings: VoterStrings }> }) {
  const { strings } = useStore(voterStore);
  return strings ? <Page strings={strings} /> : <p class="connecting">Handzeichen …</p>;
}

const root = document.getElementById("app") as HTMLElement;
const eventPath = /^\/e\/([^/]+)\/?$/.exec(location.pathname);
root.textContent = "";
if (eventPath?.[1]) {
  joinEvent(decodeURIComponent(eventPath[1]).toLowerCase());
  render(<VoterPage Page={EventPage} />, root);
} else {
  fallBackLanguage();
  render(<VoterPage Page={HomePage} />, root);
}
