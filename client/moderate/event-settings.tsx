// The event's own settings: title, the audience's language, and an optional access code.
import { useState } from "preact/hooks";
import type { UpdateEventBody } from "../../shared/event.js";
import type { EventState } from "../common/event-state.js";
import { LANGUAGES, type Locale, type Strings } from "../common/i18n.js";
import { updateEvent } from "./console-store.js";

export function EventSettings({ event, strings }: { event: EventState["event"]; strings: Strings }) {
  const t = strings.console;
  const [title, setTitle] = useState(event.title);
  const [locale, setLocale] = useState<Locale>(event.locale);
  const [accessCode, setAccessCode] = useState(event.accessCode ?? "");
  const [saved, setSaved] = useState(false);
  const save = async (submitted: Event) => {
    submitted.preventDefault();
    const changes: UpdateEventBody = {};
    if (title.trim() !== event.title) changes.title = title.trim();
    if (locale !== event.locale) changes.locale = locale;
    const code = accessCode.trim() || null;
    if (code !== (event.accessCode ?? null)) changes.accessCode = code;
    setSaved(Object.keys(changes).length === 0 || (await updateEvent(changes)));
  };
  return (
    <form class="card settings" onSubmit={save} aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t.settings}</h2>
      <label for="settings-title">{t.titleLabel}</label>
      <input
        id="settings-title"
        required
        maxLength={200}
        value={title}
        onInput={(e) => {
          setSaved(false);
          setTitle((e.currentTarget as HTMLInputElement).value);
        }}
      />
      <label for="settings-locale">{t.localeLabel}</label>
      <select
        id="settings-locale"
        value={locale}
        aria-describedby="settings-locale-hint"
        onChange={(e) => {
          setSaved(false);
          setLocale((e.currentTarget as HTMLSelectElement).value as Locale);
        }}
      >
        {(Object.keys(LANGUAGES) as Locale[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGES[code]}
          </option>
        ))}
      </select>
      <p id="settings-locale-hint" class="hint">
        {t.localeHint}
      </p>
      <label for="settings-access">{t.accessCodeLabel}</label>
      <input
        id="settings-access"
        value={accessCode}
        maxLength={32}
        autoComplete="off"
        spellcheck={false}
        dir="ltr"
        aria-describedby="settings-access-hint"
        onInput={(e) => {
          setSaved(false);
          setAccessCode((e.currentTarget as HTMLInputElement).value);
        }}
      />
      <p id="settings-access-hint" class="hint">
        {t.accessCodeHint}
      </p>
      <button type="submit" class="secondary">
        {t.saveSettings}
      </button>{" "}
      <span class="saved" role="status">
        {saved ? `✓ ${t.saved}` : ""}
      </span>
    </form>
  );
}
