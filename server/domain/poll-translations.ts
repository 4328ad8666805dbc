// The rules of a poll's translations: each one must fit the poll it translates (a rating poll
// has no options; a choice poll's translated options match its own in number and order).

import { LOCALES } from "../../shared/locales.js";
import type { Poll, PollTranslations } from "../../shared/poll.js";
import { repeatedLabel } from "./option-labels.js";
import { fail, type Outcome, succeed } from "./outcome.js";

/**
 * The translations as they are kept, in the order of LOCALES, or why they do not fit `poll`.
 * A choice poll's translation may leave out `options` (phones then show the original ones);
 * when it has them, they stand for the poll's options one by one, so there must be as many.
 */
export function checkTranslations(poll: Poll, translations: PollTranslations): Outcome<PollTranslations> {
  const kept: PollTranslations = {};
  for (const locale of LOCALES) {
    const translation = translations[locale];
    if (!translation) continue;
    const labels = translation.options;
    if (labels !== undefined) {
      if (poll.type !== "choice") {
        return fail("INVALID_REQUEST", `translations.${locale}: a ${poll.type} poll has no options to translate.`);
      }
      if (labels.length !== poll.options.length) {
        return fail(
          "INVALID_REQUEST",
          `translations.${locale} has ${labels.length} options, the poll ${poll.options.length}: ` +
            "give one translated label per option, in the poll's order.",
        );
      }
      const twice = repeatedLabel(labels);
      if (twice !== null)
        return fail("INVALID_REQUEST", `translations.${locale}: the option "${twice}" is given twice.`);
    }
    kept[locale] =
      labels === undefined
        ? { question: translation.question }
        : { question: translation.question, options: [...labels] };
  }
  return succeed(kept);
}

/** Characters of every translation's question and option labels. */
export function translationText(translations: PollTranslations): number {
  let sum = 0;
  for (const translation of Object.values(translations)) {
    if (!translation) continue;
    sum += translation.question.length;
    for (const label of translation.options ?? []) sum += label.length;
  }
  return sum;
}
