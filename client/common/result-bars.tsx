// Horizontal result bars with whole percents and counts; each page styles them its own way.
import { formatPercent } from "../../shared/format.js";
import type { Locale, VoterStrings } from "./i18n.js";
import type { ResultRow } from "./result-rows.js";

type Props = {
  rows: readonly ResultRow[];
  locale: Locale;
  strings: VoterStrings;
  /** Rows the viewer chose themselves, marked with a tick and words. */
  mine?: ReadonlySet<number>;
};

export function ResultBars({ rows, locale, strings, mine }: Props) {
  return (
    <ul class="bars">
      {rows.map((row) => {
        const isMine = mine?.has(row.id) === true;
        return (
          <li key={row.id} class={isMine ? "bar mine" : "bar"}>
            <span class="bar-label">
              <bdi>{row.label}</bdi>
              {isMine && <span class="bar-mine"> ✓ {strings.voter.yourChoice}</span>}
            </span>
            <span class="bar-figures">
              <span class="bar-count">{strings.votes(row.count)}</span>{" "}
              <strong class="bar-percent">
                <bdi>{formatPercent(row.percent, locale)}</bdi>
              </strong>
            </span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" style={{ width: `${row.percent}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
