// The report as one printable document: a toolbar for the screen (hidden in print), the event's
// title, date and code, then each poll with its summary sentence, figures and bars, then the
// audience's questions when the event had any.
import { useEffect } from "preact/hooks";
import type { EventExport } from "../../shared/export.js";
import { formatDecimal } from "../../shared/format.js";
import type { Poll } from "../../shared/poll.js";
import type { Question } from "../../shared/question.js";
import type { Results } from "../../shared/results.js";
import { type Locale, type Strings, setDocumentLanguage } from "../common/i18n.js";
import { LanguagePicker } from "../common/language-picker.js";
import { ResultBars } from "../common/result-bars.js";
import { averageOf, choiceRows, ratingRows, respondentsOf, wordRows } from "../common/result-rows.js";
import { Stars } from "../common/stars.js";
import { useStore } from "../common/store.js";
import { sentenceWith } from "../common/user-text.js";
import {
  eventDay,
  formatAskedAt,
  formatDay,
  formatMoment,
  reportedPolls,
  reportedQuestions,
} from "./report-contents.js";
import { pickReportLanguage, type ReportState, reportStore } from "./report-store.js";
import { pollSummary } from "./report-summary.js";

export function ReportPage() {
  const state = useStore(reportStore);
  const { strings, locale, report, code } = state;
  useEffect(() => {
    if (strings) setDocumentLanguage(strings.locale, strings.report.title(report?.event.title ?? code));
  }, [strings, report?.event.title]);
  if (!strings) return null;
  const t = strings.report;
  return (
    <>
      <nav class="toolbar" aria-label={t.toolbar}>
        <a class="button secondary" href={`/moderate/${encodeURIComponent(code)}`}>
          <span class="back-arrow" aria-hidden="true">
            ←
          </span>{" "}
          {t.backToConsole}
        </a>
        <LanguagePicker locale={locale} strings={strings} onPick={pickReportLanguage} />
        {report && (
          <button type="button" class="primary" onClick={() => window.print()}>
            {t.print}
          </button>
        )}
      </nav>
      <main class="sheet">
        {report ? <Report report={report} strings={strings} locale={strings.locale} /> : <Status state={state} />}
      </main>
    </>
  );
}

function Status({ state }: { state: ReportState }) {
  const { strings, status, code } = state;
  if (!strings) return null;
  const t = strings.report;
  const message =
    status === "noKey"
      ? t.keyNeeded
      : status === "wrongKey"
        ? t.keyWrong
        : status === "notFound"
          ? sentenceWith((mark) => strings.noSuchEvent(mark(code)), "ltr")
          : status === "failed"
            ? t.failed
            : t.loading;
  return (
    <>
      <h1>{t.brand}</h1>
      <p class={status === "loading" ? "status" : "status problem"} role={status === "loading" ? "status" : "alert"}>
        {message}
      </p>
    </>
  );
}

function Report({ report, strings, locale }: { report: EventExport; strings: Strings; locale: Locale }) {
  const t = strings.report;
  const polls = reportedPolls(report.polls);
  const day = eventDay(report.event.createdAt, polls);
  return (
    <>
      <header class="report-head">
        <p class="brand">{t.brand}</p>
        <h1>
          <bdi>{report.event.title}</bdi>
        </h1>
        <dl class="facts">
          <div>
            <dt>{t.date}</dt>
            <dd>{formatDay(day, locale)}</dd>
          </div>
          <div>
            <dt>{t.code}</dt>
            <dd>
              <bdi dir="ltr">{report.event.code}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t.asOf}</dt>
            <dd>{formatMoment(report.exportedAt, locale)}</dd>
          </div>
        </dl>
      </header>
      {polls.length === 0 ? (
        <p class="status">{t.noPolls}</p>
      ) : (
        polls.map(({ poll, results }, index) => (
          <PollReport
            key={poll.id}
            number={index + 1}
            poll={poll}
            results={results}
            strings={strings}
            locale={locale}
          />
        ))
      )}
      {/* An event that never took questions has no section, not an empty one. */}
      {report.questions.length > 0 && (
        <QaReport questions={reportedQuestions(report.questions)} day={day} strings={strings} locale={locale} />
      )}
    </>
  );
}

type QaProps = { questions: readonly Question[]; day: string; strings: Strings; locale: Locale };

function QaReport({ questions, day, strings, locale }: QaProps) {
  const t = strings.report.qa;
  return (
    <section class="qa-report" aria-labelledby="qa-report-heading">
      <h2 id="qa-report-heading">{t.heading}</h2>
      <p class="note">{t.note}</p>
      <ol class="qa-report-list">
        {questions.map((question) => (
          <li key={question.id} class={`qa-report-item ${question.state}`}>
            <p class="qa-report-meta">
              <span class="qa-state">{t.states[question.state]}</span> ·{" "}
              <strong class="qa-votes">{strings.votes(question.upvotes)}</strong> ·{" "}
              <time dateTime={question.createdAt}>{formatAskedAt(question.createdAt, day, locale)}</time>
              {question.name && <> · {sentenceWith((mark) => t.askedBy(mark(question.name ?? "")))}</>}
            </p>
            <p class="qa-report-text">
              <bdi>{question.text}</bdi>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

type PollProps = { number: number; poll: Poll; results: Results; strings: Strings; locale: Locale };

function PollReport({ number, poll, results, strings, locale }: PollProps) {
  const t = strings.report;
  const headingId = `poll-${poll.id}`;
  const respondents = respondentsOf(results);
  const kind =
    poll.type === "choice"
      ? strings.console.choiceSummary(poll.minSelections, poll.maxSelections, poll.options.length)
      : poll.type === "rating"
        ? strings.console.ratingSummary(poll.scale)
        : strings.words.summary(poll.maxAnswers, poll.maxLength);
  return (
    <section class="poll" aria-labelledby={headingId}>
      <p class="poll-meta">
        <span class="poll-number">{t.pollLabel(number)}</span> · {kind} ·{" "}
        <strong class="respondents">{strings.respondents(respondents)}</strong>
      </p>
      <h2 id={headingId}>
        <bdi>{poll.question}</bdi>
      </h2>
      {poll.state === "open" && <p class="still-open">{t.stillOpen}</p>}
      <p class="summary">{sentenceWith((mark) => pollSummary(strings, poll, results, mark))}</p>
      {poll.type === "rating" && respondents > 0 && (
        <p class="average">
          {strings.averageRating}:{" "}
          <strong class="average-value">
            {strings.ratingOutOf(formatDecimal(averageOf(results), locale), poll.scale)}
          </strong>{" "}
          <Stars value={averageOf(results)} scale={poll.scale} />
        </p>
      )}
      {poll.type === "text" ? (
        <ResultBars rows={wordRows(results)} locale={locale} strings={strings} />
      ) : (
        <ResultBars
          rows={poll.type === "choice" ? choiceRows(poll, results) : ratingRows(poll, results, strings)}
          locale={locale}
          strings={strings}
        />
      )}
      <p class="note">
        {poll.type === "choice"
          ? t.percentNote(poll.maxSelections)
          : poll.type === "rating"
            ? t.ratingNote
            : t.percentNote(poll.maxAnswers)}
      </p>
    </section>
  );
}
