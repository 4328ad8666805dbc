// The switch between a translated poll and its original words, and back; loaded only at events
// whose polls have translations (lazy-view.tsx).
import type { VoterStrings } from "../common/i18n.js";
import { useStore } from "../common/store.js";
import { showOriginal } from "./shown-poll.js";

export function OriginalToggle({ strings }: { strings: VoterStrings }) {
  const showingOriginal = useStore(showOriginal);
  return (
    <button type="button" class="secondary text-toggle" onClick={() => showOriginal.update((shown) => !shown)}>
      {showingOriginal ? strings.voter.pollText.showTranslation : strings.voter.pollText.showOriginal}
    </button>
  );
}
