// The home page: join an event by its code (as people type it, or a pasted join link);
// organisers find the way to create one (/new).
import { useEffect, useState } from "preact/hooks";
import type { Event as LiveEvent } from "../../shared/event.js";
import { normalizeEventCode } from "../../shared/event-code.js";
import { setDocumentLanguage, type VoterStrings } from "../common/i18n.js";
import { LanguagePicker } from "../common/language-picker.js";
import { useStore } from "../common/store.js";
import { sentenceWith } from "../common/user-text.js";
import { pickLanguage, voterStore } from "./voter-store.js";

export function HomePage({ strings }: { strings: VoterStrings }) {
  const { locale } = useStore(voterStore);
  useEffect(() => {
    setDocumentLanguage(strings.locale, strings.home.title);
  }, [strings]);
  return (
    <>
      <header class="top">
        <span class="brand">Handzeichen</span>
        <LanguagePicker locale={locale} strings={strings} onPick={pickLanguage} />
      </header>
      <main class="page">
        <JoinForm strings={strings} />
        <section class="organiser" aria-labelledby="organiser">
          <h2 id="organiser">{strings.home.organiser}</h2>
          <a href="/new">{strings.home.createLink}</a>
        </section>
      </main>
    </>
  );
}

/** Why joining did not work; kept as a reason, so it is told in the language the page shows now. */
type JoinProblem = { kind: "noCode" } | { kind: "unknownCode"; code: string } | { kind: "offline" };

function JoinForm({ strings }: { strings: VoterStrings }) {
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<JoinProblem | null>(null);
  const [checking, setChecking] = useState(false);
  /** The title of the event the code found, shown while its page loads. */
  const [found, setFound] = useState("");
  const t = strings.home;

  const join = async (event: Event) => {
    event.preventDefault();
    const code = normalizeEventCode(typed);
    // The server is the judge of what a code is: anything it does not know is a 404. It also
    // finds a code typed without its hyphens, and answers with the event's own.
    if (code === "") return setProblem({ kind: "noCode" });
    setChecking(true);
    try {
      const response = await fetch(`/api/events/${encodeURIComponent(code)}`);
      if (response.ok) {
        const { event } = (await response.json()) as { event: LiveEvent };
        setProblem(null);
        setFound(event.title);
        return location.assign(`/e/${encodeURIComponent(event.code)}`);
      }
      setProblem(response.status === 404 ? { kind: "unknownCode", code } : { kind: "offline" });
    } catch {
      setProblem({ kind: "offline" });
    }
    setChecking(false);
  };

  return (
    <form class="card join" onSubmit={join} noValidate>
      <h1>{t.heading}</h1>
      <label for="code">{t.codeLabel}</label>
      <input
        id="code"
        name="code"
        class="code-input"
        value={typed}
        onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
        autoComplete="off"
        autoCapitalize="none"
        autoCorrect="off"
        spellcheck={false}
        enterKeyHint="go"
        dir="ltr"
        aria-describedby={problem ? "code-hint code-problem" : "code-hint"}
        aria-invalid={problem ? "true" : undefined}
      />
      <p id="code-hint" class="hint">
        {t.codeHint}
      </p>
      {problem && (
        <p id="code-problem" class="problem" role="alert">
          {problem.kind === "unknownCode"
            ? sentenceWith((mark) => t.unknownCode(mark(problem.code)), "ltr")
            : t[problem.kind]}
        </p>
      )}
      {found && (
        <p role="status">
          ✓ <bdi>{found}</bdi>
        </p>
      )}
      <button type="submit" class="primary" disabled={checking}>
        {checking ? t.checking : t.join}
      </button>
    </form>
  );
}
