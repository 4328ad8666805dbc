// The console's say over the projector and the overlay: what they show now, the join screen and
// (while Q&A is on) the questions one tap away, and each poll's "show on the screen" button. The
// choice is the event's (PATCH).
import type { Screen } from "../../shared/event.js";
import { screenPoll } from "../../shared/format.js";
import type { Poll } from "../../shared/poll.js";
import type { EventState } from "../common/event-state.js";
import type { Strings } from "../common/i18n.js";
import { sentenceWith } from "../common/user-text.js";
import { updateEvent } from "./console-store.js";

const show = (screen: Screen) => void updateEvent({ screen });

/**
 * What the screens show now. Once voting has ended on the poll shown, the join screen is offered
 * first (a primary button), but nothing changes by itself: the results stay until the moderator chooses.
 */
export function ScreenChoice({ live, strings }: { live: EventState; strings: Strings }) {
  const t = strings.console.screenChoice;
  const poll = screenPoll(live.event.screen, live.polls);
  const showsQa = live.event.screen.show === "qa";
  const ended = poll?.state === "closed";
  return (
    <section class={`card screen-choice${ended ? " ended" : ""}`} aria-labelledby="screen-choice-heading">
      <h2 id="screen-choice-heading">{t.heading}</h2>
      <div class="screen-now" role="status">
        <p>{poll ? sentenceWith((mark) => t.showsPoll(mark(poll.question))) : showsQa ? t.showsQa : t.showsJoin}</p>
        {ended && <p class="hint">{t.closedHint}</p>}
      </div>
      <button
        type="button"
        class={ended ? "primary" : "secondary"}
        aria-pressed={poll === undefined && !showsQa}
        onClick={() => show({ show: "join" })}
      >
        {t.showJoin}
      </button>
      {/* The server takes the questions only while Q&A is on (QA_DISABLED): no button that must fail. */}
      {live.event.qa.enabled && (
        <button
          type="button"
          class={showsQa ? "primary" : "secondary"}
          aria-pressed={showsQa}
          onClick={() => show({ show: "qa" })}
        >
          {t.showQa}
        </button>
      )}
    </section>
  );
}

/** A poll card's button: drafts cannot be shown, so they get none. */
export function ShowOnScreenButton({ poll, shown, strings }: { poll: Poll; shown: boolean; strings: Strings }) {
  if (poll.state === "draft") return null;
  return (
    <button
      type="button"
      class={shown ? "primary" : "secondary"}
      aria-pressed={shown}
      onClick={() => show({ show: "poll", pollId: poll.id })}
    >
      {strings.console.screenChoice.showPoll}
    </button>
  );
}
