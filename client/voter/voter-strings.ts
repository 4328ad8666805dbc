// The voter page's texts: only the language the page shows is loaded, as a small chunk of its own
// (the page's weight budget has room for one language, not nine), and only the voter's sections
// of it; the other pages' texts stay out of the voter's build (tests/e2e/voter-budget.test.ts).
import type { Locale, VoterStrings } from "../common/i18n.js";
import type { TextLoaders } from "../common/language.js";

const loaders: TextLoaders<VoterStrings> = {
  de: () => import("../i18n/de.js").then(({ deForVoters }) => deForVoters),
  en: () => import("../i18n/en.js").then(({ enForVoters }) => enForVoters),
  tr: () => import("../i18n/tr.js").then(({ trForVoters }) => trForVoters),
  ar: () => import("../i18n/ar.js").then(({ arForVoters }) => arForVoters),
  uk: () => import("../i18n/uk.js").then(({ ukForVoters }) => ukForVoters),
  ru: () => import("../i18n/ru.js").then(({ ruForVoters }) => ruForVoters),
  fa: () => import("../i18n/fa.js").then(({ faForVoters }) => faForVoters),
  pl: () => import("../i18n/pl.js").then(({ plForVoters }) => plForVoters),
  ro: () => import("../i18n/ro.js").then(({ roForVoters }) => roForVoters),
};

export const loadVoterStrings = (locale: Locale): Promise<VoterStrings> => loaders[locale]();
