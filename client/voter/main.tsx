// The voter page: the home page at / (enter a code; organisers go on to /new) and the event page
// at /e/:code. One small bundle for both, because most people arrive by QR code at /e/:code.
import { type FunctionComponent, render } from "preact";
import { normalizeEventCode } from "../../shared/event-code.js";
import type { VoterStrings } from "../common/i18n.js";
import { useStore } from "../common/store.js";
import { Announcer } from "./announcer.js";
import { EventPage } from "./event-page.js";
import { HomePage } from "./home-page.js";
import { fallBackLanguage, joinEvent, voterStore } from "./voter-store.js";
import "./voter.css";
import "./connection-banner.css";

/** Until the page's language has loaded, the page shows what its HTML showed: no words to change. */
function VoterPage({ Page }: { Page: FunctionComponent<{ strings: VoterStrings }> }) {
  const { strings } = useStore(voterStore);
  return strings ? <Page strings={strings} /> : <p class="connecting">Handzeichen …</p>;
}

const root = document.getElementById("app") as HTMLElement;
const eventPath = /^\/e\/([^/]+)\/?$/.exec(location.pathname);
root.textContent = "";
if (eventPath?.[1]) {
  joinEvent(normalizeEventCode(decodeURIComponent(eventPath[1])));
  // The live region comes first, before the texts, so screen readers watch it from the start.
  render(
    <>
      <Announcer />
      <VoterPage Page={EventPage} />
    </>,
    root,
  );
} else {
  fallBackLanguage();
  render(<VoterPage Page={HomePage} />, root);
}
