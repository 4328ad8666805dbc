// What the projector and the overlay keep of the audience's questions, and what they pick from
// them (client/common/screen-questions.ts).
import { describe, expect, it } from "vitest";
import { highlightedQuestion, questionsAfter, topQuestions } from "../../client/common/screen-questions.js";
import type { SnapshotMessage } from "../../shared/messages.js";
import type { Question } from "../../shared/question.js";

const question = (id: number, fields: Partial<Question> = {}): Question => ({
  id,
  text: `Frage ${id}?`,
  state: "visible",
  upvotes: 0,
  highlighted: false,
  createdAt: `2026-11-30T10:00:0${id}.000Z`,
  ...fields,
});

const snapshot = (questions: Question[]): SnapshotMessage => ({
  type: "snapshot",
  event: {
    code: "kurze-wege",
    title: "Erfolg",
    locale: "de",
    createdAt: "",
    accessCodeRequired: false,
    screen: { show: "qa" },
    qa: { enabled: true, moderation: "pre", names: true },
  },
  polls: [],
  results: {},
  myVotes: {},
  questions,
  myUpvotes: [],
  participantToken: null,
  role: "screen",
});

describe("the screens' questions", () => {
  it("keeps only visible and answered questions, from the snapshot and from each frame", () => {
    const start = questionsAfter(
      [],
      snapshot([question(1), question(2, { state: "pending" }), question(3, { state: "answered" })]),
    );
    expect(start.map((q) => q.id)).toEqual([1, 3]);
    const rejected = questionsAfter(start, { type: "question", question: question(1, { state: "rejected" }) });
    expect(rejected.map((q) => q.id)).toEqual([3]);
    const pending = questionsAfter(rejected, { type: "question", question: question(4, { state: "pending" }) });
    expect(pending).toBe(rejected);
    const deleted = questionsAfter(start, { type: "questionDeleted", questionId: 3 });
    expect(deleted.map((q) => q.id)).toEqual([1]);
  });

  it("takes upvote counts from the coalesced frames, and stays the same when nothing changed", () => {
    const start = questionsAfter([], snapshot([question(1, { upvotes: 2 }), question(2)]));
    const counted = questionsAfter(start, { type: "upvotes", upvotes: { "1": 5, "9": 3 } });
    expect(counted.map((q) => q.upvotes)).toEqual([5, 0]);
    expect(counted[1]).toBe(start[1]);
    expect(questionsAfter(counted, { type: "upvotes", upvotes: { "1": 5 } })).toBe(counted);
  });

  it("lists the open questions most upvoted first, older first on a tie, without the highlighted one", () => {
    const questions = [
      question(1, { upvotes: 3 }),
      question(2, { upvotes: 7, highlighted: true }),
      question(3, { upvotes: 9, state: "answered" }),
      question(4, { upvotes: 3 }),
      question(5, { upvotes: 4 }),
    ];
    expect(highlightedQuestion(questions)?.id).toBe(2);
    expect(topQuestions(questions, 6).map((q) => q.id)).toEqual([5, 1, 4]);
    expect(topQuestions(questions, 2).map((q) => q.id)).toEqual([5, 1]);
    expect(highlightedQuestion([question(1, { highlighted: true, state: "answered" })])).toBeUndefined();
  });
});
