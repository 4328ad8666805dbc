// Which language a page speaks: the languages there are, the voter's choice, the browser's
// languages and the event's, and the page's `lang` and `dir` that follow from it; and how the
// language files count ("1 Stimme", "2 Stimmen"; "21 голос", "22 голоса", "25 голосов").
// The counting lives here, in the module every page's first script holds, so that a language's
// texts arrive as one chunk and not as two one after the other.
import { formatNumber } from "../../shared/format.js";
import type { Locale } from "../../shared/locales.js";
import type { Strings, VoterStrings } from "../i18n/strings.js";

export type { Locale, Strings, VoterStrings };

/** Each language in its own name, as the language menus show it, in the order of shared/event.ts. */
export const LANGUAGES: Record<Locale, string> = {
  de: "Deutsch",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  uk: "Українська",
  ru: "Русский",
  fa: "فارسی",
  pl: "Polski",
  ro: "Română",
};

/** The language of a page that has nothing else to go by (no choice, no browser language, no event). */
export const FALLBACK_LOCALE: Locale = "en";

const RIGHT_TO_LEFT: readonly Locale[] = ["ar", "fa"];

const CHOSEN_LOCALE_KEY = "handzeichen:locale";

/** LANGUAGES has every page language (its type says so): an own key of it is one. */
export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && Object.hasOwn(LANGUAGES, value);

export const textDirection = (locale: Locale): "rtl" | "ltr" => (RIGHT_TO_LEFT.includes(locale) ? "rtl" : "ltr");

/** The page language a browser language tag stands for: "tr-TR" → "tr", "fa-IR" → "fa"; none for "fr-FR". */
export function localeOfTag(tag: string): Locale | null {
  const language = tag.split(/[-_]/)[0]?.toLowerCase();
  return isLocale(language) ? language : null;
}

/**
 * The language a voter's page speaks: the language the voter picked on this phone, else the first
 * of the browser's languages that we have (all of them, in the browser's order), else the event's.
 * Null when none of them is known yet (an event page before its event has arrived).
 */
export function pageLocale(sources: {
  chosen: string | null;
  browser: readonly string[];
  event: Locale | null;
}): Locale | null {
  if (isLocale(sources.chosen)) return sources.chosen;
  for (const tag of sources.browser) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return sources.event;
}

/** The browser's languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The first of the browser's languages that we have, else English: for pages without an event to ask. */
export const browserLocale = (): Locale =>
  pageLocale({ chosen: null, browser: browserLanguages(), event: null }) ?? FALLBACK_LOCALE;

/** The language a voter picked by hand; it wins over the browser's and the event's. */
export function chosenLocale(): Locale | null {
  try {
    const saved = localStorage.getItem(CHOSEN_LOCALE_KEY);
    return isLocale(saved) ? saved : null;
  } catch {
    return null;
  }
}

export function chooseLocale(locale: Locale): void {
  try {
    localStorage.setItem(CHOSEN_LOCALE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts until the page is closed.
  }
}

/**
 * The plural categories each language's counted texts must give, as CLDR (and so Intl.PluralRules)
 * names them; tests/unit/client-strings.test.ts checks this table against the browser's rules.
 */
export const PLURAL_CATEGORIES = {
  de: ["one", "other"],
  en: ["one", "other"],
  tr: ["one", "other"],
  ar: ["zero", "one", "two", "few", "many", "other"],
  uk: ["one", "few", "many", "other"],
  ru: ["one", "few", "many", "other"],
  fa: ["one", "other"],
  pl: ["one", "few", "many", "other"],
  ro: ["one", "few", "other"],
} as const satisfies Record<Locale, readonly Intl.LDMLPluralRule[]>;

/** One text per plural category of the language; `#` stands for the number. */
export type PluralForms<L extends Locale> = Record<(typeof PLURAL_CATEGORIES)[L][number], string>;

/**
 * The two tools a language file writes its numbers with: `number` in the language's digits, and
 * `count`, which picks the plural form by the language's rules, never by `n === 1`.
 */
export function counting<L extends Locale>(locale: L) {
  // Safari before 13 has no PluralRules: there, "one" for 1 and "other" for the rest still reads.
  const rules = typeof Intl.PluralRules === "function" ? new Intl.PluralRules(locale) : null;
  const number = (n: number): string => formatNumber(n, locale);
  const count = (n: number, forms: PluralForms<L>): string => {
    const category = (rules ? rules.select(n) : n === 1 ? "one" : "other") as keyof PluralForms<L>;
    const form: string = forms[category] ?? (forms as Record<string, string>).other;
    return form.replace("#", number(n));
  };
  return { number, count };
}

/**
 * Screen readers pick their voice by the page's language, and Arabic and Persian pages read from
 * right to left; the tab shows the title.
 */
export function setDocumentLanguage(locale: Locale, title: string): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = textDirection(locale);
  document.title = title;
}
