// The poll form's translations: per page language, the question and each answer typed beside the
// original; added from a menu of languages (each named in itself), changed and removed.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { LOCALES } from "../../shared/locales.js";
import type { Poll, PollTranslations } from "../../shared/poll.js";
import { LANGUAGES, type Locale, type Strings, textDirection } from "../common/i18n.js";
import { sentenceWith } from "../common/user-text.js";

/** One translation as the form holds it: an answer left empty is an empty string. */
export type TranslationDraft = { locale: Locale; question: string; options: string[] };

/** What the form shows of a poll's translations; answers it left out show as empty fields. */
export function translationDrafts(poll: Poll | null): TranslationDraft[] {
  if (!poll) return [];
  return LOCALES.flatMap((locale) => {
    const translation = poll.translations[locale];
    if (!translation) return [];
    const count = poll.type === "choice" ? poll.options.length : 0;
    return [
      {
        locale,
        question: translation.question,
        options: Array.from({ length: count }, (_, i) => translation.options?.[i] ?? ""),
      },
    ];
  });
}

/** Where a translation is not complete: the question, or the answers (`index`: the first empty one). */
export type TranslationGap =
  | { locale: Locale; field: "question" }
  | { locale: Locale; field: "options"; index: number };

/**
 * The translations to send, or the first gap. Answers are all translated or all left empty
 * (phones then show the original answers); half of them would mix two languages on one phone.
 */
export function translationsToSend(
  drafts: readonly TranslationDraft[],
  choice: boolean,
): { ok: true; translations: PollTranslations } | { ok: false; gap: TranslationGap } {
  const translations: PollTranslations = {};
  for (const locale of LOCALES) {
    const draft = drafts.find((d) => d.locale === locale);
    if (!draft) continue;
    const question = draft.question.trim();
    if (!question) return { ok: false, gap: { locale, field: "question" } };
    const labels = choice ? draft.options.map((label) => label.trim()) : [];
    const filled = labels.filter((label) => label !== "").length;
    if (filled > 0 && filled < labels.length) {
      return { ok: false, gap: { locale, field: "options", index: labels.indexOf("") } };
    }
    translations[locale] = filled > 0 ? { question, options: labels } : { question };
  }
  return { ok: true, translations };
}

/** What is missing, in the console's language; the language's own name is isolated ("Türkçe" in Arabic). */
export function gapText(strings: Strings, gap: TranslationGap): ComponentChildren {
  const t = strings.console.translations;
  const language = LANGUAGES[gap.locale];
  return sentenceWith((mark) =>
    gap.field === "question" ? t.questionMissing(mark(language)) : t.optionsMissing(mark(language)),
  );
}

/** The field a gap points at, to move the focus there. */
export const gapFieldId = (formId: string, gap: TranslationGap) =>
  `${formId}-${gap.locale}-${gap.field === "question" ? "question" : `option-${gap.index}`}`;

type Props = {
  strings: Strings;
  formId: string;
  /** The original as typed in the form; `options` null for a rating poll. */
  question: string;
  options: readonly string[] | null;
  drafts: readonly TranslationDraft[];
  /** The event's own language needs no translation: it is not offered. */
  eventLocale: Locale | null;
  gap: TranslationGap | null;
  onChange: (drafts: TranslationDraft[]) => void;
};

export function PollTranslationsFields({
  strings,
  formId,
  question,
  options,
  drafts,
  eventLocale,
  gap,
  onChange,
}: Props) {
  const t = strings.console.translations;
  const f = strings.console.form;
  const free = LOCALES.filter((locale) => locale !== eventLocale && !drafts.some((d) => d.locale === locale));
  const [picked, setPicked] = useState<Locale | null>(null);
  const adding = picked && free.includes(picked) ? picked : free[0];
  // Keyboard users land in what they added, and on the menu after removing one.
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const change = (locale: Locale, fields: Partial<TranslationDraft>) =>
    onChange(drafts.map((d) => (d.locale === locale ? { ...d, ...fields } : d)));
  const add = () => {
    if (!adding) return;
    onChange([...drafts, { locale: adding, question: "", options: (options ?? []).map(() => "") }]);
    setFocus(`${formId}-${adding}-question`);
  };
  const remove = (locale: Locale) => {
    onChange(drafts.filter((d) => d.locale !== locale));
    setFocus(`${formId}-add-language`);
  };

  return (
    <fieldset class="translations">
      <legend>{t.heading}</legend>
      <p class="hint">{t.hint}</p>
      {drafts.map((draft) => {
        const id = `${formId}-${draft.locale}`;
        const dir = textDirection(draft.locale);
        const invalid = gap?.locale === draft.locale ? gap.field : null;
        return (
          <fieldset key={draft.locale} class="translation">
            <legend lang={draft.locale}>{LANGUAGES[draft.locale]}</legend>
            <Translated
              id={`${id}-question`}
              label={f.question}
              original={question}
              originalLabel={t.original}
              invalid={invalid === "question"}
            >
              <textarea
                id={`${id}-question`}
                rows={2}
                maxLength={500}
                lang={draft.locale}
                dir={dir}
                value={draft.question}
                aria-invalid={invalid === "question" || undefined}
                aria-describedby={`${id}-question-original`}
                onInput={(event) =>
                  change(draft.locale, { question: (event.currentTarget as HTMLTextAreaElement).value })
                }
              />
            </Translated>
            {options?.map((label, index) => (
              <Translated
                key={index}
                id={`${id}-option-${index}`}
                label={f.option(index + 1)}
                original={label}
                originalLabel={t.original}
                invalid={invalid === "options" && !draft.options[index]?.trim()}
              >
                <input
                  id={`${id}-option-${index}`}
                  maxLength={200}
                  lang={draft.locale}
                  dir={dir}
                  value={draft.options[index] ?? ""}
                  aria-invalid={(invalid === "options" && !draft.options[index]?.trim()) || undefined}
                  aria-describedby={`${id}-option-${index}-original`}
                  onInput={(event) =>
                    change(draft.locale, {
                      options: draft.options.map((old, i) =>
                        i === index ? (event.currentTarget as HTMLInputElement).value : old,
                      ),
                    })
                  }
                />
              </Translated>
            ))}
            <button type="button" class="secondary small" onClick={() => remove(draft.locale)}>
              {t.remove}
            </button>
          </fieldset>
        );
      })}
      {adding && (
        <div class="add-translation">
          <label for={`${formId}-add-language`}>{t.language}</label>
          <select
            id={`${formId}-add-language`}
            value={adding}
            onChange={(event) => setPicked((event.currentTarget as HTMLSelectElement).value as Locale)}
          >
            {free.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LANGUAGES[locale]}
              </option>
            ))}
          </select>
          <button type="button" class="secondary small" onClick={add}>
            + {t.add}
          </button>
        </div>
      )}
    </fieldset>
  );
}

type TranslatedProps = {
  id: string;
  label: string;
  original: string;
  originalLabel: string;
  invalid: boolean;
  children: ComponentChildren;
};

/** One translated field with the original beside it (above it on a phone); the labels speak the console's language. */
function Translated({ id, label, original, originalLabel, invalid, children }: TranslatedProps) {
  return (
    <div class={invalid ? "translated invalid" : "translated"}>
      <div class="translated-original">
        <label for={id}>{label}</label>
        <p id={`${id}-original`} class="original" dir="auto">
          <span class="sr-only">{originalLabel}: </span>
          <bdi>{original}</bdi>
        </p>
      </div>
      {children}
    </div>
  );
}
