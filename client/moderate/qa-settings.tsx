// The event's Q&A settings: on or off, every question approved first, names allowed, and the
// blocked words (one per line) that send a question to the queue (docs/api.md "Q&A settings").
import { useState } from "preact/hooks";
import type { ModeratorEvent } from "../../shared/event.js";
import { MAX_BLOCKED_WORD_LENGTH, MAX_BLOCKED_WORDS } from "../../shared/limits.js";
import type { UpdateQaSettings } from "../../shared/question.js";
import type { EventState } from "../common/event-state.js";
import type { Strings } from "../common/i18n.js";
import { sentenceWith } from "../common/user-text.js";
import { updateQaSettings } from "./console-store.js";

const wordsOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

export function QaSettingsForm({ event, strings }: { event: EventState["event"]; strings: Strings }) {
  const t = strings.console.qa;
  // Moderators' snapshots carry the blocked words; this form is never shown to anyone else.
  const qa = event.qa as ModeratorEvent["qa"];
  const [enabled, setEnabled] = useState(qa.enabled);
  const [pre, setPre] = useState(qa.moderation === "pre");
  const [names, setNames] = useState(qa.names);
  const [blocked, setBlocked] = useState((qa.blockedWords ?? []).join("\n"));
  const [saved, setSaved] = useState(false);
  const words = wordsOf(blocked);
  const tooLong = words.find((word) => word.length > MAX_BLOCKED_WORD_LENGTH);
  const tooMany = words.length > MAX_BLOCKED_WORDS;
  const invalid = tooLong !== undefined || tooMany;

  const save = async (submitted: Event) => {
    submitted.preventDefault();
    if (invalid) return;
    const changes: UpdateQaSettings = {};
    if (enabled !== qa.enabled) changes.enabled = enabled;
    if (pre !== (qa.moderation === "pre")) changes.moderation = pre ? "pre" : "post";
    if (names !== qa.names) changes.names = names;
    if (words.join("\n") !== (qa.blockedWords ?? []).join("\n")) changes.blockedWords = words;
    setSaved(Object.keys(changes).length === 0 || (await updateQaSettings(changes)));
  };
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved(false);
      set(value);
    };
  const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;
  return (
    <form class="card settings qa-settings" onSubmit={save} aria-labelledby="qa-settings-heading">
      <h3 id="qa-settings-heading">{t.settings}</h3>
      <label class="check">
        <input type="checkbox" checked={enabled} onChange={(e) => changed(setEnabled)(checked(e))} /> {t.enabled}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={pre}
          aria-describedby="qa-pre-hint"
          onChange={(e) => changed(setPre)(checked(e))}
        />{" "}
        {t.preModeration}
      </label>
      <p id="qa-pre-hint" class="hint">
        {t.preModerationHint}
      </p>
      <label class="check">
        <input type="checkbox" checked={names} onChange={(e) => changed(setNames)(checked(e))} /> {t.names}
      </label>
      <label for="qa-blocked">{t.blockedWords}</label>
      <textarea
        id="qa-blocked"
        rows={4}
        value={blocked}
        aria-describedby={invalid ? "qa-blocked-hint qa-blocked-problem" : "qa-blocked-hint"}
        aria-invalid={invalid}
        onInput={(e) => changed(setBlocked)((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id="qa-blocked-hint" class="hint">
        {t.blockedWordsHint}
      </p>
      {invalid && (
        <p id="qa-blocked-problem" class="problem" role="alert">
          {tooLong !== undefined
            ? sentenceWith((mark) => t.blockedWordTooLong(mark(tooLong), MAX_BLOCKED_WORD_LENGTH))
            : t.tooManyBlockedWords(MAX_BLOCKED_WORDS)}
        </p>
      )}
      <button type="submit" class="secondary" disabled={invalid}>
        {t.save}
      </button>{" "}
      <span class="saved" role="status">
        {saved ? `✓ ${strings.console.saved}` : ""}
      </span>
    </form>
  );
}
