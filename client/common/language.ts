// Language loading for the console, the report, the projector and the overlay: each loads the
// one language it shows, as its own chunk. (The voter page bundles its texts of every language
// instead, so switching needs no network: see voter/voter-strings.ts.)
import type { Locale, Strings } from "./i18n.js";
import type { Store } from "./store.js";

const loaders: Record<Locale, () => Promise<Strings>> = {
  de: () => import("../i18n/de.js").then((module) => module.de),
  en: () => import("../i18n/en.js").then((module) => module.en),
};

/** What a page's store holds of its language: the one asked for, and its texts once loaded. */
export type PageLanguage = { locale: Locale; strings: Strings | null };

/**
 * Switches the page to `locale`: the language menu shows it at once; the texts follow when they
 * have loaded, unless another language was asked for in the meantime (the last one asked wins).
 */
export function switchLanguage<State extends PageLanguage>(store: Store<State>, locale: Locale): void {
  store.update((state) => (state.locale === locale ? state : { ...state, locale }));
  void loaders[locale]().then((strings) =>
    store.update((state) => (state.locale === locale && state.strings !== strings ? { ...state, strings } : state)),
  );
}
