// The audience's questions on a phone: ask one (with a name when the event allows names), the
// questions by upvotes or newest, upvote one or take it back, the voter's own marked, the
// answered ones apart. Loaded only when the event has Q&A on (event-page.tsx), with its texts.
import { useEffect } from "preact/hooks";
import { formatNumber } from "../../../shared/format.js";
import type { Question } from "../../../shared/question.js";
import type { VoterStrings } from "../../common/i18n.js";
import { useStore } from "../../common/store.js";
import { linkStylesheet } from "../../common/stylesheet.js";
import { sentenceWith } from "../../common/user-text.js";
import type { VoterQaStrings } from "../../i18n/strings.js";
import { voterStore } from "../voter-store.js";
import qaStyles from "./qa.css?url";
import { isUpvoted, type QaState } from "./qa-session.js";
import { qaSession } from "./qa-store.js";
import { MAX_QUESTION_TEXT_LENGTH, type QuestionSort, questionLists, textLength } from "./question-list.js";

/** The view's styles: lazy-view.tsx draws the view once they are there (client/common/stylesheet.ts). */
export const styled = linkStylesheet(qaStyles);

export function QaView({ strings }: { strings: VoterStrings }) {
  const voter = useStore(voterStore);
  const qa = useStore(qaSession.store);
  useEffect(() => qaSession.showLanguage(strings.locale), [strings.locale]);
  const t = qa.strings;
  const live = voter.live;
  if (!t || !live) return <p class="connecting">{strings.connecting}</p>;
  const { open, answered } = questionLists(live.questions, qa.sort);
  const list = (questions: Question[]) => (
    <ul class="qa-list">
      {questions.map((question) => (
        <QuestionItem
          key={question.id}
          question={question}
          qa={qa}
          myUpvotes={live.myUpvotes}
          t={t}
          locale={strings.locale}
        />
      ))}
    </ul>
  );
  return (
    <>
      <AskForm
        strings={strings}
        t={t}
        qa={qa}
        namesAllowed={live.event.qa.names}
        pre={live.event.qa.moderation === "pre"}
      />
      <section class="card" aria-labelledby="qa-heading">
        <h1 id="qa-heading">{t.heading}</h1>
        <fieldset class="qa-sort">
          <legend class="sr-only">{t.sortLabel}</legend>
          <SortButton sort="top" label={t.sortTop} current={qa.sort} />
          <SortButton sort="new" label={t.sortNew} current={qa.sort} />
        </fieldset>
        {qa.upvoteProblem && <p class="problem">{t.errors[qa.upvoteProblem]}</p>}
        {open.length ? list(open) : <p class="hint">{t.none}</p>}
      </section>
      {answered.length > 0 && (
        <section class="card" aria-labelledby="qa-answered">
          <h2 id="qa-answered">{t.answered}</h2>
          {list(answered)}
        </section>
      )}
    </>
  );
}

function SortButton({ sort, label, current }: { sort: QuestionSort; label: string; current: QuestionSort }) {
  return (
    <button type="button" class="secondary" aria-pressed={sort === current} onClick={() => qaSession.sortBy(sort)}>
      {label}
    </button>
  );
}

type AskProps = { strings: VoterStrings; t: VoterQaStrings; qa: QaState; namesAllowed: boolean; pre: boolean };

function AskForm({ strings, t, qa, namesAllowed, pre }: AskProps) {
  const length = textLength(qa.draft);
  const long = length > MAX_QUESTION_TEXT_LENGTH;
  // Offline, the question waits for the connection and goes out by itself: the button says so.
  const label = qa.asking
    ? voterStore.get().status === "live"
      ? strings.voter.sending
      : strings.voter.sendWhenOnline
    : t.ask;
  return (
    <form
      class="card qa-ask"
      onSubmit={(event) => {
        event.preventDefault();
        qaSession.ask(namesAllowed);
      }}
    >
      <label for="qa-text">{t.askLabel}</label>
      <textarea
        id="qa-text"
        dir="auto"
        rows={3}
        value={qa.draft}
        aria-invalid={qa.askProblem !== null || long}
        aria-describedby={`qa-count${pre ? " qa-pre" : ""}${qa.askProblem ? " qa-problem" : ""}`}
        onInput={(event) => qaSession.write(event.currentTarget.value)}
      />
      <p id="qa-count" class={long ? "counter full" : "counter"}>
        {t.characters(length, MAX_QUESTION_TEXT_LENGTH)}
      </p>
      {pre && (
        <p id="qa-pre" class="hint">
          {t.askHintPre}
        </p>
      )}
      {namesAllowed && (
        <>
          <label for="qa-name">{t.nameLabel}</label>
          <input
            id="qa-name"
            dir="auto"
            maxLength={40}
            autocomplete="name"
            value={qa.name}
            onInput={(event) => qaSession.writeName(event.currentTarget.value)}
          />
        </>
      )}
      {qa.sent && (
        <p class="thanks">
          <span aria-hidden="true">✓ </span>
          {t[qa.sent]}
        </p>
      )}
      {qa.askProblem && (
        <p id="qa-problem" class="problem">
          {t.errors[qa.askProblem]}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={qa.asking !== null}>
          {label}
        </button>
      </div>
    </form>
  );
}

type ItemProps = { question: Question; qa: QaState; myUpvotes: readonly number[]; t: VoterQaStrings; locale: string };

function QuestionItem({ question, qa, myUpvotes, t, locale }: ItemProps) {
  const { id, state } = question;
  const up = isUpvoted(qa, myUpvotes, id);
  const count = formatNumber(question.upvotes, locale);
  const marks = [
    question.highlighted && t.highlighted,
    question.mine && t.mine,
    state === "pending" && t.pending,
    state === "rejected" && t.rejected,
  ].filter((mark): mark is string => Boolean(mark));
  return (
    <li class={`qa-item${question.highlighted ? " highlighted" : ""}${question.mine ? " mine" : ""}`}>
      <div class="qa-body">
        {marks.length > 0 && <p class="qa-marks">{marks.join(" · ")}</p>}
        <p id={`qa-${id}`} dir="auto">
          {question.text}
        </p>
        {question.name && <p class="hint">{sentenceWith((mark) => t.askedBy(mark(question.name ?? "")))}</p>}
      </div>
      {(state === "visible" || state === "answered") && (
        <button
          type="button"
          class="qa-upvote secondary"
          aria-pressed={up}
          aria-label={`${t.upvote}: ${count}`}
          aria-describedby={`qa-${id}`}
          aria-busy={qa.upvoting[id] !== undefined}
          onClick={() => qaSession.upvote(id, !up)}
        >
          <span aria-hidden="true">▲</span>
          <span>{count}</span>
        </button>
      )}
    </li>
  );
}
