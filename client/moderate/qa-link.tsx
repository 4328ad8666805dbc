// The Q&A moderator link: a second key for a helper who approves and highlights questions but
// touches no poll or setting. The server shows a new key once; making another replaces it, and
// "revoke" ends it (docs/api.md "The Q&A moderator key").
import { CopyButton } from "../common/copy-button.js";
import type { Strings } from "../common/i18n.js";
import { type ConsoleState, makeQaModeratorKey, revokeQaModeratorKey } from "./console-store.js";
import { qaModeratorLink } from "./moderator-key.js";

export function QaLink({ state, strings }: { state: ConsoleState; strings: Strings }) {
  const t = strings.console.qa.link;
  const link = state.newQaKey ? qaModeratorLink(location.origin, state.code, state.newQaKey) : null;
  return (
    <section class="card qa-link" aria-labelledby="qa-link-heading">
      <h3 id="qa-link-heading">{t.heading}</h3>
      <p class="hint">{t.hint}</p>
      {link && (
        <div class="qa-link-new">
          <label for="qa-link-field">{t.label}</label>
          <input id="qa-link-field" class="link-field" dir="ltr" readOnly value={link} />
          <p class="hint">{t.shownOnce}</p>
          <CopyButton
            text={link}
            label={strings.console.copy}
            copiedLabel={strings.console.copied}
            fieldId="qa-link-field"
            class="secondary small"
          />
        </div>
      )}
      <div class="qa-link-actions">
        <button type="button" class="secondary small" onClick={() => void makeQaModeratorKey()}>
          {link ? t.remake : t.make}
        </button>
        <button type="button" class="danger small" onClick={() => void revokeQaModeratorKey()}>
          {t.revoke}
        </button>
      </div>
      <p class="saved" role="status">
        {state.qaKeyRevoked ? `✓ ${t.revoked}` : ""}
      </p>
    </section>
  );
}
