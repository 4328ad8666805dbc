// Asks for the moderator key when the page was opened without one (or with a wrong one).
import { useState } from "preact/hooks";
import type { Strings } from "../common/i18n.js";
import { enterKey } from "./console-store.js";
import { keyFromInput } from "./moderator-key.js";

export function KeyForm({ strings, problem }: { strings: Strings; problem: "wrong" | "limited" | null }) {
  const t = strings.console;
  const [typed, setTyped] = useState("");
  const submit = (event: Event) => {
    event.preventDefault();
    const key = keyFromInput(typed);
    if (key) enterKey(key);
  };
  return (
    <form class="card key-form" onSubmit={submit}>
      <h2>{t.keyHeading}</h2>
      <p>{t.keyText}</p>
      {problem && (
        <p class="problem" role="alert">
          {problem === "wrong" ? t.keyWrong : t.keyLimited}
        </p>
      )}
      <label for="moderator-key">{t.keyLabel}</label>
      <input
        id="moderator-key"
        type="password"
        autoComplete="off"
        dir="ltr"
        value={typed}
        onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" class="primary">
        {t.keySubmit}
      </button>
    </form>
  );
}
