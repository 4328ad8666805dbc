// The overlay's lower third for audience Q&A: the highlighted question, with its asker's name when
// given. The question's words are the asker's: shown as text, in their own direction.
import type { Question } from "../../shared/question.js";
import type { Strings } from "../common/i18n.js";
import { sentenceWith } from "../common/user-text.js";

export function QaCard({ question, strings }: { question: Question; strings: Strings }) {
  const t = strings.screen.qa;
  return (
    <div class="qa-in">
      <p class="qa-label">{t.label}</p>
      <h2 id="question" class="question" dir="auto">
        {question.text}
      </h2>
      {question.name && <p class="asker">{sentenceWith((mark) => t.askedBy(mark(question.name ?? "")))}</p>}
    </div>
  );
}
