// The console writes the overlay's settings into its link in words chosen from menus
// (client/moderate/links-panel.tsx); the overlay reads them back from the same link.
import { describe, expect, it } from "vitest";
import { type OverlayLinkSettings, overlayOptions, overlayQuery } from "../../client/overlay/overlay-options.js";

const DEFAULTS: OverlayLinkSettings = {
  position: "bottom",
  theme: "dark",
  showQa: false,
  showCode: true,
  showQr: false,
  chroma: false,
  lang: null,
};

describe("the overlay link the console writes", () => {
  it("stays short when nothing was changed", () => {
    expect(overlayQuery(DEFAULTS)).toBe("");
  });

  it("is read back by the overlay as it was chosen", () => {
    const chosen: OverlayLinkSettings = {
      position: "left",
      theme: "light",
      showQa: true,
      showCode: false,
      showQr: true,
      chroma: true,
      lang: "uk",
    };
    const query = new URLSearchParams(overlayQuery(chosen));
    expect(overlayOptions(query)).toMatchObject({
      position: "left",
      theme: "light",
      showQa: true,
      showCode: false,
      showQr: true,
      chroma: true,
    });
    expect(query.get("lang")).toBe("uk");
  });
});
