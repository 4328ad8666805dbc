// Language loading: each page loads the one language it shows, as a chunk of its own. The
// console, the report, the projector and the overlay load every text of it; the voter page only
// its own (voter/voter-strings.ts).
import type { Locale, Strings } from "./i18n.js";
import type { Store } from "./store.js";

/** A language's texts, loaded when a page first shows it. A missing language does not compile. */
export type TextLoaders<Texts> = Record<Locale, () => Promise<Texts>>;

const loaders: TextLoaders<Strings> = {
  de: () => import("../i18n/de.js").then(({ de }) => de),
  en: () => import("../i18n/en.js").then(({ en }) => en),
  tr: () => import("../i18n/tr.js").then(({ tr }) => tr),
  ar: () => import("../i18n/ar.js").then(({ ar }) => ar),
  uk: () => import("../i18n/uk.js").then(({ uk }) => uk),
  ru: () => import("../i18n/ru.js").then(({ ru }) => ru),
  fa: () => import("../i18n/fa.js").then(({ fa }) => fa),
  pl: () => import("../i18n/pl.js").then(({ pl }) => pl),
  ro: () => import("../i18n/ro.js").then(({ ro }) => ro),
};

/** Every text of a language, for the pages that show more than the voter's. */
export const loadStrings = (locale: Locale): Promise<Strings> => loaders[locale]();

/** What a page's store holds of its language: the one asked for, and its texts once loaded. */
export type PageLanguage<Texts = Strings> = { locale: Locale; strings: Texts | null };

/** A language chunk that did not arrive (a phone losing its network) is asked for again, a few times. */
export const TEXT_LOAD_ATTEMPTS = 4;
export const TEXT_RETRY_MS = 2000;

/**
 * Switches the page to `locale`: the language menu shows it at once; the texts follow when they
 * have loaded, unless another language was asked for in the meantime (the last one asked wins).
 * Until a page's first texts have arrived it shows no words at all, so none in the wrong language.
 */
export function switchLanguage<Texts, State extends PageLanguage<Texts>>(
  store: Store<State>,
  locale: Locale,
  load: (locale: Locale) => Promise<Texts>,
  attempt = 1,
): void {
  store.update((state) => (state.locale === locale ? state : { ...state, locale }));
  load(locale).then(
    (strings) =>
      store.update((state) => (state.locale === locale && state.strings !== strings ? { ...state, strings } : state)),
    () => {
      if (attempt >= TEXT_LOAD_ATTEMPTS) return;
      setTimeout(() => {
        if (store.get().locale === locale) switchLanguage(store, locale, load, attempt + 1);
      }, TEXT_RETRY_MS);
    },
  );
}
