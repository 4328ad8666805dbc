// Case folding of answers as the word groups compare them (docs/api.md "Open-text polls"), in
// one place so the stop-word lists are folded exactly as the answers they are matched against.

/** Folds that lower-casing leaves apart but a reader does not (full Unicode case folding). */
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ß: "ss", ẞ: "ss", ς: "σ", ſ: "s" };
const EXTRA_FOLDABLE = /[ßẞςſ]/g;

/**
 * Lower case in the poll's language, so "İstanbul" and "istanbul" meet in Turkish while "I"
 * stays apart from "i" there, and "Straße" meets "STRASSE".
 */
export function foldCase(text: string, locale: string): string {
  const lower = text.toLocaleLowerCase(locale);
  return lower.replace(EXTRA_FOLDABLE, (letter) => EXTRA_FOLDS[letter] ?? letter).normalize("NFKC");
}
