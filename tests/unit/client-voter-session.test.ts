// The voter page's store (client/voter/voter-session.ts) driven frame by frame: what counts
// after a reconnect, and the access code asked for and checked before the poll.
import { describe, expect, it } from "vitest";
import { createVoterSession, type VoterStorage } from "../../client/voter/voter-session.js";
import { loadVoterStrings } from "../../client/voter/voter-strings.js";
import type { SnapshotMessage } from "../../shared/messages.js";
import type { Poll } from "../../shared/poll.js";
import type { Vote } from "../../shared/vote.js";
import { scriptedLive } from "../helpers/scripted-live.js";
import { choicePoll } from "./fixtures.js";

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

function voterAt(storage = memoryStorage()) {
  const live = scriptedLive();
  const voter = createVoterSession({
    connect: live.connect,
    storage,
    browserLanguages: ["de-DE"],
    chosenLocale: () => null,
    chooseLocale: () => {},
    loadStrings: loadVoterStrings,
  });
  voter.joinEvent(CODE);
  live.open();
  return { voter, live, storage, state: () => voter.store.get() };
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
  it("does not count a changed vote that was lost: the old vote is still there, so the change is offered again", () => {
    const phone = sendChange();
    phone.live.receive(snapshot([onePick], { 1: { pollId: 1, optionIds: [A] } }));
    const state = phone.state();
    expect(state.sending).toBeNull();
    expect(state.problem).toEqual({ pollId: 1, problem: "other" });
    expect(state.selection?.optionIds).toEqual([B]);
    expect(state.changingPollId).toBe(1);
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
        qa: { enabled: false, moderation: "post", names: true },
      },
    });
    expect(phone.state().access).toBe("needed");
  });
});
