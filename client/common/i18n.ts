// Which language a page speaks: the languages there are, the browser's and the voter's choice.
import type { Locale } from "../../shared/event.js";
import type { Strings, VoterStrings } from "../i18n/en.js";

export type { Locale, Strings, VoterStrings };

/** Each language in its own name, as the language menus show it. */
export const LANGUAGES: Record<Locale, string> = { de: "Deutsch", en: "English" };

const CHOSEN_LOCALE_KEY = "handzeichen:locale";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && value in LANGUAGES;

/** The first of the browser's preferred languages that we have. */
export function browserLocale(): Locale {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return "en";
}

/** The language a voter picked by hand; it wins over the event's language. */
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

/** Screen readers pick their voice by the page's language; the tab shows the title. */
export function setDocumentLanguage(locale: Locale, title: string): void {
  document.documentElement.lang = locale;
  document.title = title;
}
