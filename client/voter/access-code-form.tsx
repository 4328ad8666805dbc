// Events with an access code ask for it once before the first vote (it is kept for the event).
import { useState } from "preact/hooks";
import type { VoterStrings } from "../common/i18n.js";
import { enterAccessCode } from "./voter-store.js";

export function AccessCodeForm({ strings, refused }: { strings: VoterStrings; refused: boolean }) {
  const t = strings.voter;
  const [typed, setTyped] = useState("");
  const submit = (event: Event) => {
    event.preventDefault();
    if (typed.trim()) enterAccessCode(typed.trim());
  };
  return (
    <form class="card" onSubmit={submit}>
      <h1>{t.accessHeading}</h1>
      <p class="hint">{t.accessText}</p>
      {refused && (
        <p class="problem" role="alert">
          {t.accessWrong}
        </p>
      )}
      <label for="access-code">{t.accessLabel}</label>
      <input
        id="access-code"
        class="code-input"
        value={typed}
        autoComplete="off"
        autoCapitalize="none"
        spellcheck={false}
        onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
      />
      <div class="actions">
        <button type="submit" class="primary">
          {t.accessSubmit}
        </button>
      </div>
    </form>
  );
}
