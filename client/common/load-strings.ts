// The projector, overlay and console load the one language they show, as its own chunk.
// (The voter page bundles its texts of every language instead: see voter/voter-strings.ts.)
import type { Locale, Strings } from "./i18n.js";

const loaders: Record<Locale, () => Promise<Strings>> = {
  de: () => import("../i18n/de.js").then((module) => module.de),
  en: () => import("../i18n/en.js").then((module) => module.en),
};

export function loadStrings(locale: Locale): Promise<Strings> {
  return loaders[locale]();
}
