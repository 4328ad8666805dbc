import { describe, expect, it } from "vitest";
import { planClose, planOpen, planReorder, planUpdate } from "../../server/domain/poll-rules.js";
import { presentedPoll } from "../../shared/format.js";
import type { Poll } from "../../shared/poll.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

const T1 = "2020-12-04T11:00:00.000Z";

describe("opening and closing", () => {
  it("opening one poll closes the open one, and the newly opened one is presented", () => {
    const polls: Poll[] = [choicePoll({ id: 1, state: "open" }), ratingPoll({ id: 2, state: "draft", openedAt: null })];
    const changed = planOpen(polls, 2, T1);
    expect(changed.ok && changed.value.map((p) => [p.id, p.state])).toEqual([
      [1, "closed"],
      [2, "open"],
    ]);
    const after = polls.map((p) => (changed.ok && changed.value.find((c) => c.id === p.id)) || p);
    expect(presentedPoll(after)?.id).toBe(2);
  });

  it("a closed poll stays presented with its final results, and can be reopened", () => {
    const closed = planClose(choicePoll({ id: 1 }), T1);
    const closedPoll = closed.ok ? (closed.value[0] as Poll) : choicePoll();
    expect(closedPoll.state).toBe("closed");
    expect(presentedPoll([closedPoll])?.id).toBe(1);
    const reopened = planOpen([closedPoll], 1, "2020-12-04T11:05:00.000Z");
    expect(reopened.ok && reopened.value[0]?.state).toBe("open");
  });

  it("a draft cannot be closed", () => {
    const outcome = planClose(choicePoll({ state: "draft", openedAt: null }), T1);
    expect(outcome.ok ? "closed" : outcome.code).toBe("INVALID_TRANSITION");
  });

  it("opening an open poll changes nothing", () => {
    expect(planOpen([choicePoll({ id: 1 })], 1, T1)).toEqual({ ok: true, value: [] });
  });
});

describe("editing", () => {
  it("refuses to change options once the poll has votes, but allows rewording the question", () => {
    const poll = choicePoll();
    const options = planUpdate(poll, { options: ["Ja", "Nein"] }, true);
    expect(options.ok ? "changed" : options.code).toBe("POLL_HAS_VOTES");
    const question = planUpdate(poll, { question: "Neu?" }, true);
    expect(question.ok && question.value.question).toBe("Neu?");
  });

  it("refuses a maximum above the number of options and a minimum above the maximum", () => {
    for (const changes of [{ maxSelections: 7 }, { minSelections: 3 }]) {
      const outcome = planUpdate(choicePoll(), changes, false);
      expect(outcome.ok ? "changed" : outcome.code).toBe("INVALID_REQUEST");
    }
  });

  it("refuses fields of the other poll type", () => {
    const outcome = planUpdate(ratingPoll(), { maxSelections: 2 }, false);
    expect(outcome.ok ? "changed" : outcome.message).toMatch(/no maxSelections/);
  });

  it("moves a poll and renumbers the rest 1..n", () => {
    const polls = [1, 2, 3].map((id) => choicePoll({ id, position: id }));
    const reordered = planReorder(polls, 3, 1);
    expect(reordered.map((p) => [p.id, p.position])).toEqual([
      [3, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});
