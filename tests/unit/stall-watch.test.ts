// The stall watch: a stall counts at once, before its timer has run again (the I/O that piled up
// during it is handled first), and stays counted once the timer has seen it.
import { describe, expect, it } from "vitest";
import { STALL_MS, watchStalls } from "../../server/cluster/stall-watch.js";

describe("the stall watch", () => {
  it("counts a stall from the moment it is over, and only once", async () => {
    let now = 1_000;
    const heard: number[] = [];
    const watch = watchStalls(
      (stalledMs) => heard.push(stalledMs),
      () => now,
    );
    try {
      now += STALL_MS - 1;
      expect(watch.epoch).toBe(0);
      now += 2;
      expect(watch.epoch).toBe(1);
      // The timer (every 250 ms) runs and takes note; the count stays.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(watch.epoch).toBe(1);
      now += 100;
      expect(watch.epoch).toBe(1);
      now += STALL_MS;
      expect(watch.epoch).toBe(2);
      expect(heard).toEqual([STALL_MS + 1]);
    } finally {
      watch.stop();
    }
  });
});
