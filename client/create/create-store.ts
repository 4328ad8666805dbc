// The organisers' page's one store: only its language. The page speaks the organiser's
// choice, else the browser's language; it loads every text of it, as the console does.
import { browserLocale, chooseLocale, chosenLocale, type Locale } from "../common/i18n.js";
import { loadStrings, type PageLanguage, switchLanguage } from "../common/language.js";
import { createStore } from "../common/store.js";

export const createPageStore = createStore<PageLanguage>({ locale: chosenLocale() ?? browserLocale(), strings: null });

export function showLanguage(locale: Locale): void {
  switchLanguage(createPageStore, locale, loadStrings);
}

export function pickLanguage(locale: Locale): void {
  chooseLocale(locale);
  showLanguage(locale);
}
