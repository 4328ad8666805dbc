// The form of the organisers' page: title, code and language of a new event; afterwards its
// moderator link, shown once, and the way on to the console.
import { useState } from "preact/hooks";
import type { CreateEventResponse } from "../../shared/event.js";
import { CopyButton } from "../common/copy-button.js";
import { LANGUAGES, type Locale, type Strings } from "../common/i18n.js";

type Props = { strings: Strings; locale: Locale };

/** Why the event was not created, as the server's error code says it; never the server's own words. */
type CreateProblem = "codeTaken" | "invalid" | "limited" | "failed" | "offline";

const PROBLEMS = new Map<unknown, CreateProblem>([
  ["EVENT_CODE_TAKEN", "codeTaken"],
  ["INVALID_REQUEST", "invalid"],
  ["RATE_LIMITED", "limited"],
]);

export function CreateEventForm({ strings, locale }: Props) {
  const t = strings.create;
  const [title, setTitle] = useState("");
  const [code, setCode] = useState("");
  const [eventLocale, setEventLocale] = useState<Locale>(locale);
  const [problem, setProblem] = useState<CreateProblem | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreateEventResponse | null>(null);

  if (created) {
    const link = `${location.origin}/moderate/${created.event.code}#key=${created.moderatorKey}`;
    return (
      <div class="created" role="status">
        <h2>{t.readyHeading}</h2>
        <p class="warning">{t.keyWarning}</p>
        <label for="moderator-link">{t.moderatorLink}</label>
        <input id="moderator-link" class="link-field" readOnly value={link} dir="ltr" />
        <div class="actions">
          <CopyButton text={link} label={t.copy} copiedLabel={t.copied} fieldId="moderator-link" />
          <a class="button primary" href={link}>
            {t.openConsole}
          </a>
        </div>
      </div>
    );
  }

  const create = async (event: Event) => {
    event.preventDefault();
    setCreating(true);
    setProblem(null);
    try {
      const body = { title, locale: eventLocale, ...(code.trim() ? { code: code.trim() } : {}) };
      const response = await fetch("/api/events", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const reply = await response.json().catch(() => null);
      if (response.status === 201) setCreated(reply as CreateEventResponse);
      else setProblem(PROBLEMS.get(reply?.error?.code) ?? "failed");
    } catch {
      setProblem("offline");
    }
    setCreating(false);
  };

  return (
    <form class="create" onSubmit={create}>
      <label for="event-title">{t.titleLabel}</label>
      <input
        id="event-title"
        required
        maxLength={200}
        value={title}
        onInput={(event) => setTitle((event.currentTarget as HTMLInputElement).value)}
      />
      <label for="event-code">{t.codeLabel}</label>
      <input
        id="event-code"
        value={code}
        maxLength={32}
        autoCapitalize="none"
        autoComplete="off"
        spellcheck={false}
        dir="ltr"
        aria-describedby="event-code-hint"
        onInput={(event) => setCode((event.currentTarget as HTMLInputElement).value)}
      />
      <p id="event-code-hint" class="hint">
        {t.codeHint}
      </p>
      <label for="event-locale">{t.localeLabel}</label>
      <select
        id="event-locale"
        value={eventLocale}
        onChange={(event) => setEventLocale((event.currentTarget as HTMLSelectElement).value as Locale)}
      >
        {(Object.keys(LANGUAGES) as Locale[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGES[code]}
          </option>
        ))}
      </select>
      {problem && (
        <p class="problem" role="alert">
          {problem === "offline" ? strings.home.offline : t[problem]}
        </p>
      )}
      <button type="submit" class="primary" disabled={creating}>
        {creating ? t.creating : t.submit}
      </button>
    </form>
  );
}
