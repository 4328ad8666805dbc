// Creating or editing a poll. Editing sends only what changed; answers and stars are locked
// once a poll has votes (the server refuses that too: reset first), translations never are.
import { useState } from "preact/hooks";
import {
  DEFAULT_SCALE,
  DEFAULT_TEXT_ANSWER_LENGTH,
  MAX_OPTIONS,
  MAX_SCALE,
  MAX_TEXT_ANSWER_LENGTH,
  MAX_TEXT_ANSWERS,
  MIN_OPTIONS,
  MIN_SCALE,
} from "../../shared/limits.js";
import type {
  Poll,
  PollTranslations,
  PollType,
  ResultsVisibility,
  UpdatePollBody,
  WordModeration,
} from "../../shared/poll.js";
import type { Locale, Strings } from "../common/i18n.js";
import { problemText } from "./console-session.js";
import { createPoll, edit, updatePoll } from "./console-store.js";
import {
  gapFieldId,
  gapText,
  PollTranslationsFields,
  type TranslationDraft,
  type TranslationGap,
  translationDrafts,
  translationsToSend,
} from "./poll-translations.js";

type Draft = {
  type: PollType;
  question: string;
  options: string[];
  minSelections: number;
  maxSelections: number;
  scale: number;
  maxAnswers: number;
  maxLength: number;
  moderation: WordModeration;
  stopWords: boolean;
  resultsVisibility: ResultsVisibility;
  translations: TranslationDraft[];
};

const draftOf = (poll: Poll | null): Draft => ({
  type: poll?.type ?? "choice",
  question: poll?.question ?? "",
  options: poll?.type === "choice" ? poll.options.map((option) => option.label) : ["", ""],
  minSelections: poll?.type === "choice" ? poll.minSelections : 1,
  maxSelections: poll?.type === "choice" ? poll.maxSelections : 1,
  scale: poll?.type === "rating" ? poll.scale : DEFAULT_SCALE,
  maxAnswers: poll?.type === "text" ? poll.maxAnswers : 1,
  maxLength: poll?.type === "text" ? poll.maxLength : DEFAULT_TEXT_ANSWER_LENGTH,
  moderation: poll?.type === "text" ? poll.moderation : "post",
  stopWords: poll?.type === "text" ? poll.stopWords : false,
  resultsVisibility: poll?.resultsVisibility ?? "live",
  translations: translationDrafts(poll),
});

/** The fields of an edit that differ from the poll as it is. */
function changesOf(poll: Poll, draft: Draft, translations: PollTranslations): UpdatePollBody {
  const changes: UpdatePollBody = {};
  if (draft.question !== poll.question) changes.question = draft.question;
  // Both in the order of the page languages, so equal translations give equal JSON.
  if (JSON.stringify(translations) !== JSON.stringify(poll.translations)) changes.translations = translations;
  if (draft.resultsVisibility !== poll.resultsVisibility) changes.resultsVisibility = draft.resultsVisibility;
  if (poll.type === "choice") {
    if (draft.options.join("\n") !== poll.options.map((option) => option.label).join("\n"))
      changes.options = draft.options;
    if (draft.minSelections !== poll.minSelections) changes.minSelections = draft.minSelections;
    if (draft.maxSelections !== poll.maxSelections) changes.maxSelections = draft.maxSelections;
  } else if (poll.type === "rating") {
    if (draft.scale !== poll.scale) changes.scale = draft.scale;
  } else {
    if (draft.maxAnswers !== poll.maxAnswers) changes.maxAnswers = draft.maxAnswers;
    if (draft.maxLength !== poll.maxLength) changes.maxLength = draft.maxLength;
    if (draft.moderation !== poll.moderation) changes.moderation = draft.moderation;
    if (draft.stopWords !== poll.stopWords) changes.stopWords = draft.stopWords;
  }
  return changes;
}

const numberFrom = (event: Event) => Number((event.currentTarget as HTMLInputElement | HTMLSelectElement).value);
const textFrom = (event: Event) => (event.currentTarget as HTMLInputElement).value;

type Props = {
  strings: Strings;
  poll: Poll | null;
  hasVotes: boolean;
  /** The event's language, in which the original is written: no translation into it is offered. */
  eventLocale: Locale | null;
  /** Why the last save failed (an error code, see problemText), shown where the moderator is looking. */
  problem: string | null;
};

export function PollForm({ strings, poll, hasVotes, eventLocale, problem }: Props) {
  const t = strings.console;
  const f = t.form;
  const [draft, setDraft] = useState(() => draftOf(poll));
  const [saving, setSaving] = useState(false);
  const [gap, setGap] = useState<TranslationGap | null>(null);
  const change = (fields: Partial<Draft>) => setDraft((current) => ({ ...current, ...fields }));
  const setOption = (index: number, label: string) =>
    change({ options: draft.options.map((option, i) => (i === index ? label : option)) });
  // Each translation's answers follow the original's: one field per answer, in its place.
  const translationsWithOptions = (pick: (options: string[]) => string[]) =>
    draft.translations.map((translation) => ({ ...translation, options: pick(translation.options) }));
  const locked = poll !== null && hasVotes;
  const formId = poll ? `edit-${poll.id}` : "new-poll";

  const save = async (event: Event) => {
    event.preventDefault();
    const { type, question, options, minSelections, maxSelections, scale, resultsVisibility } = draft;
    const { maxAnswers, maxLength, moderation, stopWords } = draft;
    const translated = translationsToSend(draft.translations, type === "choice");
    if (!translated.ok) {
      setGap(translated.gap);
      document.getElementById(gapFieldId(formId, translated.gap))?.focus();
      return;
    }
    setGap(null);
    setSaving(true);
    const { translations } = translated;
    const labels = options.map((option) => option.trim());
    const added = Object.keys(translations).length > 0 ? { translations } : {};
    const done = poll
      ? await updatePoll(poll.id, changesOf(poll, { ...draft, options: labels }, translations))
      : await createPoll(
          type === "choice"
            ? { type, question, options: labels, minSelections, maxSelections, resultsVisibility, ...added }
            : type === "rating"
              ? { type, question, scale, resultsVisibility, ...added }
              : { type, question, maxAnswers, maxLength, moderation, stopWords, resultsVisibility, ...added },
        );
    setSaving(false);
    if (done) edit(null);
  };

  return (
    <form class="card poll-form" onSubmit={save} aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`}>{poll ? t.editPoll : t.newPoll}</h3>
      {poll === null && (
        <fieldset class="kinds">
          <legend>{f.type}</legend>
          {(["choice", "rating", "text"] as const).map((type) => (
            <label key={type} class="inline">
              <input
                type="radio"
                name={`${formId}-type`}
                checked={draft.type === type}
                onChange={() => change({ type })}
              />{" "}
              {type === "choice" ? f.choice : type === "rating" ? f.rating : strings.words.kind}
            </label>
          ))}
        </fieldset>
      )}
      <label for={`${formId}-question`}>{f.question}</label>
      <textarea
        id={`${formId}-question`}
        required
        maxLength={500}
        rows={2}
        value={draft.question}
        onInput={(event) => change({ question: textFrom(event) })}
      />
      {locked && <p class="hint">{f.lockedByVotes}</p>}
      {draft.type === "choice" ? (
        <>
          <fieldset class="answers" disabled={locked}>
            <legend>{f.options}</legend>
            {draft.options.map((option, index) => (
              <div class="answer" key={index}>
                <label for={`${formId}-option-${index}`} class="answer-number">
                  <span class="sr-only">{f.option(index + 1)}</span>
                  <span aria-hidden="true">{index + 1}.</span>
                </label>
                <input
                  id={`${formId}-option-${index}`}
                  required
                  maxLength={200}
                  value={option}
                  onInput={(event) => setOption(index, textFrom(event))}
                />
                <button
                  type="button"
                  class="secondary small"
                  disabled={draft.options.length <= MIN_OPTIONS}
                  aria-label={f.removeOption(index + 1)}
                  onClick={() => {
                    const options = draft.options.filter((_, i) => i !== index);
                    change({
                      options,
                      translations: translationsWithOptions((labels) => labels.filter((_, i) => i !== index)),
                      maxSelections: Math.min(draft.maxSelections, options.length),
                      minSelections: Math.min(draft.minSelections, options.length),
                    });
                  }}
                >
                  ✕
                </button>
              </div>
            ))}
            {draft.options.length < MAX_OPTIONS && (
              <button
                type="button"
                class="secondary small"
                onClick={() =>
                  change({
                    options: [...draft.options, ""],
                    translations: translationsWithOptions((labels) => [...labels, ""]),
                  })
                }
              >
                + {f.addOption}
              </button>
            )}
          </fieldset>
          <div class="selections">
            <label>
              {f.minSelections}{" "}
              <input
                type="number"
                min={1}
                max={draft.maxSelections}
                value={draft.minSelections}
                disabled={locked}
                onInput={(event) => change({ minSelections: numberFrom(event) })}
              />
            </label>
            <label>
              {f.maxSelections}{" "}
              <input
                type="number"
                min={draft.minSelections}
                max={draft.options.length}
                value={draft.maxSelections}
                disabled={locked}
                onInput={(event) => change({ maxSelections: numberFrom(event) })}
              />
            </label>
          </div>
        </>
      ) : draft.type === "text" ? (
        <TextPollFields strings={strings} formId={formId} draft={draft} locked={locked} change={change} />
      ) : (
        <label>
          {f.scale}{" "}
          <select value={draft.scale} disabled={locked} onChange={(event) => change({ scale: numberFrom(event) })}>
            {Array.from({ length: MAX_SCALE - MIN_SCALE + 1 }, (_, i) => MIN_SCALE + i).map((scale) => (
              <option key={scale} value={scale}>
                {scale}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t.visibilityLabel}{" "}
        <select
          value={draft.resultsVisibility}
          onChange={(event) =>
            change({ resultsVisibility: (event.currentTarget as HTMLSelectElement).value as ResultsVisibility })
          }
        >
          {(["live", "closed", "hidden"] as const).map((visibility) => (
            <option key={visibility} value={visibility}>
              {t.visibility[visibility]}
            </option>
          ))}
        </select>
      </label>
      <PollTranslationsFields
        strings={strings}
        formId={formId}
        question={draft.question}
        options={draft.type === "choice" ? draft.options : null}
        drafts={draft.translations}
        eventLocale={eventLocale}
        gap={gap}
        onChange={(translations) => {
          change({ translations });
          setGap(null);
        }}
      />
      {(gap || problem) && (
        <p class="problem" role="alert">
          {gap ? gapText(strings, gap) : problemText(strings, problem ?? "")}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {poll ? f.save : f.create}
        </button>
        <button type="button" class="secondary" onClick={() => edit(null)}>
          {f.cancel}
        </button>
      </div>
    </form>
  );
}

type TextFieldsProps = {
  strings: Strings;
  formId: string;
  draft: Draft;
  locked: boolean;
  change: (fields: Partial<Draft>) => void;
};

/**
 * A text poll's answers per person, their length and whether small words count (locked by votes:
 * they decide an answer's group), and pre-moderation (never locked).
 */
function TextPollFields({ strings, formId, draft, locked, change }: TextFieldsProps) {
  const w = strings.words;
  return (
    <>
      <div class="selections">
        <label>
          {w.maxAnswers}{" "}
          <select
            value={draft.maxAnswers}
            disabled={locked}
            onChange={(event) => change({ maxAnswers: numberFrom(event) })}
          >
            {Array.from({ length: MAX_TEXT_ANSWERS }, (_, i) => i + 1).map((answers) => (
              <option key={answers} value={answers}>
                {answers}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.maxLength}{" "}
          <input
            type="number"
            min={1}
            max={MAX_TEXT_ANSWER_LENGTH}
            value={draft.maxLength}
            disabled={locked}
            onInput={(event) => change({ maxLength: numberFrom(event) })}
          />
        </label>
      </div>
      {/* Outside .selections, whose inputs are sized for numbers: a checkbox there stood apart from its text. */}
      <label class="inline">
        <input
          type="checkbox"
          checked={draft.moderation === "pre"}
          onChange={(event) =>
            change({ moderation: (event.currentTarget as HTMLInputElement).checked ? "pre" : "post" })
          }
        />{" "}
        {w.preModeration}
      </label>
      <label class="inline">
        <input
          type="checkbox"
          checked={draft.stopWords}
          disabled={locked}
          aria-describedby={`${formId}-stop-words-hint`}
          onChange={(event) => change({ stopWords: (event.currentTarget as HTMLInputElement).checked })}
        />{" "}
        {w.stopWords}
      </label>
      <p id={`${formId}-stop-words-hint`} class="hint">
        {w.stopWordsHint}
      </p>
    </>
  );
}
