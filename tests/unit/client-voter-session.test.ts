// The voter page's store (client/voter/voter-session.ts) driven frame by frame: what counts
// after a reconnect, a vote made offline, a link that names the event differently, what a
// screen reader hears (newsOf), and the access code asked for and checked before the poll.
import { describe, expect, it } from "vitest";
import { createVoterSession, type VoterStorage } from "../../client/voter/voter-session.js";
import { loadVoterStrings } from "../../client/voter/voter-strings.js";
import { newsOf } from "../../client/voter/voter-texts.js";
import type { SnapshotMessage } from "../../shared/messages.js";
import type { Poll } from "../../shared/poll.js";
import type { Vote } from "../../shared/vote.js";
import { scriptedLive } from "../helpers/scripted-live.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

const CODE = "kurze-wege";
const TOKEN = "voXZNog33YG0P8yv7zTNLbGT4DPp2oPZ71tw0cHd6rI";

function memoryStorage(entries: Record<string, string> = {}): VoterStorage & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    get: (key) => map.get(key) ?? null,
    set: (key, value) => (value === null ? map.delete(key) : map.set(key, value)),
  };
}

function snapshot(
  polls: Poll[],
  myVotes: Record<string, Vote>,
  fields: Partial<SnapshotMessage> = {},
): SnapshotMessage {
  return {
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
    polls,
    results: {},
    myVotes,
    questions: [],
    myUpvotes: [],
    participantToken: TOKEN,
    role: "voter",
    accessGranted: true,
    ...fields,
  };
}

function voterAt(storage = memoryStorage(), code = CODE) {
  const live = scriptedLive();
  const corrected: string[] = [];
  const voter = createVoterSession({
    connect: live.connect,
    storage,
    browserLanguages: ["de-DE"],
    chosenLocale: () => null,
    chooseLocale: () => {},
    loadStrings: loadVoterStrings,
    codeCorrected: (canonical) => corrected.push(canonical),
  });
  voter.joinEvent(code);
  live.open();
  return { voter, live, storage, corrected, state: () => voter.store.get() };
}

/** Until the German texts have arrived, nothing is said: wait for them. */
async function withTexts<T extends ReturnType<typeof voterAt>>(phone: T): Promise<T> {
  await expect.poll(() => phone.state().strings?.locale).toBe("de");
  return phone;
}

const onePick = choicePoll({ id: 1, minSelections: 1, maxSelections: 1 });
const A = 11;
const B = 12;

/** The voter had chosen A, opens the form again, picks B and sends the change. */
function sendChange() {
  const phone = voterAt();
  phone.live.receive(snapshot([onePick], { 1: { pollId: 1, optionIds: [A] } }));
  phone.voter.changeVote(onePick);
  phone.voter.toggleOption(onePick, B, true);
  phone.voter.submitVote(onePick);
  expect(phone.live.sent.at(-1)).toMatchObject({ type: "vote", pollId: 1, optionIds: [B] });
  expect(phone.state().sending).not.toBeNull();
  phone.live.drop();
  phone.live.open();
  return phone;
}

describe("the voter's store after a reconnect", () => {
  it("sends a changed vote that was lost again on the new connection, and counts it once acknowledged", () => {
    const phone = sendChange();
    const sentBefore = phone.live.sent.length;
    phone.live.receive(snapshot([onePick], { 1: { pollId: 1, optionIds: [A] } }));
    const { sending } = phone.state();
    expect(phone.live.sent.slice(sentBefore)).toEqual([
      { type: "vote", requestId: sending, pollId: 1, optionIds: [B] },
    ]);
    expect(phone.state().problem).toBeNull();
    phone.live.receive({ type: "ack", requestId: String(sending), vote: { pollId: 1, optionIds: [B] } });
    expect([phone.state().sending, phone.state().selection, phone.state().changingPollId]).toEqual([null, null, null]);
  });

  it("counts a changed vote that reached the server before the connection dropped", () => {
    const phone = sendChange();
    phone.live.receive(snapshot([onePick], { 1: { pollId: 1, optionIds: [B] } }));
    const state = phone.state();
    expect([state.sending, state.selection, state.changingPollId, state.problem]).toEqual([null, null, null, null]);
  });

  it("compares choices as sets and ratings by value", () => {
    const pickTwo = choicePoll({ id: 1, minSelections: 2, maxSelections: 2 });
    const phone = voterAt();
    phone.live.receive(snapshot([pickTwo], {}));
    phone.voter.toggleOption(pickTwo, B, true);
    phone.voter.toggleOption(pickTwo, A, true);
    phone.voter.submitVote(pickTwo);
    phone.live.drop();
    phone.live.open();
    phone.live.receive(snapshot([pickTwo], { 1: { pollId: 1, optionIds: [A, B] } }));
    expect(phone.state().selection).toBeNull();
  });

  it("says hello with the token it was given first, never with a later one", () => {
    const phone = voterAt();
    phone.live.receive(snapshot([onePick], {}));
    expect(phone.storage.get(`handzeichen:participant:${CODE}`)).toBe(TOKEN);
    phone.live.drop();
    phone.live.open();
    // A snapshot sent before our hello arrived (a slow phone) comes with a new token.
    phone.live.receive(snapshot([onePick], {}, { participantToken: "x".repeat(43) }));
    phone.live.drop();
    phone.live.open();
    expect(phone.live.sent.at(-1)).toEqual({ type: "hello", participantToken: TOKEN });
  });
});

describe("a vote made without a connection", () => {
  const rating = ratingPoll({ id: 2 });

  it("waits, and goes out once the connection is back; the ack counts it", () => {
    const phone = voterAt();
    phone.live.receive(snapshot([rating], {}));
    phone.live.drop();
    phone.voter.chooseRating(rating, 4);
    phone.voter.submitVote(rating);
    const waiting = phone.state();
    expect([waiting.status, waiting.sending !== null, waiting.problem]).toEqual(["reconnecting", true, null]);
    expect(phone.live.sent.filter((frame) => frame.type === "vote")).toEqual([]);
    phone.live.open();
    // Not before the snapshot: it says whether the vote is already there.
    expect(phone.live.sent.filter((frame) => frame.type === "vote")).toEqual([]);
    phone.live.receive(snapshot([rating], {}));
    expect(phone.live.sent.at(-1)).toEqual({ type: "vote", requestId: waiting.sending, pollId: 2, rating: 4 });
    phone.live.receive({ type: "ack", requestId: String(waiting.sending), vote: { pollId: 2, rating: 4 } });
    expect([phone.state().sending, phone.state().selection]).toEqual([null, null]);
  });

  it("is not sent again when the snapshot shows it counted", () => {
    const phone = voterAt();
    phone.live.receive(snapshot([rating], {}));
    phone.voter.chooseRating(rating, 3);
    phone.voter.submitVote(rating);
    phone.live.drop();
    phone.live.open();
    const sentBefore = phone.live.sent.length;
    phone.live.receive(snapshot([rating], { 2: { pollId: 2, rating: 3 } }));
    expect(phone.live.sent.length).toBe(sentBefore);
    expect(phone.state().sending).toBeNull();
  });

  it("says why when the poll closed while it waited", () => {
    const phone = voterAt();
    phone.live.receive(snapshot([rating], {}));
    phone.live.drop();
    phone.voter.chooseRating(rating, 5);
    phone.voter.submitVote(rating);
    phone.live.open();
    phone.live.receive(snapshot([{ ...rating, state: "closed" }], {}));
    const { requestId } = phone.live.sent.at(-1) as { requestId: string };
    phone.live.receive({ type: "error", requestId, code: "POLL_CLOSED", message: "closed" });
    expect([phone.state().sending, phone.state().problem]).toEqual([null, { pollId: 2, problem: "POLL_CLOSED" }]);
  });
});

describe("a link that names the event differently", () => {
  it("starts over under the event's own code, with the token kept for it, and corrects the address", () => {
    const phone = voterAt(memoryStorage({ [`handzeichen:participant:${CODE}`]: TOKEN }), "kurzewege");
    expect(phone.live.sent.at(-1)).toEqual({ type: "hello" });
    phone.live.receive(snapshot([onePick], {}, { participantToken: "x".repeat(43) }));
    expect([phone.state().code, phone.corrected]).toEqual([CODE, [CODE]]);
    expect(phone.storage.get("handzeichen:participant:kurzewege")).toBeNull();
    phone.live.open();
    expect(phone.live.sent.at(-1)).toEqual({ type: "hello", participantToken: TOKEN });
  });
});

describe("what the voter's screen reader hears", () => {
  it("hears that voting opened, then that the vote counted", async () => {
    const phone = await withTexts(voterAt());
    const before = phone.state();
    phone.live.receive(snapshot([onePick], {}));
    expect(newsOf(before, phone.state())).toBe(`Abstimmung läuft: ${onePick.question}`);
    phone.voter.toggleOption(onePick, A, true);
    const picked = phone.state();
    phone.voter.submitVote(onePick);
    const sent = phone.state();
    expect(newsOf(picked, sent)).toBe("");
    phone.live.receive({ type: "ack", requestId: String(sent.sending), vote: { pollId: 1, optionIds: [A] } });
    expect(newsOf(sent, phone.state())).toBe("Ihre Stimme ist gezählt.");
  });

  it("hears the open question once the texts arrive after the snapshot", async () => {
    const phone = voterAt();
    phone.live.receive(snapshot([onePick], {}));
    const withoutTexts = phone.state();
    expect(withoutTexts.strings).toBeNull();
    await withTexts(phone);
    expect(newsOf(withoutTexts, phone.state())).toBe(`Abstimmung läuft: ${onePick.question}`);
  });

  it("hears how many answers are chosen where several may be", async () => {
    const pickTwo = choicePoll({ id: 1, minSelections: 1, maxSelections: 2 });
    const phone = await withTexts(voterAt());
    phone.live.receive(snapshot([pickTwo], {}));
    const none = phone.state();
    phone.voter.toggleOption(pickTwo, A, true);
    const one = phone.state();
    expect(newsOf(none, one)).toBe("1 von 2 gewählt.");
    phone.voter.toggleOption(pickTwo, B, true);
    expect(newsOf(one, phone.state())).toBe(
      "Sie haben 2 gewählt. Für eine andere Antwort nehmen Sie zuerst ein Häkchen weg.",
    );
  });

  it("hears the connection go and come back, and nothing when only the language changes", async () => {
    const phone = await withTexts(voterAt());
    phone.live.receive(snapshot([onePick], {}));
    const connected = phone.state();
    phone.live.drop();
    const lost = phone.state();
    expect(newsOf(connected, lost)).toBe("Keine Verbindung. Neuer Versuch …");
    phone.live.open();
    phone.live.receive(snapshot([onePick], {}));
    expect(newsOf(lost, phone.state())).toBe("Verbindung wieder da.");
    const german = phone.state();
    phone.voter.pickLanguage("en");
    await expect.poll(() => phone.state().strings?.locale).toBe("en");
    expect(newsOf(german, phone.state())).toBe("");
  });
});

describe("the access code on the voter's page", () => {
  const withCode = (granted: boolean) =>
    snapshot(
      [onePick],
      {},
      {
        event: {
          code: CODE,
          title: "Erfolg",
          locale: "de",
          createdAt: "",
          accessCodeRequired: true,
          screen: { show: "join" },
          qa: { enabled: false, moderation: "post", names: true },
        },
        accessGranted: granted,
      },
    );

  it("is asked for before the poll and checked at once; a wrong one stays typed, with the reason", () => {
    const phone = voterAt();
    phone.live.receive(withCode(false));
    expect(phone.state().access).toBe("needed");
    phone.voter.enterAccessCode("Wald-41");
    expect(phone.live.sent.at(-1)).toEqual({ type: "access", requestId: expect.any(String), accessCode: "Wald-41" });
    expect(phone.state().access).toBe("checking");
    const { requestId } = phone.live.sent.at(-1) as { requestId: string };
    phone.live.receive({ type: "error", requestId, code: "ACCESS_CODE_REQUIRED", message: "wrong" });
    expect([phone.state().access, phone.state().accessCode]).toEqual(["wrong", "Wald-41"]);
    expect(phone.storage.get(`handzeichen:access:${CODE}`)).toBeNull();

    phone.voter.enterAccessCode("Wald-42");
    const second = phone.live.sent.at(-1) as { requestId: string };
    phone.live.receive({ type: "accessGranted", requestId: second.requestId });
    expect(phone.state().access).toBe("granted");
    expect(phone.storage.get(`handzeichen:access:${CODE}`)).toBe("Wald-42");
  });

  it("says when too many wrong codes came from the network", () => {
    const phone = voterAt();
    phone.live.receive(withCode(false));
    phone.voter.enterAccessCode("Wald-42");
    const { requestId } = phone.live.sent.at(-1) as { requestId: string };
    phone.live.receive({ type: "error", requestId, code: "RATE_LIMITED", message: "too many" });
    expect(phone.state().access).toBe("limited");
  });

  it("brings the accepted code along after a reconnect, and asks again once the moderator changed it", () => {
    const phone = voterAt(
      memoryStorage({ [`handzeichen:participant:${CODE}`]: TOKEN, [`handzeichen:access:${CODE}`]: "Wald-42" }),
    );
    expect(phone.live.sent[0]).toEqual({ type: "hello", participantToken: TOKEN, accessCode: "Wald-42" });
    phone.live.receive(withCode(true));
    expect(phone.state().access).toBe("granted");
    phone.live.drop();
    phone.live.open();
    phone.live.receive(withCode(false));
    expect(phone.state().access).not.toBe("granted");
    expect(phone.storage.get(`handzeichen:access:${CODE}`)).toBeNull();
  });

  it("asks for it when the moderator sets one while the voter is connected", () => {
    const phone = voterAt();
    phone.live.receive(snapshot([onePick], {}));
    expect(phone.state().access).toBe("granted");
    phone.live.receive({
      type: "event",
      event: {
        code: CODE,
        title: "Erfolg",
        locale: "de",
        createdAt: "",
        accessCodeRequired: true,
        screen: { show: "join" },
        qa: { enabled: false, moderation: "post", names: true },
      },
    });
    expect(phone.state().access).toBe("needed");
  });
});
