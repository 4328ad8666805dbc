// Which words of a poll a reader sees: the translation into their language where the moderator
// gave one, else the original. Free of zod (types only), so the voter page can afford it.
import type { Locale } from "./locales.js";
import type { Poll, PollTranslation } from "./poll.js";

/** The poll's translation into `locale`, if it has one. */
export const translationOf = (poll: Poll, locale: Locale): PollTranslation | undefined =>
  Object.hasOwn(poll.translations, locale) ? poll.translations[locale] : undefined;

/**
 * The poll with its question and option labels in `locale` where translated, the original's
 * where not; the same object when nothing is translated. Option ids stay: votes name those.
 */
export function pollInLanguage<P extends Poll>(poll: P, locale: Locale): P {
  const translation = translationOf(poll, locale);
  if (!translation) return poll;
  const labels = translation.options;
  if (poll.type !== "choice" || !labels) return { ...poll, question: translation.question };
  return {
    ...poll,
    question: translation.question,
    options: poll.options.map((option, index) => ({ id: option.id, label: labels[index] ?? option.label })),
  };
}
