// The ballot-stuffing rule, on a fake clock: new participants within ten seconds, compared with
// the phones that voted; at most one notice per thirty seconds.
import { describe, expect, it } from "vitest";
import {
  BURST_MIN_NEW_PARTICIPANTS,
  BURST_NOTICE_INTERVAL_MS,
  BURST_WINDOW_SECONDS,
  isUnusualBurst,
  newBurstWatch,
  newParticipantsWithin,
  recordNewParticipant,
  shouldNotify,
} from "../../server/domain/vote-burst.js";

const START = 1_700_000_000_000;

describe("new participants in the window", () => {
  it("counts those of the last ten seconds and forgets older ones", () => {
    const watch = newBurstWatch();
    for (let i = 0; i < 30; i++) recordNewParticipant(watch, START + i * 100);
    expect(newParticipantsWithin(watch, START + 3_000)).toBe(30);
    expect(recordNewParticipant(watch, START + 5_000)).toBe(31);
    expect(newParticipantsWithin(watch, START + (BURST_WINDOW_SECONDS - 1) * 1000)).toBe(31);
    // The first thirty were in the first three seconds: gone once those seconds leave the window.
    expect(newParticipantsWithin(watch, START + (BURST_WINDOW_SECONDS + 3) * 1000)).toBe(1);
    expect(newParticipantsWithin(watch, START + 60_000)).toBe(0);
  });

  it("is not fooled by a clock that steps back", () => {
    const watch = newBurstWatch();
    recordNewParticipant(watch, START + 5_000);
    expect(recordNewParticipant(watch, START + 4_000)).toBe(2);
  });
});

describe("what is unusual", () => {
  it("is nothing below fifty new participants, however few phones vote", () => {
    expect(isUnusualBurst(BURST_MIN_NEW_PARTICIPANTS - 1, 0)).toBe(false);
    expect(isUnusualBurst(BURST_MIN_NEW_PARTICIPANTS, 0)).toBe(true);
  });

  it("is more than twice as many new participants as phones that voted", () => {
    expect(isUnusualBurst(300, 150)).toBe(false);
    expect(isUnusualBurst(301, 150)).toBe(true);
    // A room whose 300 phones all voted for the first time explains 300 new participants.
    expect(isUnusualBurst(300, 300)).toBe(false);
  });
});

describe("telling the moderator", () => {
  it("notifies once, then not again within thirty seconds", () => {
    const watch = newBurstWatch();
    let newInWindow = 0;
    for (let i = 0; i < 60; i++) newInWindow = recordNewParticipant(watch, START + i * 50);
    const now = START + 3_000;
    expect(shouldNotify(watch, newInWindow, 0, now)).toBe(true);
    expect(shouldNotify(watch, newInWindow + 10, 0, now + 1_000)).toBe(false);
    expect(shouldNotify(watch, newInWindow, 0, now + BURST_NOTICE_INTERVAL_MS - 1)).toBe(false);
    expect(shouldNotify(watch, newInWindow, 0, now + BURST_NOTICE_INTERVAL_MS)).toBe(true);
  });

  it("does not spend its notice on a burst the room explains", () => {
    const watch = newBurstWatch();
    expect(shouldNotify(watch, 120, 100, START)).toBe(false);
    // A scripted burst right after still gets through.
    expect(shouldNotify(watch, 120, 10, START + 1_000)).toBe(true);
  });
});
