// A poll in the phone's language where the moderator translated it, with a switch to the
// original and back (shared/poll-text.ts picks the words). The choice holds for every poll.
import type { Poll } from "../../shared/poll.js";
import { pollInLanguage, translationOf } from "../../shared/poll-text.js";
import type { Locale, VoterStrings } from "../common/i18n.js";
import { createStore, useStore } from "../common/store.js";

const original = createStore(false);

/** The poll as the phone shows it: translated into `locale`, unless the voter asked for the original. */
export function useShownPoll(poll: Poll | undefined, locale: Locale): Poll | undefined {
  return useStore(original) || !poll ? poll : pollInLanguage(poll, locale);
}

/** Shown only where there is a translation to switch from. */
export function OriginalToggle({ poll, strings }: { poll: Poll; strings: VoterStrings }) {
  const showingOriginal = useStore(original);
  if (!translationOf(poll, strings.locale)) return null;
  return (
    <button type="button" class="secondary text-toggle" onClick={() => original.update((shown) => !shown)}>
      {showingOriginal ? strings.voter.pollText.showTranslation : strings.voter.pollText.showOriginal}
    </button>
  );
}
