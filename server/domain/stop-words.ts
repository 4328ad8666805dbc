// Small words left out of a text poll's group keys when the poll asks for it (docs/api.md
// "Stop words"): the maintained lists of the `stopword` package, for the event's language and
// English, so "der Kaffee" and "Kaffee" are one group. The words shown stay the participants' own.
import { ara, deu, eng, fas, pol, ron, rus, tur, ukr } from "stopword";
import { LOCALES, type Locale } from "../../shared/locales.js";
import { foldCase } from "./case-fold.js";

const LISTS: Readonly<Record<Locale, readonly string[]>> = {
  de: deu,
  en: eng,
  tr: tur,
  ar: ara,
  uk: ukr,
  ru: rus,
  fa: fas,
  pl: pol,
  ro: ron,
};

/**
 * Words that turn an answer round, so "kein Kaffee" never joins "Kaffee": kept although some
 * lists have them. Folded like the answers before they are compared.
 */
const KEPT: Readonly<Record<Locale, readonly string[]>> = {
  de: ["nicht", "kein", "keine", "keinem", "keinen", "keiner", "keines", "nie", "niemals", "nichts", "ohne", "nein"],
  en: ["not", "no", "never", "none", "nothing", "without", "nor"],
  tr: ["değil", "yok", "hiç", "hayır", "asla"],
  ar: ["لا", "لم", "لن", "ليس", "ليست", "غير", "بدون", "أبدا"],
  uk: ["не", "ні", "ніколи", "без", "немає", "нема"],
  ru: ["не", "нет", "ни", "никогда", "без"],
  fa: ["نه", "نمی", "بدون", "هیچ", "نیست", "هرگز"],
  pl: ["nie", "bez", "nigdy", "żaden", "żadna", "żadne", "brak"],
  ro: ["nu", "fără", "niciodată", "nici", "niciun", "nicio"],
};

/**
 * Words some lists have that carry an answer's meaning in a word cloud: "gut", "Zeit",
 * "Menschen" are what people answer, not small words. Kept too; German's list has the most.
 */
const MEANINGFUL: Readonly<Partial<Record<Locale, readonly string[]>>> = {
  de: [
    ...["gut", "gute", "guter", "gutes", "besser", "beste", "besten", "schlecht", "richtig", "ehrlich", "ernst"],
    ...["groß", "große", "großen", "großer", "großes", "gross", "grosse", "grossen", "grosser", "grosses"],
    ...["kleine", "kleinen", "kleiner", "kleines", "neue", "neuen", "kurz", "lang", "lange", "hoch", "weit"],
    ...["leicht", "offen", "möglich", "natürlich", "wirklich", "zusammen", "allein", "gern", "lieber", "satt"],
    ...["zeit", "tag", "tage", "tagen", "jahr", "jahre", "jahren", "heute", "morgen", "früher", "später", "uhr"],
    ...["mensch", "menschen", "mann", "gott", "dank", "ende", "schluss", "teil", "sache", "ordnung", "recht"],
    ...["beispiel", "mittel", "suche", "bekannt", "ja"],
  ],
  tr: ["iyi"],
  ru: ["лучше", "сегодня"],
  pl: ["dobrze", "dziś"],
  ro: ["bine", "timp", "zi", "azi", "mâine"],
  ar: ["سنة", "يوم", "اليوم", "غدا"],
};

/** The stop words of `locale` and of English, folded for `locale` as answers are. */
function stopWordsFor(locale: Locale): ReadonlySet<string> {
  const languages: Locale[] = locale === "en" ? ["en"] : [locale, "en"];
  const kept = new Set(
    languages.flatMap((language) =>
      [...KEPT[language], ...(MEANINGFUL[language] ?? [])].map((word) => foldCase(word, locale)),
    ),
  );
  const words = new Set<string>();
  for (const language of languages) {
    for (const word of LISTS[language]) {
      const folded = foldCase(word, locale);
      if (kept.has(folded)) continue;
      words.add(folded);
      // Romanian is typed with the comma below (ș, ț) and, on older keyboards, the cedilla (ş, ţ);
      // NFKC keeps them apart and the list has only the cedilla.
      words.add(folded.replace(/[şţ]/g, (letter) => (letter === "ş" ? "ș" : "ț")));
    }
  }
  return words;
}

/** Built once when the server starts (a few thousand words, a few milliseconds): the lists never change. */
const STOP_WORDS = new Map<string, ReadonlySet<string>>(LOCALES.map((locale) => [locale, stopWordsFor(locale)]));
const ENGLISH_ONLY = STOP_WORDS.get("en") ?? new Set<string>();

/**
 * A folded answer without its stop words (words are what spaces part). An answer of stop words
 * only stays whole: "the" is an answer too, and never an empty group.
 */
export function withoutStopWords(folded: string, locale: string): string {
  const stopWords = STOP_WORDS.get(locale) ?? ENGLISH_ONLY;
  const words = folded.split(" ");
  const left = words.filter((word) => !stopWords.has(word));
  return left.length === 0 || left.length === words.length ? folded : left.join(" ");
}
