// How the pages apply the server's live frames to what they show (client/common/event-state.ts).
import { describe, expect, it } from "vitest";
import { applyFrame, type EventState } from "../../client/common/event-state.js";
import type { SnapshotMessage } from "../../shared/messages.js";
import type { ChoicePoll } from "../../shared/poll.js";
import type { Question } from "../../shared/question.js";

const poll = (id: number, position: number, fields: Partial<ChoicePoll> = {}): ChoicePoll => ({
  id,
  eventCode: "kurze-wege",
  position,
  state: "open",
  question: `Question ${id}`,
  resultsVisibility: "live",
  createdAt: "2026-01-01T00:00:00.000Z",
  openedAt: "2026-01-01T00:01:00.000Z",
  closedAt: null,
  translations: {},
  type: "choice",
  options: [
    { id: 1, label: "A" },
    { id: 2, label: "B" },
  ],
  minSelections: 1,
  maxSelections: 1,
  ...fields,
});

const snapshot = (fields: Partial<SnapshotMessage> = {}): SnapshotMessage => ({
  type: "snapshot",
  event: {
    code: "kurze-wege",
    title: "Erfolg",
    locale: "de",
    createdAt: "",
    accessCodeRequired: false,
    screen: { show: "join" as const },
    qa: { enabled: false, moderation: "post" as const, names: true },
  },
  polls: [poll(2, 2), poll(1, 1)],
  results: {},
  myVotes: {},
  questions: [],
  myUpvotes: [],
  participantToken: null,
  role: "voter",
  ...fields,
});

const results = (pollId: number, respondents: number) => ({
  type: "results" as const,
  pollId,
  results: { pollId, type: "choice" as const, respondents, options: [] },
});

const start = () => applyFrame(null, snapshot()) as EventState;

describe("the live event state", () => {
  it("keeps polls in the moderator's order", () => {
    expect(start().polls.map((p) => p.id)).toEqual([1, 2]);
    const moved = applyFrame(start(), { type: "poll", poll: poll(2, 0) }) as EventState;
    expect(moved.polls.map((p) => p.id)).toEqual([2, 1]);
  });

  it("ignores frames before the first snapshot", () => {
    expect(applyFrame(null, results(1, 3))).toBeNull();
  });

  it("records the voter's own vote when the server acknowledges it", () => {
    const voted = applyFrame(start(), { type: "ack", requestId: "v1", vote: { pollId: 1, optionIds: [2] } });
    expect(voted?.myVotes[1]).toEqual({ pollId: 1, optionIds: [2] });
  });

  it("forgets the voter's vote when the moderator resets the poll", () => {
    const voted = applyFrame(start(), { type: "ack", requestId: "v1", vote: { pollId: 1, optionIds: [2] } });
    const counted = applyFrame(voted, results(1, 1));
    expect(counted?.myVotes[1]).toBeDefined();
    expect(applyFrame(counted, { type: "pollReset", pollId: 1 })?.myVotes[1]).toBeUndefined();
  });

  it("drops a deleted poll with its results and the voter's vote", () => {
    const voted = applyFrame(start(), { type: "ack", requestId: "v1", vote: { pollId: 1, optionIds: [2] } });
    const deleted = applyFrame(applyFrame(voted, results(1, 1)), { type: "pollDeleted", pollId: 1 });
    expect(deleted?.polls.map((p) => p.id)).toEqual([2]);
    expect(deleted?.results[1]).toBeUndefined();
    expect(deleted?.myVotes[1]).toBeUndefined();
  });

  it("starts over from every snapshot, as after a reconnect", () => {
    const before = applyFrame(start(), results(1, 5));
    const after = applyFrame(before, snapshot({ polls: [poll(3, 1)] }));
    expect(after?.polls.map((p) => p.id)).toEqual([3]);
    expect(after?.results).toEqual({});
  });

  it("takes a changed event (title, language, access code) from an event frame", () => {
    const event = {
      code: "kurze-wege",
      title: "Neu",
      locale: "en" as const,
      createdAt: "",
      accessCodeRequired: true,
      screen: { show: "join" as const },
      qa: { enabled: false, moderation: "post" as const, names: true },
    };
    expect(applyFrame(start(), { type: "event", event })?.event).toEqual(event);
  });
});

describe("the audience's questions in the live event state", () => {
  const question = (id: number, fields: Partial<Question> = {}): Question => ({
    id,
    text: `Frage ${id}`,
    state: "visible",
    upvotes: 0,
    highlighted: false,
    createdAt: `2026-01-01T00:0${id}:00.000Z`,
    ...fields,
  });
  const withQuestions = () =>
    applyFrame(null, snapshot({ questions: [question(1), question(2, { upvotes: 3 })], myUpvotes: [2] })) as EventState;

  it("starts from the snapshot's questions and the participant's upvotes", () => {
    const state = withQuestions();
    expect(state.questions.map((q) => q.id)).toEqual([1, 2]);
    expect(state.myUpvotes).toEqual([2]);
  });

  it("adds a new question and replaces a changed one, from a question frame or an ask's ack", () => {
    let state = applyFrame(withQuestions(), { type: "question", question: question(3, { mine: true }) }) as EventState;
    state = applyFrame(state, { type: "question", question: question(1, { state: "answered" }) }) as EventState;
    state = applyFrame(state, {
      type: "ack",
      requestId: "q1",
      question: question(4, { state: "pending" }),
    }) as EventState;
    expect(state.questions.map((q) => [q.id, q.state])).toEqual([
      [2, "visible"],
      [3, "visible"],
      [1, "answered"],
      [4, "pending"],
    ]);
  });

  it("drops a deleted question and takes new upvote counts, leaving the others as they were", () => {
    const before = withQuestions();
    let state = applyFrame(before, { type: "upvotes", upvotes: { "1": 7 } }) as EventState;
    expect(state.questions.map((q) => q.upvotes)).toEqual([7, 3]);
    expect(state.questions[1]).toBe(before.questions[1]);
    state = applyFrame(state, { type: "questionDeleted", questionId: 1 }) as EventState;
    expect(state.questions.map((q) => q.id)).toEqual([2]);
  });

  it("still counts a vote's ack as the participant's vote", () => {
    const state = applyFrame(withQuestions(), {
      type: "ack",
      requestId: "v1",
      vote: { pollId: 1, optionIds: [2] },
    }) as EventState;
    expect(state.myVotes[1]).toEqual({ pollId: 1, optionIds: [2] });
    expect(state.questions).toEqual(withQuestions().questions);
  });
});
