// One poll in the console: its state, live counts and bars (hidden results included), and
// every action: open, close, reopen, visibility, edit, duplicate, reorder, reset, delete; and
// the languages it is translated into.
import { formatDecimal } from "../../shared/format.js";
import { LOCALES } from "../../shared/locales.js";
import type { Poll, ResultsVisibility } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import { LANGUAGES, type Locale, type Strings } from "../common/i18n.js";
import { ResultBars } from "../common/result-bars.js";
import { averageOf, choiceRows, ratingRows } from "../common/result-rows.js";
import { Stars } from "../common/stars.js";
import { sentenceWith } from "../common/user-text.js";
import { askToConfirm, deletePoll, duplicatePoll, edit, movePoll, runPollAction, updatePoll } from "./console-store.js";
import { ShowOnScreenButton } from "./screen-choice.js";
import { WordGroupsPanel } from "./word-groups-panel.js";

const VISIBILITIES: readonly ResultsVisibility[] = ["live", "closed", "hidden"];

type Props = {
  poll: Poll;
  results: Results | undefined;
  strings: Strings;
  locale: Locale;
  presented: boolean;
  first: boolean;
  last: boolean;
};

export function PollCard({ poll, results, strings, locale, presented, first, last }: Props) {
  const t = strings.console;
  const votes = results?.respondents ?? 0;
  const headingId = `poll-${poll.id}-question`;
  const kind =
    poll.type === "choice"
      ? t.choiceSummary(poll.minSelections, poll.maxSelections, poll.options.length)
      : poll.type === "rating"
        ? t.ratingSummary(poll.scale)
        : `${strings.words.summary(poll.maxAnswers, poll.maxLength)}${poll.stopWords ? ` · ${strings.words.stopWordsOn}` : ""}`;
  const stateLabel = poll.state === "draft" ? t.stateDraft : poll.state === "open" ? t.stateOpen : t.stateClosed;
  return (
    <article class={`card poll-card ${poll.state}`} aria-labelledby={headingId}>
      <div class="poll-top">
        <span class="number">{t.position(poll.position)}</span>
        <span class={`chip ${poll.state}`}>{stateLabel}</span>
        {presented && <span class="chip presented">{t.presented}</span>}
        <span class="kind">{kind}</span>
        <span class="count">{strings.respondents(votes)}</span>
      </div>
      <h3 id={headingId}>
        <bdi>{poll.question}</bdi>
      </h3>
      <TranslatedInto poll={poll} strings={strings} />
      {poll.type === "rating" && votes > 0 && (
        <p class="average">
          {strings.averageRating}:{" "}
          <bdi dir="ltr">
            <strong>{formatDecimal(averageOf(results), locale)}</strong> / {poll.scale}
          </bdi>{" "}
          <Stars value={averageOf(results)} scale={poll.scale} />
        </p>
      )}
      {poll.type === "text" ? (
        <WordGroupsPanel
          poll={poll}
          results={results?.type === "text" ? results : undefined}
          strings={strings}
          locale={locale}
        />
      ) : (
        <ResultBars
          rows={poll.type === "choice" ? choiceRows(poll, results) : ratingRows(poll, results, strings)}
          locale={locale}
          strings={strings}
        />
      )}
      <div class="poll-controls">
        {poll.state === "open" ? (
          <button type="button" class="primary" onClick={() => void runPollAction(poll.id, "close")}>
            {t.actionClose}
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => void runPollAction(poll.id, "open")}>
            {poll.state === "draft" ? t.actionOpen : t.actionReopen}
          </button>
        )}
        <ShowOnScreenButton poll={poll} shown={presented} strings={strings} />
        <label class="visibility">
          <span>{t.visibilityLabel}</span>
          <select
            value={poll.resultsVisibility}
            onChange={(event) =>
              void updatePoll(poll.id, {
                resultsVisibility: (event.currentTarget as HTMLSelectElement).value as ResultsVisibility,
              })
            }
          >
            {VISIBILITIES.map((visibility) => (
              <option key={visibility} value={visibility}>
                {t.visibility[visibility]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset class="poll-tools">
        <legend class="sr-only">{t.moreActions}</legend>
        <button type="button" class="secondary small" onClick={() => edit({ kind: "edit", pollId: poll.id })}>
          {t.actionEdit}
        </button>
        <button type="button" class="secondary small" onClick={() => void duplicatePoll(poll)}>
          {t.actionDuplicate}
        </button>
        <button type="button" class="secondary small" disabled={first} onClick={() => void movePoll(poll, -1)}>
          ↑ {t.actionUp}
        </button>
        <button type="button" class="secondary small" disabled={last} onClick={() => void movePoll(poll, 1)}>
          ↓ {t.actionDown}
        </button>
        <button
          type="button"
          class="secondary small"
          disabled={votes === 0}
          onClick={() =>
            askToConfirm({
              text: sentenceWith((mark) => t.confirmReset(mark(poll.question), votes)),
              run: () => void runPollAction(poll.id, "reset"),
            })
          }
        >
          {t.actionReset}
        </button>
        <button
          type="button"
          class="danger small"
          onClick={() =>
            askToConfirm({
              text: sentenceWith((mark) => t.confirmDelete(mark(poll.question), votes)),
              run: () => void deletePoll(poll.id),
            })
          }
        >
          {t.actionDelete}
        </button>
      </fieldset>
    </article>
  );
}

/** "Translations: Türkçe, العربية", each language named in itself. */
function TranslatedInto({ poll, strings }: { poll: Poll; strings: Strings }) {
  const locales = LOCALES.filter((locale) => poll.translations[locale]);
  if (locales.length === 0) return null;
  return (
    <p class="poll-languages">
      {strings.console.translations.heading}:{" "}
      {locales.map((locale, index) => (
        <span key={locale}>
          {index > 0 && ", "}
          <bdi lang={locale}>{LANGUAGES[locale]}</bdi>
        </span>
      ))}
    </p>
  );
}
