// The voter's side of audience Q&A (client/voter/qa/qa-session.ts) on a real voter session,
// driven frame by frame: an ask counts once acked, what went wrong keeps what was typed, an ask
// or upvote made offline goes out on the next connection (once), and the one live region says
// that the question arrived. Also the view's pure rules: length as the server counts it, order.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../client/common/i18n.js";
import type { VoterQaStrings } from "../../client/i18n/strings.js";
import { createQaSession, isUpvoted } from "../../client/voter/qa/qa-session.js";
import { questionLists, sameQuestion, textLength } from "../../client/voter/qa/question-list.js";
import { createVoterSession, type VoterStorage } from "../../client/voter/voter-session.js";
import { loadVoterStrings } from "../../client/voter/voter-strings.js";
import { newsOf } from "../../client/voter/voter-texts.js";
import type { SnapshotMessage } from "../../shared/messages.js";
import type { Question } from "../../shared/question.js";
import { scriptedLive } from "../helpers/scripted-live.js";

const CODE = "kurze-wege";

function memoryStorage(): VoterStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: (key) => entries.get(key) ?? null,
    set: (key, value) => (value === null ? entries.delete(key) : entries.set(key, value)),
  };
}

const question = (id: number, fields: Partial<Question> = {}): Question => ({
  id,
  text: `Frage ${id}`,
  state: "visible",
  upvotes: 0,
  highlighted: false,
  createdAt: `2026-01-01T00:0${id}:00.000Z`,
  ...fields,
});

const snapshot = (fields: Partial<SnapshotMessage> = {}): SnapshotMessage => ({
  type: "snapshot",
  event: {
    code: CODE,
    title: "Erfolg",
    locale: "de",
    createdAt: "",
    accessCodeRequired: false,
    screen: { show: "join" },
    qa: { enabled: true, moderation: "post", names: true },
  },
  polls: [],
  results: {},
  myVotes: {},
  questions: [question(1)],
  myUpvotes: [],
  participantToken: "t".repeat(43),
  role: "voter",
  accessGranted: true,
  ...fields,
});

const loadQaStrings = (locale: Locale) =>
  import(`../../client/i18n/voter-qa/${locale}.ts`).then((module: { qa: VoterQaStrings }) => module.qa);

async function phone(storage = memoryStorage()) {
  const live = scriptedLive();
  const voter = createVoterSession({
    connect: live.connect,
    storage,
    browserLanguages: ["de-DE"],
    chosenLocale: () => null,
    chooseLocale: () => {},
    loadStrings: loadVoterStrings,
    codeCorrected: () => {},
  });
  voter.joinEvent(CODE);
  live.open();
  live.receive(snapshot());
  const qa = createQaSession({
    send: voter.sendFrame,
    listen: voter.listenFrames,
    announce: voter.announce,
    storage,
    loadStrings: loadQaStrings,
  });
  qa.showLanguage("de");
  await expect.poll(() => qa.store.get().strings !== null && voter.store.get().strings !== null).toBe(true);
  const said: string[] = [];
  voter.store.subscribe(
    (() => {
      let before = voter.store.get();
      return (after) => {
        const news = newsOf(before, after);
        if (news) said.push(news);
        before = after;
      };
    })(),
  );
  return { live, voter, qa, storage, said, state: () => qa.store.get() };
}

const asks = (sent: readonly { type: string }[]) => sent.filter((frame) => frame.type === "ask");

describe("asking a question from the phone", () => {
  it("sends the question with the name, shows it sending, and clears the form once the server has it", async () => {
    const p = await phone();
    p.qa.write("  Gibt es Kinderbetreuung?  ");
    p.qa.writeName("Ayşe");
    p.qa.ask(true);
    const sent = p.live.sent.at(-1);
    expect(sent).toEqual({ type: "ask", requestId: "q1", text: "Gibt es Kinderbetreuung?", name: "Ayşe" });
    expect(p.state().asking?.requestId).toBe("q1");
    p.live.receive({
      type: "ack",
      requestId: "q1",
      question: question(2, { text: "Gibt es Kinderbetreuung?", mine: true }),
    });
    expect([p.state().asking, p.state().draft, p.state().askProblem, p.state().sent]).toEqual([
      null,
      "",
      null,
      "arrived",
    ]);
    expect(p.voter.store.get().live?.questions.map((q) => q.id)).toEqual([1, 2]);
    expect(p.said).toEqual(["Ihre Frage ist angekommen."]);
    // The name is kept on the phone for the next question.
    expect(p.storage.entries.get("handzeichen:asker-name")).toBe("Ayşe");
  });

  it("leaves the name out where the event takes no names, and says when the question waits for approval", async () => {
    const p = await phone();
    p.qa.write("Wann ist Pause?");
    p.qa.writeName("Ayşe");
    p.qa.ask(false);
    expect(p.live.sent.at(-1)).toEqual({ type: "ask", requestId: "q1", text: "Wann ist Pause?" });
    p.live.receive({ type: "ack", requestId: "q1", question: question(2, { state: "pending", mine: true }) });
    expect(p.said).toEqual(["Ihre Frage ist angekommen. Sie wird gezeigt, sobald sie freigegeben ist."]);
    expect(p.state().sent).toBe("arrivedPending");
    // Writing the next question ends the confirmation.
    p.qa.write("W");
    expect(p.state().sent).toBeNull();
  });

  it("refuses an empty or too long question on the phone, keeping what was typed", async () => {
    const p = await phone();
    const sentBefore = p.live.sent.length;
    p.qa.write("   ");
    p.qa.ask(true);
    expect(p.state().askProblem).toBe("empty");
    p.qa.write("x".repeat(301));
    p.qa.ask(true);
    expect(p.state().askProblem).toBe("tooLong");
    expect(p.state().draft).toBe("x".repeat(301));
    expect(p.live.sent.length).toBe(sentBefore);
    expect(p.said).toEqual(["Bitte schreiben Sie zuerst Ihre Frage.", "Ihre Frage ist zu lang. Bitte kürzen Sie sie."]);
  });

  it.each([
    ["RATE_LIMITED", "RATE_LIMITED"],
    ["INVALID_REQUEST", "duplicate"],
    ["QA_DISABLED", "QA_DISABLED"],
    ["ACCESS_CODE_REQUIRED", "other"],
  ] as const)("tells %s as %s, keeping the question to send again", async (code, problem) => {
    const p = await phone();
    p.qa.write("Wann ist Pause?");
    p.qa.ask(true);
    p.live.receive({ type: "error", requestId: "q1", code, message: "…" });
    expect([p.state().asking, p.state().askProblem, p.state().draft]).toEqual([null, problem, "Wann ist Pause?"]);
    expect(p.said).toHaveLength(1);
  });
});

describe("a question asked while the connection is down", () => {
  it("waits, goes out on the next connection, and counts once acked", async () => {
    const p = await phone();
    p.live.drop();
    p.qa.write("Wann ist Pause?");
    p.qa.ask(true);
    expect(asks(p.live.sent)).toEqual([]);
    expect(p.state().asking).not.toBeNull();
    p.live.open();
    p.live.receive(snapshot());
    expect(asks(p.live.sent)).toEqual([{ type: "ask", requestId: "q1", text: "Wann ist Pause?" }]);
    p.live.receive({ type: "ack", requestId: "q1", question: question(2, { mine: true }) });
    expect(p.state().asking).toBeNull();
  });

  it("is not sent twice when the server had it before the connection dropped", async () => {
    const p = await phone();
    p.qa.write("Wann  ist Pause?");
    p.qa.ask(true);
    p.live.drop();
    p.live.open();
    p.live.receive(snapshot({ questions: [question(1), question(2, { text: "wann ist pause?", mine: true })] }));
    expect(asks(p.live.sent)).toHaveLength(1);
    expect([p.state().asking, p.state().draft]).toEqual([null, ""]);
    expect(p.said.at(-1)).toBe("Ihre Frage ist angekommen.");
  });
});

describe("upvoting from the phone", () => {
  it("upvotes and takes it back, each counting once acked, with the count the server sends", async () => {
    const p = await phone();
    const myUpvotes = () => p.voter.store.get().live?.myUpvotes ?? [];
    p.qa.upvote(1, true);
    expect(p.live.sent.at(-1)).toEqual({ type: "upvote", requestId: "u1", questionId: 1, up: true });
    expect(isUpvoted(p.state(), myUpvotes(), 1)).toBe(true);
    // A second tap before the ack changes nothing.
    p.qa.upvote(1, false);
    expect(p.live.sent.filter((frame) => frame.type === "upvote")).toHaveLength(1);
    p.live.receive({ type: "ack", requestId: "u1", question: question(1, { upvotes: 1 }) });
    expect(p.state().upvoting).toEqual({});
    expect(isUpvoted(p.state(), myUpvotes(), 1)).toBe(true);
    expect(p.voter.store.get().live?.questions[0]?.upvotes).toBe(1);
    p.qa.upvote(1, false);
    p.live.receive({ type: "ack", requestId: "u2", question: question(1, { upvotes: 0 }) });
    expect(isUpvoted(p.state(), myUpvotes(), 1)).toBe(false);
  });

  it("sends an upvote made offline on the next connection, and follows the snapshot after it", async () => {
    const p = await phone();
    p.live.drop();
    p.qa.upvote(1, true);
    p.live.open();
    p.live.receive(snapshot());
    expect(p.live.sent.at(-1)).toEqual({ type: "upvote", requestId: "u1", questionId: 1, up: true });
    p.live.receive({ type: "ack", requestId: "u1", question: question(1, { upvotes: 1 }) });
    p.live.drop();
    p.live.open();
    p.live.receive(snapshot({ myUpvotes: [] }));
    expect(isUpvoted(p.state(), p.voter.store.get().live?.myUpvotes ?? [], 1)).toBe(false);
  });

  it("says when upvotes come too fast, and shows the toggle as it was", async () => {
    const p = await phone();
    p.qa.upvote(1, true);
    p.live.receive({ type: "error", requestId: "u1", code: "RATE_LIMITED", message: "…" });
    expect(p.state().upvoteProblem).toBe("upvoteLimited");
    expect(isUpvoted(p.state(), [], 1)).toBe(false);
    expect(p.said).toEqual(["Zu viele Klicks. Bitte warten Sie kurz."]);
  });
});

describe("the Q&A view's rules", () => {
  it("counts characters as the server does: grapheme clusters after NFKC and trimming", () => {
    expect(textLength("  👍🏽 ok ")).toBe(4);
    expect(textLength("ﬁ")).toBe(2);
    expect(sameQuestion("Wann  ist Pause?", " wann ist pause? ")).toBe(true);
  });

  it("lists the highlighted question first, then by upvotes or newest, and the answered ones apart", () => {
    const questions = [
      question(1, { upvotes: 5 }),
      question(2, { upvotes: 9, state: "answered" }),
      question(3, { upvotes: 1, highlighted: true }),
      question(4, { upvotes: 5, state: "pending", mine: true }),
      question(5, { upvotes: 7 }),
    ];
    const top = questionLists(questions, "top");
    expect(top.open.map((q) => q.id)).toEqual([3, 5, 1, 4]);
    expect(top.answered.map((q) => q.id)).toEqual([2]);
    expect(questionLists(questions, "new").open.map((q) => q.id)).toEqual([3, 5, 4, 1]);
  });
});
