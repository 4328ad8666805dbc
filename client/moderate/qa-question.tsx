// One audience question in the console: its text and asker (user text, isolated), its live
// upvote count, and the moves its state allows (docs/api.md "The life of a question").
import type { Question } from "../../shared/question.js";
import type { Strings } from "../common/i18n.js";
import { sentenceWith } from "../common/user-text.js";
import { askToConfirm, deleteQuestion, moderateQuestion } from "./console-store.js";
import { QA_SHORTCUTS, QUESTION_ATTRIBUTE } from "./qa-shortcuts.js";

type Props = { question: Question; strings: Strings };

export function QuestionItem({ question, strings }: Props) {
  const t = strings.console.qa;
  const { id, state } = question;
  const move = (to: Question["state"]) => () => void moderateQuestion(id, { state: to });
  const confirmDelete = () =>
    askToConfirm({
      text: sentenceWith((mark) => t.confirmDelete(mark(question.text))),
      run: () => void deleteQuestion(id),
    });
  // Only the queue and the visible list answer the shortcuts; the sections below are folded away.
  const reachable = state === "pending" || state === "visible";
  return (
    <li
      class={`question${question.highlighted ? " highlighted" : ""}`}
      tabIndex={reachable ? -1 : undefined}
      {...(reachable ? { [QUESTION_ATTRIBUTE]: String(id) } : {})}
    >
      <div class="question-top">
        <span class="upvotes">{t.upvotes(question.upvotes)}</span>
        {question.highlighted && <span class="chip highlight-mark">★ {t.highlighted}</span>}
      </div>
      <p class="question-text">
        <bdi>{question.text}</bdi>
      </p>
      {question.name && <p class="asker">{sentenceWith((mark) => t.askedBy(mark(question.name ?? "")))}</p>}
      <div class="question-actions">
        {state === "pending" && (
          <>
            <button
              type="button"
              class="primary small"
              aria-keyshortcuts={QA_SHORTCUTS.approve}
              onClick={move("visible")}
            >
              {t.approve}
            </button>
            <button
              type="button"
              class="secondary small"
              aria-keyshortcuts={QA_SHORTCUTS.reject}
              onClick={move("rejected")}
            >
              {t.reject}
            </button>
          </>
        )}
        {state === "visible" && (
          <>
            <button
              type="button"
              class="secondary small"
              aria-pressed={question.highlighted}
              aria-keyshortcuts={QA_SHORTCUTS.highlight}
              onClick={() => void moderateQuestion(id, { highlighted: !question.highlighted })}
            >
              {t.highlight}
            </button>
            <button
              type="button"
              class="secondary small"
              aria-keyshortcuts={QA_SHORTCUTS.answered}
              onClick={move("answered")}
            >
              {t.answered}
            </button>
            <button type="button" class="secondary small" onClick={move("archived")}>
              {t.archive}
            </button>
          </>
        )}
        {state !== "pending" && state !== "visible" && (
          <button type="button" class="secondary small" onClick={move("visible")}>
            {t.showAgain}
          </button>
        )}
        {state === "answered" && (
          <button type="button" class="secondary small" onClick={move("archived")}>
            {t.archive}
          </button>
        )}
        <button type="button" class="danger small" onClick={confirmDelete}>
          {t.delete}
        </button>
      </div>
    </li>
  );
}
