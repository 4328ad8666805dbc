// The overlay card: question, compact bars (or the average rating), respondents, and how to join;
// or the highlighted audience question as a lower third (qa-card.tsx).
import { useEffect, useRef } from "preact/hooks";
import { formatDecimal, formatNumber, formatPercent, screenPoll } from "../../shared/format.js";
import type { Poll } from "../../shared/poll.js";
import type { Question } from "../../shared/question.js";
import type { Results } from "../../shared/results.js";
import type { EventState } from "../common/event-state.js";
import { useFittedType } from "../common/fitted-type.js";
import { type Locale, type Strings, setDocumentLanguage } from "../common/i18n.js";
import { joinUrl, withoutScheme } from "../common/join-url.js";
import { QrCode } from "../common/qr-code.js";
import { averageOf, choiceRows, type ResultRow } from "../common/result-rows.js";
import { highlightedQuestion } from "../common/screen-questions.js";
import type { ScreenState } from "../common/screen-store.js";
import { Stars } from "../common/stars.js";
import { type Store, useStore } from "../common/store.js";
import { useTweened } from "../common/tween.js";
import { WordResults } from "../common/word-results.js";
import { MIN_SCALE, type OverlayOptions } from "./overlay-options.js";
import { QaCard } from "./qa-card.js";

/** What the card shows: a poll, or an audience question. */
type Shown = { poll: Poll; question?: undefined } | { poll?: undefined; question: Question };

function shownPoll(live: EventState | null, options: OverlayOptions): Poll | undefined {
  if (!live) return undefined;
  // Following the projector: on its join screen the overlay shows nothing, the picture stays clear.
  if (options.pollId === null) return screenPoll(live.event.screen, live.polls);
  const poll = live.polls.find((candidate) => candidate.id === options.pollId);
  return poll && poll.state !== "draft" ? poll : undefined;
}

/** ?show=qa, or the projector showing the questions: the highlighted one, else nothing. */
function shownContent(
  live: EventState | null,
  questions: readonly Question[],
  options: OverlayOptions,
): Shown | undefined {
  if (!live) return undefined;
  if (options.showQa || (options.pollId === null && live.event.screen.show === "qa")) {
    const question = highlightedQuestion(questions);
    return question && { question };
  }
  const poll = shownPoll(live, options);
  return poll && { poll };
}

export function OverlayPage({ store, options }: { store: Store<ScreenState>; options: OverlayOptions }) {
  const { strings, live, questions, code } = useStore(store);
  useEffect(() => {
    if (strings) setDocumentLanguage(strings.locale, strings.screen.title(live?.event.title ?? code));
  }, [strings, live?.event.title]);
  const shown = shownContent(live, questions, options);
  // While fading out, the card keeps showing what it showed last.
  const last = useRef<Shown | undefined>(undefined);
  if (shown) last.current = shown;
  const content = shown ?? last.current;
  const visible = shown !== undefined && strings !== null;
  const classes = `overlay ${options.position} ${options.theme}${visible ? " in" : ""}`;
  // A card too tall for the picture is set smaller, never below the smallest scale: the rest is cut
  // from the bottom, the question first in the card stays whole.
  const fitted = useFittedType<HTMLElement>(
    content?.poll && strings
      ? cardKey(content.poll, live?.results[content.poll.id], strings.locale)
      : content?.question && strings
        ? JSON.stringify([strings.locale, content.question.id, content.question.text, content.question.name])
        : "",
    {
      min: MIN_SCALE / options.scale,
      max: 1,
    },
  );
  return (
    <main class={classes}>
      <h1 class="sr-only">{live ? <bdi>{live.event.title}</bdi> : code}</h1>
      {strings && content && (
        <section
          class={content.question ? "card qa-card" : "card"}
          aria-labelledby="question"
          aria-hidden={visible ? undefined : "true"}
          ref={fitted}
        >
          {content.question ? (
            // Keyed: the next highlighted question comes in anew rather than changing words in place.
            <QaCard key={content.question.id} question={content.question} strings={strings} />
          ) : (
            <Card
              poll={content.poll}
              results={live?.results[content.poll.id]}
              strings={strings}
              locale={strings.locale}
            />
          )}
          {options.showCode && (
            <JoinLine
              code={live?.event.code ?? code}
              strings={strings}
              showQr={options.showQr}
              asking={content.question !== undefined}
            />
          )}
        </section>
      )}
    </main>
  );
}

/** What the card's size depends on: when none of it changes, the fitted size stays. */
const cardKey = (poll: Poll, results: Results | undefined, locale: Locale) =>
  JSON.stringify([
    locale,
    poll.id,
    poll.state,
    poll.question,
    poll.resultsVisibility === "hidden" || results === undefined,
    poll.type === "choice" ? poll.options : poll.type === "rating" ? poll.scale : poll.maxAnswers,
  ]);

type CardProps = { poll: Poll; results: Results | undefined; strings: Strings; locale: Locale };

function Card({ poll, results, strings, locale }: CardProps) {
  const hidden = poll.resultsVisibility === "hidden" || results === undefined;
  const respondents = results?.respondents ?? 0;
  return (
    <>
      <header class="head">
        <h2 id="question" class="question" dir="auto">
          {poll.question}
        </h2>
        <p class="meta">
          <span class={`state ${poll.state}`}>{poll.state === "open" ? strings.votingOpen : strings.votingClosed}</span>
          {!hidden && <span class="n"> · {strings.respondents(respondents)}</span>}
        </p>
      </header>
      {hidden ? (
        <p class="note">{strings.screen.resultsHidden}</p>
      ) : poll.type === "choice" ? (
        <ol class="rows">
          {choiceRows(poll, results).map((row, index) => (
            <Row key={row.id} row={row} index={index} locale={locale} />
          ))}
        </ol>
      ) : poll.type === "text" ? (
        results?.type === "text" && (
          <WordResults results={results} strings={strings} locale={locale} label={poll.question} smallestFont={16} />
        )
      ) : (
        <Average
          average={averageOf(results)}
          scale={poll.scale}
          respondents={respondents}
          strings={strings}
          locale={locale}
        />
      )}
    </>
  );
}

function Row({ row, index, locale }: { row: ResultRow; index: number; locale: Locale }) {
  const percent = useTweened(row.percent);
  return (
    <li class="row">
      <span class="label">
        <bdi>{row.label}</bdi>
      </span>
      <span class="percent">
        <bdi>{formatPercent(percent, locale)}</bdi> <span class="count">({formatNumber(row.count, locale)})</span>
      </span>
      <span class="track" aria-hidden="true">
        <span class={`bar-fill c${index % 7}`} style={{ width: `${row.percent}%` }} />
      </span>
    </li>
  );
}

type AverageProps = { average: number; scale: number; respondents: number; strings: Strings; locale: Locale };

function Average({ average, scale, respondents, strings, locale }: AverageProps) {
  const shown = useTweened(average);
  return (
    <p class="average">
      <span class="sr-only">{strings.averageRating}: </span>
      <bdi dir="ltr">
        <span class="average-value">{respondents > 0 ? formatDecimal(shown, locale) : "–"}</span>
        <span class="average-scale"> / {scale}</span>
      </bdi>{" "}
      <Stars value={respondents > 0 ? shown : 0} scale={scale} />
    </p>
  );
}

function JoinLine({
  code,
  strings,
  showQr,
  asking,
}: {
  code: string;
  strings: Strings;
  showQr: boolean;
  asking: boolean;
}) {
  const url = joinUrl(code);
  return (
    <footer class="join-line">
      {showQr && <QrCode text={url} label={strings.screen.qrLabel(withoutScheme(url))} class="qr" />}
      <p>
        {asking ? strings.screen.qa.joinHeading : strings.screen.joinHeading}:{" "}
        <strong>
          <bdi dir="ltr">{withoutScheme(url)}</bdi>
        </strong>{" "}
        · {strings.screen.code}{" "}
        <strong>
          <bdi dir="ltr">{code}</bdi>
        </strong>
      </p>
    </footer>
  );
}
