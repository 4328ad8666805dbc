// Polls are written in whatever language the audience speaks: the projector must draw Arabic,
// Persian and Turkish questions and options with real letters, in whichever Chromium the tests
// found (Debian's, or the one from npm that relies on the machine's own fonts). A letter that no
// font has is drawn as the same empty box as a code point that no font can have.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createEvent, createPoll, pollAction } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { FULL_HD, screenshot, useBrowser } from "./browser.js";

const ARABIC = { type: "choice", question: "كيف تقيّم الجلسة؟", options: ["ممتازة", "جيدة", "مقبولة"] };
const PERSIAN = { type: "choice", question: "کدام گزینه را ترجیح می‌دهید؟", options: ["گزینهٔ یک", "گزینهٔ دو"] };
const TURKISH = {
  type: "choice",
  question: "Oturumu nasıl değerlendirirsiniz?",
  options: ["Çok iyi", "Güzel", "Şöyle böyle"],
};
/** U+0378 is unassigned in Unicode: every font lacks it, so it shows what a missing letter looks like. */
const NO_GLYPH = "\u0378";

const server = useServer();
const browser = useBrowser();

/**
 * The letters of `text` that the page draws as a missing glyph: each is drawn alone, in the
 * projector's own font, on a canvas and compared pixel by pixel with the missing-glyph box.
 */
function lettersWithoutGlyph(page: Page, text: string): Promise<string[]> {
  return page.evaluate(
    ({ text, noGlyph }) => {
      const size = 96;
      const canvas = document.createElement("canvas");
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D;
      context.font = `48px ${getComputedStyle(document.body).fontFamily}`;
      const draw = (letter: string) => {
        context.clearRect(0, 0, size, size);
        context.fillText(letter, 16, 64);
        return context.getImageData(0, 0, size, size).data.join(",");
      };
      const missing = draw(noGlyph);
      const blank = draw(" ");
      const letters = [...new Set(text)].filter((letter) => letter.trim() !== "" && letter !== "\u200c");
      return letters.filter((letter) => [missing, blank].includes(draw(letter)));
    },
    { text, noGlyph: NO_GLYPH },
  );
}

describe("text in other scripts", () => {
  it("shows Arabic, Persian and Turkish polls on the projector with real letters", async () => {
    const event = await createEvent(server.url, { title: "Kısa yollarla başarı", locale: "en" });
    const projector = await browser.newPage({ ...FULL_HD, locale: "en" });
    await projector.goto(`${server.url}/present/${event.code}`);

    for (const [name, fields] of Object.entries({ arabic: ARABIC, persian: PERSIAN, turkish: TURKISH })) {
      const poll = await createPoll(server.url, event, fields);
      expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
      await projector.getByRole("heading", { name: fields.question }).waitFor();
      await screenshot(projector, `projector-${name}`);
      const text = [fields.question, ...fields.options].join(" ");
      expect(await lettersWithoutGlyph(projector, text), name).toEqual([]);
      expect((await pollAction(server.url, event, poll.id, "close")).status).toBe(200);
    }
    // The check can fail: a letter that no font has is caught.
    expect(await lettersWithoutGlyph(projector, `a${NO_GLYPH}`)).toEqual([NO_GLYPH]);
  });
});
