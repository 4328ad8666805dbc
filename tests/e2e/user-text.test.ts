// User text in a real browser: an option label with a right-to-left override (U+202E) must not
// mirror the labels after it in the report's summary sentence, and a 200-character word must
// wrap inside the sheet instead of running off it.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Poll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { LAPTOP, screenshot, useBrowser } from "./browser.js";

const TEST_TIMEOUT_MS = 60_000;
const PRANK = "\u202Eabc";
const LATER = "Spätere Antwort";
const LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitän".repeat(5).slice(0, 200);

const server = useServer();
const browser = useBrowser();
let event: EventFixture;

beforeAll(async () => {
  event = await createEvent(server.url, { title: "Bidi", locale: "de" });
  // One vote for each option: a four-way tie, so the summary names every label in one sentence.
  const poll: Poll = await createPoll(server.url, event, {
    type: "choice",
    question: "Welche Antwort?",
    options: ["Erste Antwort", PRANK, LATER, LONG_WORD],
  });
  await pollAction(server.url, event, poll.id, "open");
  if (poll.type !== "choice") throw new Error("a choice poll was created");
  for (const option of poll.options) {
    const vote = await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
      body: { optionIds: [option.id] },
    });
    expect(vote.status).toBe(200);
  }
  await pollAction(server.url, event, poll.id, "close");
});

async function openReport(): Promise<Page> {
  const page = await browser.newPage(LAPTOP);
  await page.goto(`${server.url}/moderate/${event.code}/report#key=${event.key}`);
  await page.locator(".summary").waitFor();
  return page;
}

/** Left edges of the characters of `text` where it first appears in the element's text nodes. */
function glyphLefts(page: Page, selector: string, text: string): Promise<number[]> {
  return page.evaluate(
    ([selector, text]) => {
      const root = document.querySelector(selector as string);
      if (!root) throw new Error(`no ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.textContent?.indexOf(text as string) ?? -1;
        if (start < 0) continue;
        return Array.from(text as string, (_, index) => {
          const range = document.createRange();
          range.setStart(node, start + index);
          range.setEnd(node, start + index + 1);
          return range.getBoundingClientRect().left;
        });
      }
      throw new Error(`no "${text}" in ${selector}`);
    },
    [selector, text],
  );
}

describe("user text on the report", { timeout: TEST_TIMEOUT_MS }, () => {
  it("keeps a right-to-left override inside its own label: the labels after it read left to right", async () => {
    const page = await openReport();
    const summary = (await page.locator(".summary").textContent()) ?? "";
    expect(summary).toContain(LATER);
    const lefts = await glyphLefts(page, ".summary", "Spätere");
    // Mirrored text would run right to left: each letter left of the one before.
    for (let index = 1; index < lefts.length; index++) {
      expect(lefts[index], `letter ${index} of "Spätere"`).toBeGreaterThan(lefts[index - 1] as number);
    }
    await screenshot(page, "report-bidi", { fullPage: true });
    await page.context().close();
  });

  it("wraps a 200-character word in the summary inside the sheet", async () => {
    const page = await openReport();
    const fits = await page.evaluate(() => {
      const summary = document.querySelector(".summary") as HTMLElement;
      const sheet = document.querySelector(".sheet") as HTMLElement;
      const line = Number.parseFloat(getComputedStyle(summary).lineHeight) || 20;
      return {
        overflow: summary.scrollWidth - summary.clientWidth,
        right: summary.getBoundingClientRect().right - sheet.getBoundingClientRect().right,
        lines: summary.getBoundingClientRect().height / line,
      };
    });
    expect(fits.overflow).toBeLessThanOrEqual(0);
    expect(fits.right).toBeLessThanOrEqual(0);
    expect(fits.lines).toBeGreaterThan(2);
    await page.context().close();
  });
});
