import { describe, expect, it } from "vitest";
import { checkEdit, checkNewPoll, pollText } from "../../server/domain/event-size.js";
import { choicePoll, ratingPoll } from "./fixtures.js";

const limits = { pollsPerEvent: 3, pollTextPerEvent: 100 };
const rating = (question: string, id = 1) => ratingPoll({ id, question });

describe("the size of an event", () => {
  it("counts a poll's question and option labels", () => {
    expect(
      pollText(
        choicePoll({
          question: "Wer?",
          options: [
            { id: 1, label: "Ich" },
            { id: 2, label: "Du" },
          ],
        }),
      ),
    ).toBe(9);
    expect(pollText(rating("Wie gut?"))).toBe(8);
  });

  it("takes polls up to the count and refuses the next one", () => {
    const two = [rating("a", 1), rating("b", 2)];
    expect(checkNewPoll(two, rating("c", 3), limits).ok).toBe(true);
    expect(checkNewPoll([...two, rating("c", 3)], rating("d", 4), limits)).toMatchObject({
      ok: false,
      code: "INVALID_REQUEST",
    });
  });

  it("takes text up to the budget exactly and refuses one character more", () => {
    const existing = [rating("x".repeat(60))];
    expect(checkNewPoll(existing, rating("y".repeat(40), 2), limits).ok).toBe(true);
    expect(checkNewPoll(existing, rating("y".repeat(41), 2), limits)).toMatchObject({
      ok: false,
      code: "PAYLOAD_TOO_LARGE",
    });
  });

  it("lets an event over a lowered budget be edited down, but not up", () => {
    const before = [rating("x".repeat(150))];
    expect(checkEdit(before, [rating("x".repeat(120))], limits).ok).toBe(true);
    expect(checkEdit(before, [rating("x".repeat(151))], limits).ok).toBe(false);
  });
});
