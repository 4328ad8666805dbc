// Right-to-left pages: with <html dir="rtl"> (as Arabic and Persian set it) the voter page, the
// projector, the overlay, the console and the report mirror: bars grow from the right, the join
// panel and the card's borders change sides, the "back" arrow points right, while numbers, codes
// and links stay left to right inside. The polls are in Arabic; the pages' own words are English
// here, and `dir` is set on the page once it has drawn itself (as setDocumentLanguage does for a
// right-to-left language). Screenshots of each page, LTR and RTL, go to tests/output/screenshots.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Poll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { startServer, type TestServer } from "../helpers/server.js";
import { HD, LAPTOP, launchBrowser, PHONE, screenshot } from "./browser.js";
import { cutTexts, measureTexts } from "./layout-measure.js";

const STEP_TIMEOUT_MS = 8000;
const TEST_TIMEOUT_MS = 60_000;
const BEAMER: BrowserContextOptions = { viewport: { width: 1024, height: 768 } };
/** Sub-pixel rounding of layout. */
const TOLERANCE_PX = 1;
const ARABIC_CHOICE = {
  type: "choice",
  question: "كيف تقيّم الجلسة؟",
  options: ["ممتازة", "جيدة", "مقبولة", "ضعيفة"],
};
const ARABIC_RATING = { type: "rating", question: "ما مدى رضاك عن المكان؟", scale: 5 };

let server: TestServer;
let browser: Browser;
let event: EventFixture;
const EVENT_TITLE = "ملتقى الطرق القصيرة";
const pages: Page[] = [];
const pageErrors: string[] = [];

async function newPage(options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ ...options, locale: "en" });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  pages.push(page);
  return page;
}

async function castVotes(poll: Poll, ballots: Record<string, unknown>[]) {
  for (const body of ballots) {
    const reply = await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, { body });
    expect(reply.status).toBe(200);
  }
}

/** The page as a right-to-left language shows it: a screenshot before and after. */
async function mirror(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  // The page sets its own direction in an effect, again once the event's title is in: only after
  // that may the test turn it round, or the page would turn it back.
  await expect.poll(() => page.title()).toContain(EVENT_TITLE);
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe("ltr");
  await page.waitForTimeout(700); // the bars' and numbers' glide
  await screenshot(page, `${name}-ltr`, options);
  await page.evaluate(() => {
    document.documentElement.dir = "rtl";
  });
  expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
  await screenshot(page, `${name}-rtl`, options);
}

type Box = { left: number; right: number; width: number };

/** Each bar's track and fill, for the bars under `scope`. */
function bars(page: Page, track: string, fill: string): Promise<{ track: Box; fill: Box }[]> {
  return page.evaluate(
    ([track, fill]) =>
      [...document.querySelectorAll(track as string)].map((element) => {
        const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right, width: rect.width });
        return {
          track: box(element.getBoundingClientRect()),
          fill: box((element.querySelector(fill as string) as Element).getBoundingClientRect()),
        };
      }),
    [track, fill],
  );
}

/** Every bar with votes starts at its track's right edge and ends short of its left edge. */
async function expectBarsFromTheRight(page: Page, track: string, fill = ".bar-fill") {
  const found = await bars(page, track, fill);
  expect(found.length).toBeGreaterThan(0);
  const partial = found.filter((bar) => bar.fill.width > 2 && bar.fill.width < bar.track.width - 2);
  expect(partial.length, "bars neither empty nor full").toBeGreaterThan(0);
  for (const bar of found) expect(Math.abs(bar.fill.right - bar.track.right)).toBeLessThanOrEqual(TOLERANCE_PX);
  for (const bar of partial) expect(bar.fill.left).toBeGreaterThan(bar.track.left + TOLERANCE_PX);
}

/** The elements' computed `direction`: numbers, codes and links must read left to right. */
function directions(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].map((element) => getComputedStyle(element).direction),
    selector,
  );
}

async function expectLeftToRight(page: Page, selector: string) {
  const found = await directions(page, selector);
  expect(found.length, selector).toBeGreaterThan(0);
  expect(new Set(found), selector).toEqual(new Set(["ltr"]));
}

const rectOf = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const rect = (document.querySelector(selector) as Element).getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  }, selector);

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  event = await createEvent(server.url, { title: EVENT_TITLE, code: "multaqa", locale: "en" });
  const rating = await createPoll(server.url, event, ARABIC_RATING);
  await pollAction(server.url, event, rating.id, "open");
  await castVotes(
    rating,
    [5, 4, 4, 3].map((value) => ({ rating: value })),
  );
  await pollAction(server.url, event, rating.id, "close");
  // The choice poll is opened last: it is the presented one.
  const choice = await createPoll(server.url, event, ARABIC_CHOICE);
  if (choice.type !== "choice") throw new Error("a choice poll was created");
  await pollAction(server.url, event, choice.id, "open");
  const [a, b, c] = choice.options.map((option) => option.id) as [number, number, number];
  await castVotes(choice, [
    ...Array.from({ length: 12 }, () => ({ optionIds: [a] })),
    ...Array.from({ length: 5 }, () => ({ optionIds: [b] })),
    { optionIds: [c] },
  ]);
  await pollAction(server.url, event, choice.id, "close");
});

afterEach(async (test) => {
  if (test.task.result?.state !== "fail") return;
  await Promise.all(
    pages.filter((page) => !page.isClosed()).map((page, index) => screenshot(page, `rtl-failed-${index}`)),
  );
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
  await server?.close();
  server?.cleanup();
});

describe("right-to-left pages", { timeout: TEST_TIMEOUT_MS }, () => {
  it("mirrors the voter's results on a phone, bars from the right, figures left to right", async () => {
    const phone = await newPage(PHONE);
    await phone.goto(`${server.url}/e/${event.code}`);
    await phone.locator(".bar-track").first().waitFor();
    await mirror(phone, "rtl-voter-360", { fullPage: true });
    await expectBarsFromTheRight(phone, ".bar-track");
    await expectLeftToRight(phone, ".bar-percent bdi");
    // The event's title at the right of the top bar, the language menu at its left.
    const [title, menu] = [await rectOf(phone, ".brand"), await rectOf(phone, ".language")];
    expect(menu.right).toBeLessThan(title.left);
    // Each label starts at the right, where its bar starts.
    const labels = await measureTexts(phone, ".bar-label bdi");
    const tracks = await bars(phone, ".bar-track", ".bar-fill");
    for (const [index, label] of labels.entries()) {
      expect(Math.abs(label.right - (tracks[index]?.track.right ?? 0))).toBeLessThanOrEqual(TOLERANCE_PX);
    }
  });

  it("mirrors the projector on a beamer: the join panel on the left, bars from the right", async () => {
    const projector = await newPage(BEAMER);
    await projector.goto(`${server.url}/present/${event.code}`);
    await projector.getByRole("heading", { name: ARABIC_CHOICE.question }).waitFor();
    await mirror(projector, "rtl-projector-1024x768");
    const [stage, side] = [await rectOf(projector, ".stage"), await rectOf(projector, ".side")];
    expect(side.right).toBeLessThanOrEqual(stage.left + TOLERANCE_PX);
    await expectBarsFromTheRight(projector, ".row-track");
    await expectLeftToRight(projector, ".row-percent bdi, .join-url, .join-code-value");
    // "How many voted" at the left end of the header, the badge at its right.
    const [badge, respondents] = [await rectOf(projector, ".badge"), await rectOf(projector, ".respondents")];
    expect(respondents.right).toBeLessThanOrEqual(badge.left + TOLERANCE_PX);
    expect(
      cutTexts(await measureTexts(projector, ".question, .row-label, .row-figures, .join-url, .join-code-value")),
    ).toEqual([]);
  });

  it("mirrors the overlay: the question at the right, the figures left to right", async () => {
    const overlay = await newPage(HD);
    await overlay.goto(`${server.url}/overlay/${event.code}?qr=1`);
    await overlay.locator(".overlay.in").waitFor();
    await mirror(overlay, "rtl-overlay-1280x720");
    await expectBarsFromTheRight(overlay, ".card .track");
    await expectLeftToRight(overlay, ".card .percent bdi, .join-line strong bdi");
    const [question, meta] = [await rectOf(overlay, ".card .question"), await rectOf(overlay, ".card .meta")];
    expect(meta.right).toBeLessThan(question.left);
    const [qr, joinText] = [await rectOf(overlay, ".join-line .qr"), await rectOf(overlay, ".join-line p")];
    expect(joinText.right).toBeLessThan(qr.left);
  });

  it("mirrors the console: the poll's state stripe on the right, bars and stars from the right", async () => {
    const moderator = await newPage(LAPTOP);
    await moderator.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    await moderator.locator(".poll-card").nth(1).waitFor();
    await mirror(moderator, "rtl-console-1440", { fullPage: true });
    const stripe = await moderator.evaluate(() => {
      const style = getComputedStyle(document.querySelector(".poll-card") as Element);
      return { left: style.borderLeftWidth, right: style.borderRightWidth };
    });
    expect(stripe).toEqual({ left: "0px", right: "6px" });
    await expectBarsFromTheRight(moderator, ".bar-track");
    await expectBarsFromTheRight(moderator, ".stars", ".stars-filled");
    await expectLeftToRight(moderator, ".bar-percent bdi, .link-field");
    // The poll list on the right, the links beside it on the left.
    const [polls, side] = [await rectOf(moderator, ".polls"), await rectOf(moderator, ".side")];
    expect(side.right).toBeLessThan(polls.left);
  });

  it("mirrors the report: the back arrow points right, bars and stars from the right", async () => {
    const report = await newPage(LAPTOP);
    await report.goto(`${server.url}/moderate/${event.code}/report#key=${event.key}`);
    await report.locator(".poll").nth(1).waitFor();
    await mirror(report, "rtl-report", { fullPage: true });
    expect(
      await report.evaluate(() => getComputedStyle(document.querySelector(".back-arrow") as Element).transform),
    ).toBe("matrix(-1, 0, 0, 1, 0, 0)");
    await expectBarsFromTheRight(report, ".bar-track");
    await expectBarsFromTheRight(report, ".stars", ".stars-filled");
    await expectLeftToRight(report, ".bar-percent bdi, .facts dd [dir]");
  });
});
