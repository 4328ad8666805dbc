// An open-text poll's results on the projector and the overlay: the word cloud, or, with
// `?view=list` in the screen's address, the largest groups as a ranked list (a room whose
// screen is small, or a stream that wants plain rows). docs/api.md, "Open-text polls".
import { formatPercent } from "../../shared/format.js";
import type { TextResults } from "../../shared/results.js";
import type { Locale, Strings } from "./i18n.js";
import { type CloudEntry, WordCloud } from "./word-cloud.js";
import "./word-results.css";

/** Rows of the list view: what a screen can show large enough to read from the back of a room. */
const LIST_ROWS = 10;

/** The screen's choice of view, from its address: read once, the address does not change. */
const listView = typeof location !== "undefined" && new URLSearchParams(location.search).get("view") === "list";

type Props = { results: TextResults; strings: Strings; locale: Locale; label: string; smallestFont?: number };

export function WordResults({ results, strings, locale, label, smallestFont }: Props) {
  const w = strings.words;
  if (results.words.length === 0) return <p class="words-empty">{w.noAnswers}</p>;
  const describe = (entry: CloudEntry) =>
    `${entry.text}: ${w.people(entry.count)}, ${formatPercent(entry.percent, locale)}`;
  if (!listView) {
    return (
      <div class="words-stage">
        <WordCloud
          words={results.words}
          locale={locale}
          describe={describe}
          label={label}
          smallestFont={smallestFont}
        />
      </div>
    );
  }
  const most = results.words[0]?.count ?? 1;
  return (
    <ol class="word-list" aria-label={label}>
      {results.words.slice(0, LIST_ROWS).map((word, index) => (
        <li key={word.key} class="word-row">
          <bdi class="word-row-text">{word.text}</bdi>
          <span class="word-row-figures">
            {w.people(word.count)} · <bdi>{formatPercent(word.percent, locale)}</bdi>
          </span>
          <span class="word-row-track" aria-hidden="true">
            <span class={`bar-fill c${index % 7}`} style={{ width: `${(100 * word.count) / most}%` }} />
          </span>
        </li>
      ))}
    </ol>
  );
}
