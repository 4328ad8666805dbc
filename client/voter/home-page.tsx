// The home page: join an event by its code, or create a new event.
import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { type Locale, setDocumentLanguage, type VoterStrings } from "../common/i18n.js";
import { LanguagePicker } from "../common/language-picker.js";
import { useStore } from "../common/store.js";
import { pickLanguage, voterStore } from "./voter-store.js";
import { normalizeCode } from "./voter-texts.js";

export function HomePage() {
  const { strings, locale } = useStore(voterStore);
  useEffect(() => {
    setDocumentLanguage(locale, strings.home.title);
  }, [strings, locale]);
  return (
    <>
      <header class="top">
        <span class="brand">Handzeichen</span>
        <LanguagePicker locale={locale} strings={strings} onPick={pickLanguage} />
      </header>
      <main class="page">
        <JoinForm />
        <section class="organiser" aria-labelledby="organiser">
          <h2 id="organiser">{strings.home.organiser}</h2>
          <CreateEvent strings={strings} locale={locale} />
        </section>
      </main>
    </>
  );
}

function JoinForm() {
  const { strings } = useStore(voterStore);
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const t = strings.home;

  const join = async (event: Event) => {
    event.preventDefault();
    const code = normalizeCode(typed);
    // The server is the judge of what a code is: anything it does not know is a 404.
    if (code === "") return setProblem(t.noCode);
    setChecking(true);
    try {
      const response = await fetch(`/api/events/${encodeURIComponent(code)}`);
      if (response.ok) return location.assign(`/e/${encodeURIComponent(code)}`);
      setProblem(response.status === 404 ? t.unknownCode(code) : t.offline);
    } catch {
      setProblem(t.offline);
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
        aria-describedby={problem ? "code-hint code-problem" : "code-hint"}
        aria-invalid={problem ? "true" : undefined}
      />
      <p id="code-hint" class="hint">
        {t.codeHint}
      </p>
      {problem && (
        <p id="code-problem" class="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={checking}>
        {checking ? t.checking : t.join}
      </button>
    </form>
  );
}

type CreateEventProps = { strings: VoterStrings; locale: Locale };

/** Organisers are few: their form loads only when opened, and voters never download it. */
function CreateEvent({ strings, locale }: CreateEventProps) {
  const [Form, setForm] = useState<FunctionComponent<CreateEventProps> | null>(null);
  const load = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || Form) return;
    void import("./create-event-form.js").then((module) => setForm(() => module.CreateEventForm));
  };
  return (
    <details onToggle={load}>
      <summary>{strings.home.createToggle}</summary>
      {Form && <Form strings={strings} locale={locale} />}
    </details>
  );
}
