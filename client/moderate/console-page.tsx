// The console's page: header, the key form when needed, links, the list of polls and the Q&A;
// with a Q&A moderator link's key, the Q&A alone.
import { useEffect } from "preact/hooks";
import { type Strings, setDocumentLanguage } from "../common/i18n.js";
import { LanguagePicker } from "../common/language-picker.js";
import { useStore } from "../common/store.js";
import { sentenceWith } from "../common/user-text.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { problemText } from "./console-session.js";
import {
  type ConsoleState,
  consoleStore,
  dismissBurst,
  dismissProblem,
  type ExportFormat,
  exportResults,
  pickLanguage,
} from "./console-store.js";
import { EventSettings } from "./event-settings.js";
import { KeyForm } from "./key-form.js";
import { LinksPanel } from "./links-panel.js";
import { PollList } from "./poll-list.js";
import { QaLink } from "./qa-link.js";
import { QaPanel } from "./qa-panel.js";
import { QaSettingsForm } from "./qa-settings.js";
import { ScreenChoice } from "./screen-choice.js";

/** The downloads beside the printable report; each needs the key, so each is fetched, then saved. */
const EXPORTS: readonly [ExportFormat, "exportCsv" | "exportJson" | "exportXlsx"][] = [
  ["csv", "exportCsv"],
  ["json", "exportJson"],
  ["xlsx", "exportXlsx"],
];

export function ConsolePage() {
  const state = useStore(consoleStore);
  const { strings, locale, live, code, status } = state;
  useEffect(() => {
    if (strings) setDocumentLanguage(strings.locale, strings.console.title(live?.event.title ?? code));
  }, [strings, live?.event.title]);
  if (!strings) return null;
  const t = strings.console;
  return (
    <>
      <header class="top">
        <div>
          <p class="brand">{t.brand}</p>
          <h1>{live ? <bdi>{live.event.title}</bdi> : code}</h1>
        </div>
        <LanguagePicker locale={locale} strings={strings} onPick={pickLanguage} />
      </header>
      {status === "reconnecting" && (
        <p class="reconnecting" role="status">
          {strings.reconnecting}
        </p>
      )}
      <main class="console">
        {status === "gone" ? (
          <p class="problem">{sentenceWith((mark) => strings.noSuchEvent(mark(code)), "ltr")}</p>
        ) : state.key === null ? (
          <KeyForm strings={strings} problem={state.keyProblem} />
        ) : live === null ? (
          <p class="connecting">{strings.connecting}</p>
        ) : (
          <Console state={state} strings={strings} />
        )}
      </main>
      <ConfirmDialog confirmation={state.confirmation} strings={strings} />
    </>
  );
}

function Console({ state, strings }: { state: ConsoleState; strings: Strings }) {
  const t = strings.console;
  // The server decides what the key may do: a Q&A moderator's feed has no drafts and no settings to show.
  if (state.live?.role === "qaModerator") return <QaPanel state={state} strings={strings} questionsOnly />;
  return (
    <>
      {state.burst && (
        <div class="notice warning" role="alert">
          <p>{t.voteBurst(state.burst.newParticipants, state.burst.windowSeconds, state.burst.connectedVoters)}</p>
          <button type="button" class="secondary small" onClick={dismissBurst}>
            {t.dismiss}
          </button>
        </div>
      )}
      {state.problem && state.editing === null && (
        <div class="notice problem" role="alert">
          <p>{problemText(strings, state.problem)}</p>
          <button type="button" class="secondary small" onClick={dismissProblem}>
            {t.dismiss}
          </button>
        </div>
      )}
      {state.live && <ScreenChoice live={state.live} strings={strings} />}
      <div class="columns">
        <div>
          <PollList state={state} strings={strings} />
          <QaPanel state={state} strings={strings} questionsOnly={false} />
        </div>
        <aside class="side">
          <LinksPanel code={state.code} moderatorKey={state.key ?? ""} strings={strings} />
          <div class="exports">
            {EXPORTS.map(([format, label]) => (
              <button key={format} type="button" class="secondary wide" onClick={() => void exportResults(format)}>
                {t[label]}
              </button>
            ))}
            <a class="button secondary wide" href={`/moderate/${encodeURIComponent(state.code)}/report`}>
              {t.openReport}
            </a>
          </div>
          {state.live && <EventSettings event={state.live.event} strings={strings} />}
          {state.live && <QaSettingsForm event={state.live.event} strings={strings} />}
          <QaLink state={state} strings={strings} />
        </aside>
      </div>
    </>
  );
}
