// The projector: the poll or the audience's questions the moderator put on the screen, how to join
// on the side; or the join screen alone, large. 16:9 first, and fitted to any other shape of screen.
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { screenPoll } from "../../shared/format.js";
import type { Poll } from "../../shared/poll.js";
import { translationOf } from "../../shared/poll-text.js";
import type { Results } from "../../shared/results.js";
import { useFittedType } from "../common/fitted-type.js";
import { type Locale, type Strings, setDocumentLanguage, textDirection } from "../common/i18n.js";
import { JoinPanel } from "../common/join-panel.js";
import type { ScreenState } from "../common/screen-store.js";
import { type Store, useStore } from "../common/store.js";
import { sentenceWith } from "../common/user-text.js";
import { WordResults } from "../common/word-results.js";
import { Announcer } from "./announcer.js";
import { QaView } from "./qa-view.js";
import { type AlsoLine, ChoiceResultsView, HiddenOptions, RatingResultsView } from "./results-views.js";

/** `also`: the second language whose translation, where the poll has one, goes under its text. */
export function PresentPage({ store, also = null }: { store: Store<ScreenState>; also?: Locale | null }) {
  const { strings, live, questions, status, code } = useStore(store);
  useEffect(() => {
    if (strings) setDocumentLanguage(strings.locale, strings.screen.title(live?.event.title ?? code));
  }, [strings, live?.event.title]);
  if (!strings) return null;
  const poll = live ? screenPoll(live.event.screen, live.polls) : undefined;
  const showsQa = live?.event.screen.show === "qa";
  const stale = status === "reconnecting";
  if (live && !poll && !showsQa && status !== "gone") {
    return (
      <div class={stale ? "screen joining stale" : "screen joining"}>
        <JoinScreen title={live.event.title} code={live.event.code} strings={strings} />
        <Announcer poll={undefined} results={undefined} strings={strings} locale={strings.locale} />
        {stale && (
          <p class="reconnecting" role="status">
            {strings.reconnecting}
          </p>
        )}
      </div>
    );
  }
  return (
    <div class={stale ? "screen stale" : "screen"}>
      <main class="stage">
        {status === "gone" ? (
          <Message
            heading={live ? strings.eventGone : sentenceWith((mark) => strings.noSuchEvent(mark(code)), "ltr")}
          />
        ) : !live ? (
          <Message heading={strings.connecting} />
        ) : showsQa ? (
          <QaView questions={questions} strings={strings} />
        ) : (
          poll && (
            <PresentedPoll
              poll={poll}
              results={live.results[poll.id]}
              strings={strings}
              locale={strings.locale}
              also={also}
            />
          )
        )}
        {/* The Q&A view speaks for itself: the highlighted question when it changes. */}
        {!(showsQa && status !== "gone") && (
          <Announcer
            poll={poll}
            results={poll ? live?.results[poll.id] : undefined}
            strings={strings}
            locale={strings.locale}
          />
        )}
      </main>
      {status !== "gone" && (
        <aside class="side">
          {live && (
            <p class="event-title">
              <bdi>{live.event.title}</bdi>
            </p>
          )}
          <JoinPanel code={live?.event.code ?? code} strings={strings} asking={showsQa} />
        </aside>
      )}
      {stale && (
        <p class="reconnecting" role="status">
          {strings.reconnecting}
        </p>
      )}
    </div>
  );
}

/** The join screen: the event's title, and how to join as large as the screen allows. */
function JoinScreen({ title, code, strings }: { title: string; code: string; strings: Strings }) {
  return (
    <main class="join-screen">
      <h1 class="join-screen-title">
        <bdi>{title}</bdi>
      </h1>
      <JoinPanel code={code} strings={strings} />
      <p class="join-screen-note">{strings.screen.waitingText}</p>
    </main>
  );
}

function Message({ heading, text }: { heading: ComponentChildren; text?: string }) {
  return (
    <div class="message">
      <h1>{heading}</h1>
      {text && <p>{text}</p>}
    </div>
  );
}

/** Long questions get a smaller font than short ones, before the whole poll is fitted to the screen. */
const questionSize = (question: string) =>
  question.length <= 60 ? "short" : question.length <= 130 ? "medium" : question.length <= 260 ? "long" : "very-long";

/**
 * The poll's type is fitted to the stage (common/fitted-type.ts): up to a little larger than
 * designed for 16:9 (a 4:3 beamer has height to spare), down to what twelve 200-character answers
 * under a 500-character question need. More than eight answers may also go in two columns.
 */
const FIT = { min: 0.3, max: 1.3 };
const FEW_ROWS: readonly string[] = [""];
const MANY_ROWS: readonly string[] = ["", "columns"];
const MAX_ROWS_IN_ONE_COLUMN = 8;

/** What the poll's size depends on: when none of it changes, the fitted size stays. */
const layoutKey = (poll: Poll, hidden: boolean, also: AlsoLine | null) =>
  JSON.stringify([
    poll.id,
    poll.state,
    hidden,
    poll.question,
    poll.type === "choice" ? poll.options : poll.type === "rating" ? poll.scale : poll.maxAnswers,
    also,
  ]);

type PollProps = { poll: Poll; results: Results | undefined; strings: Strings; locale: Locale; also: Locale | null };

/** The translation into `locale` as second lines, or null where the poll has none. */
function alsoLine(poll: Poll, locale: Locale | null): AlsoLine | null {
  const translation = locale ? translationOf(poll, locale) : undefined;
  if (!locale || !translation) return null;
  return { locale, dir: textDirection(locale), question: translation.question, labels: translation.options ?? [] };
}

function PresentedPoll({ poll, results, strings, locale, also }: PollProps) {
  const second = alsoLine(poll, also);
  const hidden = poll.resultsVisibility === "hidden" || results === undefined;
  const respondents = results?.respondents ?? 0;
  const rows = poll.type === "choice" ? poll.options.length : 0;
  const fitted = useFittedType<HTMLElement>(layoutKey(poll, hidden, second), {
    ...FIT,
    layouts: rows > MAX_ROWS_IN_ONE_COLUMN ? MANY_ROWS : FEW_ROWS,
  });
  return (
    <article class="poll" aria-labelledby="question" ref={fitted}>
      <header class="poll-head">
        <span class={`badge ${poll.state}`}>
          {poll.state === "open" ? strings.screen.openBadge : strings.screen.closedBadge}
        </span>
        {!hidden && <span class="respondents">{strings.respondents(respondents)}</span>}
      </header>
      {/* dir="auto" isolates the question and aligns it by its own language; a <bdi> inside would
          hide the text from dir="auto" (HTML skips it), and an Arabic question would stand at the left. */}
      <h1 id="question" class={`question ${questionSize(poll.question)}`} dir="auto">
        {poll.question}
        {second && (
          <span class="also" lang={second.locale} dir={second.dir}>
            {second.question}
          </span>
        )}
      </h1>
      {hidden ? (
        <HiddenOptions poll={poll} strings={strings} also={second} />
      ) : poll.type === "choice" ? (
        <ChoiceResultsView poll={poll} results={results} strings={strings} locale={locale} also={second} />
      ) : poll.type === "text" ? (
        results?.type === "text" && (
          <WordResults results={results} strings={strings} locale={locale} label={poll.question} />
        )
      ) : (
        <RatingResultsView poll={poll} results={results} strings={strings} locale={locale} />
      )}
    </article>
  );
}
