// Reconnect delays of the pages' live connection (client/common/backoff.ts).
import { describe, expect, it } from "vitest";
import { RECONNECT_BASE_MS, RECONNECT_MAX_MS, reconnectDelay } from "../../client/common/backoff.js";

describe("reconnect backoff", () => {
  it("waits between half and all of the doubling delay", () => {
    expect(reconnectDelay(0, () => 0)).toBe(RECONNECT_BASE_MS / 2);
    expect(reconnectDelay(0, () => 1)).toBe(RECONNECT_BASE_MS);
    expect(reconnectDelay(3, () => 0)).toBe((RECONNECT_BASE_MS * 8) / 2);
    expect(reconnectDelay(3, () => 1)).toBe(RECONNECT_BASE_MS * 8);
  });

  it("never waits longer than the maximum, however often it failed", () => {
    for (const attempt of [10, 20, 1000]) {
      expect(reconnectDelay(attempt, () => 1)).toBe(RECONNECT_MAX_MS);
      expect(reconnectDelay(attempt, () => 0)).toBe(RECONNECT_MAX_MS / 2);
    }
  });

  it("spreads a room of phones over the window instead of sending them all at once", () => {
    const delays = new Set(Array.from({ length: 50 }, () => reconnectDelay(4)));
    expect(delays.size).toBeGreaterThan(25);
  });
});
