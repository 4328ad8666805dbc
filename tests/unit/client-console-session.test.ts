// The moderator console's store (client/moderate/console-session.ts) driven frame by frame:
// only the answer to its `moderate` frame can turn the key down; the questions follow the Q&A frames.
import { describe, expect, it } from "vitest";
import { createConsole } from "../../client/moderate/console-session.js";
import { groupQuestions } from "../../client/moderate/question-list.js";
import type { SnapshotMessage } from "../../shared/messages.js";
import type { Question } from "../../shared/question.js";
import { scriptedLive } from "../helpers/scripted-live.js";

const CODE = "kurze-wege";
const KEY = "taNP_lnQ1AKs8CNnH0kn967UXG9l6QcQQmybXMjLqSs";

const snapshot = (role: SnapshotMessage["role"]): SnapshotMessage => ({
  type: "snapshot",
  event: {
    code: CODE,
    title: "Erfolg durch kurze Wege",
    locale: "de",
    createdAt: "",
    accessCodeRequired: false,
    screen: { show: "join" },
    qa: { enabled: false, moderation: "post", names: true },
  },
  polls: [],
  results: {},
  myVotes: {},
  questions: [],
  myUpvotes: [],
  participantToken: role === "screen" ? null : "x".repeat(43),
  role,
});

function consoleWithKey() {
  const live = scriptedLive();
  const session = createConsole({ connect: live.connect, locale: "en" });
  session.startConsole(CODE, KEY);
  live.open();
  expect(live.sent).toEqual([{ type: "hello" }, { type: "moderate", moderatorKey: KEY }]);
  live.receive(snapshot("voter"));
  return { session, live, state: () => session.store.get() };
}

describe("the console's key", () => {
  it("is kept when the connection is rate-limited later (an error frame without requestId)", () => {
    const { live, state } = consoleWithKey();
    live.receive(snapshot("moderator"));
    live.receive({ type: "error", code: "RATE_LIMITED", message: "Too many messages in a short time." });
    expect([state().key, state().keyProblem, state().live?.role]).toEqual([KEY, null, "moderator"]);
    expect(live.closed()).toBe(false);
  });

  it("is turned down when the server answers the moderate frame with UNAUTHORIZED or RATE_LIMITED", () => {
    const wrong = consoleWithKey();
    wrong.live.receive({ type: "error", code: "UNAUTHORIZED", message: "That is not this event's moderator key." });
    expect([wrong.state().key, wrong.state().keyProblem, wrong.live.closed()]).toEqual([null, "wrong", true]);

    const locked = consoleWithKey();
    locked.live.receive({ type: "error", code: "RATE_LIMITED", message: "Too many wrong moderator keys." });
    expect([locked.state().key, locked.state().keyProblem]).toEqual([null, "limited"]);
  });

  it("is checked again on every reconnect", () => {
    const { live, state } = consoleWithKey();
    live.receive(snapshot("moderator"));
    live.drop();
    live.open();
    live.receive(snapshot("voter"));
    live.receive({ type: "error", code: "UNAUTHORIZED", message: "That is not this event's moderator key." });
    expect(state().keyProblem).toBe("wrong");
  });
});

const question = (id: number, changes: Partial<Question> = {}): Question => ({
  id,
  text: `Frage ${id}`,
  state: "visible",
  upvotes: 0,
  highlighted: false,
  createdAt: `2026-11-30T10:00:0${id}.000Z`,
  ...changes,
});

describe("the console's questions", () => {
  it("come with the moderator's snapshot and follow question, questionDeleted and upvotes frames", () => {
    const { live, state } = consoleWithKey();
    live.receive({ ...snapshot("moderator"), questions: [question(1, { state: "pending" }), question(2)] });
    expect(state().questions.map((q) => q.id)).toEqual([1, 2]);

    live.receive({ type: "question", question: question(3, { state: "pending" }) });
    live.receive({ type: "question", question: question(1, { state: "visible" }) });
    live.receive({ type: "upvotes", upvotes: { "1": 4, "2": 7 } });
    live.receive({ type: "questionDeleted", questionId: 2 });
    const groups = groupQuestions(state().questions);
    expect(groups.pending.map((q) => q.id)).toEqual([3]);
    expect(groups.visible.map((q) => [q.id, q.upvotes])).toEqual([[1, 4]]);
  });

  it("keep at most one highlighted question, whichever frame comes first", () => {
    const { live, state } = consoleWithKey();
    live.receive({ ...snapshot("moderator"), questions: [question(1, { highlighted: true }), question(2)] });
    live.receive({ type: "question", question: question(2, { highlighted: true }) });
    expect(
      state()
        .questions.filter((q) => q.highlighted)
        .map((q) => q.id),
    ).toEqual([2]);
  });

  it("sort the visible ones by upvotes, the queue by age", () => {
    const groups = groupQuestions([
      question(1, { upvotes: 2 }),
      question(2, { upvotes: 9 }),
      question(3, { upvotes: 2 }),
      question(5, { state: "pending" }),
      question(4, { state: "pending" }),
    ]);
    expect(groups.visible.map((q) => q.id)).toEqual([2, 1, 3]);
    expect(groups.pending.map((q) => q.id)).toEqual([4, 5]);
  });

  it("are a Q&A moderator's too: the qaModerator snapshot is the answer to the moderate frame", () => {
    const { live, state } = consoleWithKey();
    live.receive({ ...snapshot("qaModerator"), questions: [question(1, { state: "pending" })] });
    expect([state().live?.role, state().questions.length]).toEqual(["qaModerator", 1]);
    // A later rate limit does not throw the Q&A moderator's key away.
    live.receive({ type: "error", code: "RATE_LIMITED", message: "Too many messages in a short time." });
    expect(state().key).toBe(KEY);
  });
});
