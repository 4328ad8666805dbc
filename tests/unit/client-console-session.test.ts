// The moderator console's store (client/moderate/console-session.ts) driven frame by frame:
// only the answer to its `moderate` frame can turn the key down.
import { describe, expect, it } from "vitest";
import { createConsole } from "../../client/moderate/console-session.js";
import type { SnapshotMessage } from "../../shared/messages.js";
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
