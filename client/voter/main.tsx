// The voter page: the home page at / (enter a code, or create an event) and the event page
// at /e/:code. One small bundle for both, because most people arrive by QR code at /e/:code.
import { render } from "preact";
import { EventPage } from "./event-page.js";
import { HomePage } from "./home-page.js";
import { joinEvent } from "./voter-store.js";
import "./voter.css";

const root = document.getElementById("app") as HTMLElement;
const eventPath = /^\/e\/([^/]+)\/?$/.exec(location.pathname);
root.textContent = "";
if (eventPath?.[1]) {
  joinEvent(decodeURIComponent(eventPath[1]).toLowerCase());
  render(<EventPage />, root);
} else {
  render(<HomePage />, root);
}
