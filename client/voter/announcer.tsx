// The voter page's one live region, there from the first render so that screen readers follow
// its changes: voting opened or closed, the vote counted, the connection lost or back (newsOf).
import { useRef } from "preact/hooks";
import { useStore } from "../common/store.js";
import { voterStore } from "./voter-store.js";
import { newsOf } from "./voter-texts.js";

export function Announcer() {
  const state = useStore(voterStore);
  const heard = useRef({ state, text: "", count: 0 }).current;
  const news = newsOf(heard.state, state);
  heard.state = state;
  if (news) {
    heard.text = news;
    heard.count += 1;
  }
  // The same news twice in a row (a vote, then a changed vote) is read again only if the text
  // changes: a no-break space comes and goes.
  return (
    <p class="sr-only" aria-live="polite">
      {heard.text}
      {heard.count % 2 ? "\u00a0" : ""}
    </p>
  );
}
