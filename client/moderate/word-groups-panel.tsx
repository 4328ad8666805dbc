// A text poll's word groups in the console: each with its count and mark, one tap to hide or
// show it (or approve it when the poll is pre-moderated), and the spellings behind it on demand.
// Moderators get every group, marked (docs/api.md, "Word groups and results").
import { useState } from "preact/hooks";
import { formatPercent } from "../../shared/format.js";
import type { TextPoll, WordGroupResponse } from "../../shared/poll.js";
import type { TextResults, WordResult } from "../../shared/results.js";
import type { Locale, Strings } from "../common/i18n.js";
import { markWordGroup, wordGroup } from "./console-store.js";
import "./word-groups-panel.css";

type Props = { poll: TextPoll; results: TextResults | undefined; strings: Strings; locale: Locale };

export function WordGroupsPanel({ poll, results, strings, locale }: Props) {
  const w = strings.words;
  const words = results?.words ?? [];
  if (words.length === 0) return <p class="hint">{w.noAnswers}</p>;
  return (
    <ol class="word-groups" aria-label={w.listLabel}>
      {words.map((word) => (
        <WordGroupRow key={word.key} poll={poll} word={word} strings={strings} locale={locale} />
      ))}
    </ol>
  );
}

function WordGroupRow({
  poll,
  word,
  strings,
  locale,
}: {
  poll: TextPoll;
  word: WordResult;
  strings: Strings;
  locale: Locale;
}) {
  const w = strings.words;
  const [spellings, setSpellings] = useState<WordGroupResponse["spellings"] | null>(null);
  const toggleSpellings = async () => {
    if (spellings) return setSpellings(null);
    const group = await wordGroup(poll.id, word.text);
    if (group) setSpellings(group.spellings);
  };
  return (
    <li class={`word-group${word.mark ? ` ${word.mark}` : ""}`}>
      <div class="word-line">
        <bdi class="word-text">{word.text}</bdi>
        <span class="word-count">
          {w.people(word.count)} · <bdi dir="ltr">{formatPercent(word.percent, locale)}</bdi>
        </span>
        {word.mark && <span class={`chip ${word.mark}`}>{word.mark === "hidden" ? w.hidden : w.pending}</span>}
        <span class="word-actions">
          {word.mark === "pending" && (
            <button
              type="button"
              class="primary small"
              onClick={() => void markWordGroup(poll.id, word.text, "approve")}
            >
              {w.approve}
            </button>
          )}
          {word.mark === "hidden" ? (
            <button
              type="button"
              class="secondary small"
              onClick={() => void markWordGroup(poll.id, word.text, "show")}
            >
              {w.show}
            </button>
          ) : (
            <button
              type="button"
              class="secondary small"
              onClick={() => void markWordGroup(poll.id, word.text, "hide")}
            >
              {w.hide}
            </button>
          )}
          <button type="button" class="secondary small" aria-expanded={spellings !== null} onClick={toggleSpellings}>
            {w.answersBehind}
          </button>
        </span>
      </div>
      {spellings && (
        <ul class="spellings">
          {spellings.map((spelling) => (
            <li key={spelling.text}>
              <bdi>{spelling.text}</bdi> <span class="word-count">({spelling.count})</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
