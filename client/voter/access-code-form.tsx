// Events with an access code ask for it before showing their questions, and the server checks
// it at once; it is kept for the event. A wrong code stays in the field, with the reason.
import { useState } from "preact/hooks";
import type { VoterStrings } from "../common/i18n.js";
import { enterAccessCode, type VoterState } from "./voter-store.js";

export function AccessCodeForm({ strings, state }: { strings: VoterStrings; state: VoterState }) {
  const t = strings.voter;
  const [typed, setTyped] = useState(state.accessCode ?? "");
  const checking = state.access === "checking";
  const problem = state.access === "wrong" ? t.accessWrong : state.access === "limited" ? t.accessLimited : null;
  const submit = (event: Event) => {
    event.preventDefault();
    if (typed.trim() && !checking) enterAccessCode(typed.trim());
  };
  return (
    <form class="card" onSubmit={submit}>
      <h1>{t.accessHeading}</h1>
      <p class="hint">{t.accessText}</p>
      {problem && (
        <p id="access-problem" class="problem" role="alert">
          {problem}
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
        dir="ltr"
        aria-invalid={problem !== null}
        aria-describedby={problem ? "access-problem" : undefined}
        onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={checking}>
          {checking ? t.accessChecking : t.accessSubmit}
        </button>
      </div>
    </form>
  );
}
