// The event page on a phone: the open question to vote on, the confirmation and results
// after voting, the closed question's outcome, or a friendly "waiting" when nothing is open;
// when the event takes questions, a switch to the audience's questions (loaded then: qa/).
import { useEffect, useState } from "preact/hooks";
import { presentedPoll } from "../../shared/format.js";
import type { Poll } from "../../shared/poll.js";
import { translationOf } from "../../shared/poll-text.js";
import type { EventState } from "../common/event-state.js";
import { setDocumentLanguage, type VoterStrings } from "../common/i18n.js";
import { LanguagePicker } from "../common/language-picker.js";
import { useRescuedFocus } from "../common/rescued-focus.js";
import { useStore } from "../common/store.js";
import { sentenceWith } from "../common/user-text.js";
import { ChoiceForm } from "./choice-form.js";
import { AccessCodeForm, OriginalToggle, Questions, TextPollSlot } from "./lazy-view.js";
import { RatingForm } from "./rating-form.js";
import { useShownPoll } from "./shown-poll.js";
import { MyVote, VoterResults } from "./voter-results.js";
import { pickLanguage, type VoterState, voterStore } from "./voter-store.js";

export function EventPage({ strings }: { strings: VoterStrings }) {
  const state = useStore(voterStore);
  const { locale, live, status, code } = state;
  useEffect(() => {
    setDocumentLanguage(strings.locale, live ? strings.voter.title(live.event.title) : strings.home.title);
  }, [strings, live?.event.title]);
  const offline = status === "reconnecting";
  const poll = useShownPoll(live ? presentedPoll(live.polls) : undefined, strings.locale);
  return (
    <>
      <header class="top">
        <span class="brand">{live ? <bdi>{live.event.title}</bdi> : "Handzeichen"}</span>
        <LanguagePicker locale={locale} strings={strings} onPick={pickLanguage} />
      </header>
      <main class="page">
        {/* Fixed at the bottom of the screen, where the thumb is (connection-banner.css); the announcer says it aloud. */}
        {offline && <p class="reconnecting">{strings.reconnecting}</p>}
        {status === "gone" ? (
          <Gone strings={strings} code={code} everConnected={live !== null} />
        ) : live === null ? (
          <p class="connecting">{strings.connecting}</p>
        ) : (
          <Current state={state} strings={strings} poll={poll} event={live.event} />
        )}
      </main>
    </>
  );
}

function Gone({ strings, code, everConnected }: { strings: VoterStrings; code: string; everConnected: boolean }) {
  return (
    <section class="card">
      <h1>{everConnected ? strings.eventGone : sentenceWith((mark) => strings.noSuchEvent(mark(code)), "ltr")}</h1>
      <a class="button primary" href="/">
        {strings.voter.otherCode}
      </a>
    </section>
  );
}

/** The friendly "nothing to do yet"; below a closed question it is only a second heading. */
function Waiting({ strings, below = false }: { strings: VoterStrings; below?: boolean }) {
  const heading = useRescuedFocus<HTMLHeadingElement>();
  const Heading = below ? "h2" : "h1";
  return (
    <section class="card waiting" aria-labelledby="waiting">
      <div class="waiting-dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <Heading id="waiting" tabIndex={-1} ref={below ? undefined : heading}>
        {strings.voter.waitingHeading}
      </Heading>
      <p>{strings.voter.waitingText}</p>
    </section>
  );
}

type Props = { state: VoterState; strings: VoterStrings; poll: Poll | undefined };

function Current({ state, strings, poll, event }: Props & { event: EventState["event"] }) {
  // The code first, checked at once: nobody types a vote only to hear the code is wrong.
  if (event.accessCodeRequired && state.access !== "granted") {
    return <AccessCodeForm strings={strings} state={state} />;
  }
  return event.qa.enabled ? (
    <PollOrQuestions state={state} strings={strings} poll={poll} />
  ) : (
    <PollView state={state} strings={strings} poll={poll} />
  );
}

/**
 * The voter's pick between the poll and the questions holds until a poll opens or closes, which
 * brings back the default: the poll while one is open, else the questions.
 */
function PollOrQuestions({ state, strings, poll }: Props) {
  const openPoll = poll && poll.state === "open" ? poll.id : 0;
  const [picked, pick] = useState({ openPoll: -1, questions: false });
  const questions = picked.openPoll === openPoll ? picked.questions : !openPoll;
  useEffect(Questions.preload, []);
  const button = (forQuestions: boolean, label: string) => (
    <button
      type="button"
      class="secondary"
      aria-pressed={questions === forQuestions}
      onClick={() => pick({ openPoll, questions: forQuestions })}
    >
      {label}
    </button>
  );
  return (
    <>
      <div class="views">
        {button(false, strings.voter.views.poll)}
        {button(true, strings.voter.views.questions)}
      </div>
      {questions ? <Questions strings={strings} /> : <PollView state={state} strings={strings} poll={poll} />}
    </>
  );
}

function PollView({ state, strings, poll }: Props) {
  if (!poll) return <Waiting strings={strings} />;
  const myVote = state.live?.myVotes[poll.id];
  const voting = poll.state === "open" && (myVote === undefined || state.changingPollId === poll.id);
  return (
    <>
      {translationOf(poll, strings.locale) && <OriginalToggle strings={strings} />}
      {!voting ? (
        <Outcome state={state} strings={strings} poll={poll} />
      ) : poll.type === "choice" ? (
        <ChoiceForm poll={poll} state={state} strings={strings} />
      ) : poll.type === "rating" ? (
        <RatingForm poll={poll} state={state} strings={strings} />
      ) : (
        <TextPollSlot poll={poll} state={state} strings={strings} view="form" />
      )}
    </>
  );
}

/** After voting, or once voting closed: the voter's answer and, where allowed, the results. */
function Outcome({ state, strings, poll }: { state: VoterState; strings: VoterStrings; poll: Poll }) {
  const heading = useRescuedFocus<HTMLHeadingElement>();
  const myVote = state.live?.myVotes[poll.id];
  return (
    <>
      <section class="card" aria-labelledby="question">
        {poll.state === "open" ? (
          <p class="thanks">
            <span aria-hidden="true">✓ </span>
            {strings.voter.thanks}
          </p>
        ) : (
          <p class="badge closed">{strings.votingClosed}</p>
        )}
        <h1 id="question" class="question" dir="auto" tabIndex={-1} ref={heading}>
          {poll.question}
        </h1>
        <MyVote poll={poll} vote={myVote} strings={strings} />
        <VoterResults poll={poll} state={state} strings={strings} />
      </section>
      {poll.state === "closed" && <Waiting strings={strings} below />}
    </>
  );
}
