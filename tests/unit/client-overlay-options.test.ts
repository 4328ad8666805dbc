// The overlay's query parameters (client/overlay/overlay-options.ts).
import { describe, expect, it } from "vitest";
import { overlayOptions } from "../../client/overlay/overlay-options.js";

const options = (query: string) => overlayOptions(new URLSearchParams(query));

describe("overlay options", () => {
  it("defaults to a dark lower third that follows the presented poll and shows the join code", () => {
    expect(options("")).toEqual({
      position: "bottom",
      theme: "dark",
      scale: 1,
      pollId: null,
      showQa: false,
      showCode: true,
      showQr: false,
      chroma: false,
    });
  });

  it("reads position, theme, scale, poll, code, QR and chroma background", () => {
    expect(options("position=right&theme=light&scale=1.5&poll=7&code=0&qr=1&bg=chroma")).toEqual({
      position: "right",
      theme: "light",
      scale: 1.5,
      pollId: 7,
      showQa: false,
      showCode: false,
      showQr: true,
      chroma: true,
    });
  });

  it("shows the highlighted question with show=qa, and nothing else for other words", () => {
    expect(options("show=qa").showQa).toBe(true);
    expect(options("show=QA&poll=3").showQa).toBe(false);
    expect(options("show=poll").showQa).toBe(false);
  });

  it("ignores nonsense and keeps the scale within bounds", () => {
    expect(options("position=middle&theme=pink&poll=x").position).toBe("bottom");
    expect(options("poll=-3").pollId).toBeNull();
    expect(options("scale=100").scale).toBe(3);
    expect(options("scale=0.01").scale).toBe(0.9);
    expect(options("scale=abc").scale).toBe(1);
  });
});
