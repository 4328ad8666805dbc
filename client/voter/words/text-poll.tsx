// The voter's views of an open-text poll, loaded only when an event has one (the page's weight
// budget, tests/e2e/voter-budget.test.ts): 1–3 text fields with a live character count, and the
// ranked list of answers once results may be shown. Their texts load with them, one language.
import { useEffect, useState } from "preact/hooks";
import type { TextPoll } from "../../../shared/poll.js";
import type { TextResults } from "../../../shared/results.js";
import type { Locale, VoterStrings } from "../../common/i18n.js";
import { linkStylesheet } from "../../common/stylesheet.js";
import type { VoterWordsStrings } from "../../i18n/strings.js";
import { VoteForm } from "../vote-form.js";
import { selectionOf, type VoterState, writeAnswer } from "../voter-store.js";
import textPollStyles from "./text-poll.css?url";

/** The view's styles: lazy-view.tsx draws the view once they are there (client/common/stylesheet.ts). */
export const styled = linkStylesheet(textPollStyles);

const loaders: Record<Locale, () => Promise<{ words: VoterWordsStrings }>> = {
  de: () => import("../../i18n/words/de.js"),
  en: () => import("../../i18n/words/en.js"),
  tr: () => import("../../i18n/words/tr.js"),
  ar: () => import("../../i18n/words/ar.js"),
  uk: () => import("../../i18n/words/uk.js"),
  ru: () => import("../../i18n/words/ru.js"),
  fa: () => import("../../i18n/words/fa.js"),
  pl: () => import("../../i18n/words/pl.js"),
  ro: () => import("../../i18n/words/ro.js"),
};

/** The texts in the page's language; null while they load. */
function useWordsStrings(locale: Locale): VoterWordsStrings | null {
  const [loaded, setLoaded] = useState<{ locale: Locale; words: VoterWordsStrings } | null>(null);
  useEffect(() => {
    let current = true;
    loaders[locale]().then(({ words }) => current && setLoaded({ locale, words }));
    return () => {
      current = false;
    };
  }, [locale]);
  return loaded?.locale === locale ? loaded.words : null;
}

type ViewProps = { poll: TextPoll; state: VoterState; strings: VoterStrings; view: "form" | "results" };

/** The form, or the ranked list of answers (when the results may be shown: voter-results.tsx decides). */
export function TextPollView({ poll, state, strings, view }: ViewProps) {
  const words = useWordsStrings(strings.locale);
  if (!words) return null;
  if (view === "form") return <TextForm poll={poll} state={state} strings={strings} words={words} />;
  const results = state.live?.results[poll.id];
  const vote = state.live?.myVotes[poll.id];
  if (results?.type !== "text") return null;
  return (
    <TextAnswersList
      results={results}
      strings={strings}
      words={words}
      mine={vote && "answers" in vote ? vote.answers : []}
    />
  );
}

const graphemes =
  typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
/** Characters as the server counts them (grapheme clusters: "👍🏽" is one). */
const lengthOf = (text: string) => {
  const tidied = text.normalize("NFKC").trim().replace(/\s+/gu, " ");
  return graphemes ? [...graphemes.segment(tidied)].length : [...tidied].length;
};

type FormProps = { poll: TextPoll; state: VoterState; strings: VoterStrings; words: VoterWordsStrings };

function TextForm({ poll, state, strings, words }: FormProps) {
  const answers = selectionOf(state, poll).answers;
  return (
    <VoteForm poll={poll} state={state} strings={strings} rule={words.hint(poll.maxAnswers)} tooFew={words.tooFew}>
      <div class="text-answers">
        {Array.from({ length: poll.maxAnswers }, (_, index) => {
          const id = `answer-${poll.id}-${index}`;
          const value = answers[index] ?? "";
          const left = poll.maxLength - lengthOf(value);
          return (
            <div class="text-answer" key={id}>
              <label for={id}>{words.answerLabel(index + 1, poll.maxAnswers)}</label>
              <input
                id={id}
                type="text"
                dir="auto"
                autocomplete="off"
                enterKeyHint="send"
                value={value}
                aria-describedby={`${id}-left`}
                aria-invalid={left < 0}
                onInput={(event) => writeAnswer(poll, index, (event.currentTarget as HTMLInputElement).value)}
              />
              {/* Read when the field is entered, not on every key: a count that talks while one types is noise. */}
              <p id={`${id}-left`} class={left < 0 ? "characters-left over" : "characters-left"}>
                {words.charactersLeft(Math.max(0, left))}
              </p>
            </div>
          );
        })}
      </div>
    </VoteForm>
  );
}

type ListProps = { results: TextResults; strings: VoterStrings; words: VoterWordsStrings; mine: readonly string[] };

/** The answers given so far, most frequent first, the voter's own marked; whole percents as on the bars. */
function TextAnswersList({ results, strings, words, mine }: ListProps) {
  const own = new Set(mine.map((answer) => answer.toLocaleLowerCase(strings.locale)));
  const most = results.words[0]?.count ?? 1;
  return (
    <ol class="text-ranking" aria-label={words.topAnswers}>
      {results.words.slice(0, 20).map((word) => (
        <li key={word.key} class={own.has(word.text.toLocaleLowerCase(strings.locale)) ? "mine" : undefined}>
          <span class="text-ranking-word">
            <bdi>{word.text}</bdi>
          </span>
          <span class="text-ranking-count">{strings.votes(word.count)}</span>
          <span class="text-ranking-bar" aria-hidden="true" style={{ width: `${(100 * word.count) / most}%` }} />
        </li>
      ))}
    </ol>
  );
}
