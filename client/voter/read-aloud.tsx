// "Read aloud": the phone's own speech synthesis reads the question, the rule and the answers
// in the page's language, without the network. Shown only where the phone has a voice for
// that language; voices may arrive after the page (`voiceschanged`), which draws it again.
import { useEffect, useState } from "preact/hooks";
import type { Locale } from "../common/i18n.js";

type Props = { locale: Locale; label: string; texts: readonly string[] };

/** A voice's language is a tag that starts with the language: "de-DE", on older Android "de_DE". */
const speaks = (voice: SpeechSynthesisVoice, locale: Locale) => voice.lang.toLowerCase().split(/[-_]/)[0] === locale;

export function ReadAloud({ locale, label, texts }: Props) {
  const [, redraw] = useState(0);
  const speech = typeof speechSynthesis === "undefined" ? undefined : speechSynthesis;
  useEffect(() => {
    const voicesChanged = () => redraw((count) => count + 1);
    speech?.addEventListener?.("voiceschanged", voicesChanged);
    return () => speech?.removeEventListener?.("voiceschanged", voicesChanged);
  }, [speech]);
  const voice = speech?.getVoices().find((candidate) => speaks(candidate, locale));
  if (!speech || !voice) return null;
  // Each text is an utterance of its own, so the voice pauses between them; a new tap starts over.
  const read = () => {
    speech.cancel();
    for (const text of texts) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      speech.speak(utterance);
    }
  };
  return (
    <button type="button" class="secondary read-aloud" onClick={read}>
      {label}
    </button>
  );
}
