// A poll in the phone's language where the moderator translated it, unless the voter asked for
// the original (shared/poll-text.ts picks the words). The choice holds for every poll.
import type { Poll } from "../../shared/poll.js";
import { pollInLanguage } from "../../shared/poll-text.js";
import type { Locale } from "../common/i18n.js";
import { createStore, useStore } from "../common/store.js";

/** Whether the voter asked for the original words (original-toggle.tsx switches it). */
export const showOriginal = createStore(false);

/** The poll as the phone shows it: translated into `locale`, unless the voter asked for the original. */
export function useShownPoll(poll: Poll | undefined, locale: Locale): Poll | undefined {
  return useStore(showOriginal) || !poll ? poll : pollInLanguage(poll, locale);
}
