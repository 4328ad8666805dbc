// The projector's Q&A (the moderator's screen choice {show:"qa"}): the highlighted question large
// with its upvotes and asker, then the most upvoted open questions, as many as stay readable.
import { formatNumber } from "../../shared/format.js";
import type { Question } from "../../shared/question.js";
import { useFittedType } from "../common/fitted-type.js";
import type { Strings } from "../common/i18n.js";
import { highlightedQuestion, topQuestions } from "../common/screen-questions.js";
import { sentenceWith } from "../common/user-text.js";

/**
 * The list shows up to six questions; with long ones, fewer (a `data-layout` per count hides the
 * rest, present.css), so that its type stays at `enough` or above: 24 px on a 1024×768 beamer, as
 * a poll's answers. Only when even one question would be smaller does the type go down towards
 * the poll's minimum: a question is never cut.
 */
const MAX_LISTED = 6;
const COUNTS: readonly string[] = ["6", "5", "4", "3", "2", "1"];
const FIT = { min: 0.3, max: 1.3, enough: 0.9, layouts: COUNTS };

/** Long questions get a smaller font than short ones before the whole view is fitted (as polls). */
const textSize = (text: string) => (text.length <= 60 ? "short" : text.length <= 140 ? "medium" : "long");

/** What the view's size depends on: the questions shown and their words, not their counts. */
const layoutKey = (spotlight: Question | undefined, listed: readonly Question[]) =>
  JSON.stringify([spotlight?.id, spotlight?.text, spotlight?.name, listed.map((q) => [q.id, q.text, q.name])]);

export function QaView({ questions, strings }: { questions: readonly Question[]; strings: Strings }) {
  const t = strings.screen.qa;
  const spotlight = highlightedQuestion(questions);
  const listed = topQuestions(questions, MAX_LISTED);
  const fitted = useFittedType<HTMLElement>(layoutKey(spotlight, listed), FIT);
  const empty = !spotlight && listed.length === 0;
  return (
    <article class={empty ? "qa empty" : "qa"} aria-labelledby="qa-heading" ref={fitted}>
      <h1 id="qa-heading" class="qa-heading">
        {t.heading}
      </h1>
      {spotlight && (
        <section class="spotlight" aria-labelledby="spotlight-text">
          {/* dir="auto": the question aligns by its own language (see the poll's question). */}
          <h2 id="spotlight-text" class={`spotlight-text ${textSize(spotlight.text)}`} dir="auto">
            {spotlight.text}
          </h2>
          <p class="spotlight-meta">
            <Upvotes count={spotlight.upvotes} strings={strings} />
            {spotlight.name && (
              <span class="asker">{sentenceWith((mark) => t.askedBy(mark(spotlight.name ?? "")))}</span>
            )}
          </p>
        </section>
      )}
      {listed.length > 0 && (
        <section class="qa-list" aria-label={spotlight ? t.others : t.heading}>
          {spotlight && (
            <p class="qa-others" aria-hidden="true">
              {t.others}
            </p>
          )}
          <ol class="qa-rows">
            {listed.map((question) => (
              <li key={question.id} class="qa-row">
                <Upvotes count={question.upvotes} strings={strings} />
                <div class="qa-row-body">
                  <p class="qa-row-text" dir="auto">
                    {question.text}
                  </p>
                  {question.name && <p class="asker">{sentenceWith((mark) => t.askedBy(mark(question.name ?? "")))}</p>}
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
      {empty && <p class="qa-empty">{t.empty}</p>}
      <p class="sr-only" aria-live="polite">
        {spotlight ? t.announce(spotlight.text) : ""}
      </p>
    </article>
  );
}

/** The count large; screen readers hear it in words ("12 votes"). */
function Upvotes({ count, strings }: { count: number; strings: Strings }) {
  return (
    <span class="upvotes">
      <span aria-hidden="true">
        <span class="upvote-arrow">▲</span> {formatNumber(count, strings.locale)}
      </span>
      <span class="sr-only">{strings.votes(count)}</span>
    </span>
  );
}
