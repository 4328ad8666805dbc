// The console's audience Q&A: the queue of questions waiting for approval, the questions everyone
// sees (most upvoted first, counts live), and the answered, archived and rejected ones folded away.
// The console puts it under the polls (the Q&A settings and link go in its side column); a Q&A
// moderator link's page shows this panel alone.
import { useRef } from "preact/hooks";
import type { Question } from "../../shared/question.js";
import type { Strings } from "../common/i18n.js";
import { qaProblemText } from "./console-session.js";
import { type ConsoleState, dismissQaProblem, moderateQuestion } from "./console-store.js";
import { QuestionItem } from "./qa-question.js";
import { focusQuestion, QA_SHORTCUTS, type QaShortcutAction, useQaShortcuts } from "./qa-shortcuts.js";
import { groupQuestions } from "./question-list.js";
import "./qa.css";

type Props = { state: ConsoleState; strings: Strings; questionsOnly: boolean };

export function QaPanel({ state, strings, questionsOnly }: Props) {
  const t = strings.console.qa;
  const panel = useRef<HTMLElement>(null);
  const groups = groupQuestions(state.questions);
  const byId = new Map(state.questions.map((question) => [question.id, question]));
  const event = state.live?.event;

  useQaShortcuts(panel, (action: QaShortcutAction, questionId: number, nextId: number | null) => {
    const question = byId.get(questionId);
    if (!question) return;
    const change = shortcutChange(action, question);
    if (!change) return;
    const from = document.activeElement;
    void moderateQuestion(questionId, change).then((done) => {
      // A question that left its list takes the focus with it: it goes on to the next one.
      if (done && change.state !== undefined) focusQuestion(panel.current, nextId ?? questionId, from);
    });
  });

  return (
    <section class={questionsOnly ? "qa only" : "qa"} aria-labelledby="qa-heading" ref={panel}>
      <h2 id="qa-heading">{questionsOnly ? t.onlyHeading : t.heading}</h2>
      {questionsOnly && <p class="qa-intro">{t.onlyText}</p>}
      {event && !event.qa.enabled && <p class="notice qa-off">{t.off}</p>}
      {state.qaProblem && (
        <div class="notice problem" role="alert">
          <p>{qaProblemText(strings, state.qaProblem)}</p>
          <button type="button" class="secondary small" onClick={dismissQaProblem}>
            {strings.console.dismiss}
          </button>
        </div>
      )}
      <div class="qa-lists">
        <Shortcuts strings={strings} />
        <section class="card qa-queue" aria-labelledby="qa-queue-heading">
          <h3 id="qa-queue-heading">{t.queue(groups.pending.length)}</h3>
          <QuestionList questions={groups.pending} empty={t.queueEmpty} strings={strings} />
        </section>
        <section class="card qa-shown" aria-labelledby="qa-shown-heading">
          <h3 id="qa-shown-heading">{t.shown(groups.visible.length)}</h3>
          <QuestionList questions={groups.visible} empty={t.shownEmpty} strings={strings} />
        </section>
        <Folded summary={t.answeredSection(groups.answered.length)} questions={groups.answered} strings={strings} />
        <Folded summary={t.archivedSection(groups.archived.length)} questions={groups.archived} strings={strings} />
        <Folded summary={t.rejectedSection(groups.rejected.length)} questions={groups.rejected} strings={strings} />
      </div>
    </section>
  );
}

/** What a shortcut asks of the server for this question, or nothing where its state has no such move. */
function shortcutChange(action: QaShortcutAction, question: Question) {
  switch (action) {
    case "approve":
      return question.state === "pending" ? { state: "visible" as const } : null;
    case "reject":
      return question.state === "pending" || question.state === "visible" ? { state: "rejected" as const } : null;
    case "highlight":
      return question.state === "visible" ? { highlighted: !question.highlighted } : null;
    case "answered":
      return question.state === "visible" ? { state: "answered" as const } : null;
  }
}

function QuestionList({ questions, empty, strings }: { questions: Question[]; empty: string; strings: Strings }) {
  if (questions.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class="question-list">
      {questions.map((question) => (
        <QuestionItem key={question.id} question={question} strings={strings} />
      ))}
    </ol>
  );
}

function Folded({ summary, questions, strings }: { summary: string; questions: Question[]; strings: Strings }) {
  if (questions.length === 0) return null;
  return (
    <details class="card qa-folded">
      <summary>{summary}</summary>
      <QuestionList questions={questions} empty="" strings={strings} />
    </details>
  );
}

function Shortcuts({ strings }: { strings: Strings }) {
  const t = strings.console.qa;
  const keys = Object.entries(QA_SHORTCUTS) as [keyof typeof QA_SHORTCUTS, string][];
  return (
    <details class="qa-shortcuts">
      <summary class="button secondary small">{t.shortcuts}</summary>
      <p class="hint">{t.shortcutsHint}</p>
      <dl>
        {keys.map(([name, key]) => (
          <div key={name}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t.keys[name]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
