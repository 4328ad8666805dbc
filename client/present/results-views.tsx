// The results on the projector: bars with whole percents and counts in a colour-blind-safe
// palette, and for ratings the big average with stars and the distribution.
import { formatDecimal, formatPercent } from "../../shared/format.js";
import type { ChoicePoll, Poll, RatingPoll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import type { Locale, Strings } from "../common/i18n.js";
import { averageOf, choiceRows, type ResultRow, ratingRows } from "../common/result-rows.js";
import { Stars } from "../common/stars.js";
import { useTweened } from "../common/tween.js";

/** A second language under the poll's text (`?also=`): its question, and its labels by option index. */
export type AlsoLine = { locale: Locale; dir: "ltr" | "rtl"; question: string; labels: readonly string[] };

/** One label's second line, in its own language and direction (an Arabic line under a German one). */
function AlsoLabel({ also, index }: { also: AlsoLine | null | undefined; index: number }) {
  const label = also?.labels[index];
  if (!also || !label) return null;
  return (
    <span class="also" lang={also.locale} dir={also.dir}>
      {label}
    </span>
  );
}

type RowProps = { row: ResultRow; index: number; strings: Strings; locale: Locale; also?: AlsoLine | null };

function Row({ row, index, strings, locale, also }: RowProps) {
  const percent = useTweened(row.percent);
  const count = Math.round(useTweened(row.count));
  return (
    <li class="row">
      <span class="row-label">
        <bdi>{row.label}</bdi>
        <AlsoLabel also={also} index={index} />
      </span>
      <span class="row-figures">
        <span class="row-count">{strings.votes(count)}</span>
        <span class="row-percent">
          <bdi>{formatPercent(percent, locale)}</bdi>
        </span>
      </span>
      <span class="row-track" aria-hidden="true">
        <span class={`bar-fill c${index % 7}`} style={{ width: `${row.percent}%` }} />
      </span>
    </li>
  );
}

type Props<P> = { poll: P; results: Results | undefined; strings: Strings; locale: Locale };

export function ChoiceResultsView({
  poll,
  results,
  strings,
  locale,
  also,
}: Props<ChoicePoll> & { also: AlsoLine | null }) {
  const rows = choiceRows(poll, results);
  return (
    <ol class="rows">
      {rows.map((row, index) => (
        <Row key={row.id} row={row} index={index} strings={strings} locale={locale} also={also} />
      ))}
    </ol>
  );
}

export function RatingResultsView({ poll, results, strings, locale }: Props<RatingPoll>) {
  const average = useTweened(averageOf(results));
  const respondents = results?.respondents ?? 0;
  const rows = ratingRows(poll, results, strings);
  return (
    <div class="rating">
      <div class="rating-average">
        <p class="average">
          <span class="sr-only">{strings.averageRating}: </span>
          <bdi dir="ltr">
            <span class="average-value">{respondents > 0 ? formatDecimal(average, locale) : "–"}</span>
            <span class="average-scale"> / {poll.scale}</span>
          </bdi>
        </p>
        <Stars value={respondents > 0 ? average : 0} scale={poll.scale} />
      </div>
      <ol class="rows distribution">
        {rows.map((row) => (
          <Row key={row.id} row={row} index={poll.scale - row.id} strings={strings} locale={locale} />
        ))}
      </ol>
    </div>
  );
}

/** Visibility "hidden": the question and its options, but no numbers anywhere. */
export function HiddenOptions({ poll, strings, also }: { poll: Poll; strings: Strings; also: AlsoLine | null }) {
  return (
    <div class="hidden-results">
      {poll.type === "choice" && (
        <ul class="plain-options">
          {poll.options.map((option, index) => (
            <li key={option.id}>
              <bdi>{option.label}</bdi>
              <AlsoLabel also={also} index={index} />
            </li>
          ))}
        </ul>
      )}
      <p class="note">{strings.screen.resultsHidden}</p>
    </div>
  );
}
