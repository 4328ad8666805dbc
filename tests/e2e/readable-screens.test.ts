// Screens readable wherever they are shown: the projector on a 4:3 beamer (1024×768) and on
// Full HD, the stream overlay at 1280×720, the console on a phone and at 400 % zoom, the voter's
// bars. Sizes are measured in a real Chromium; text is never cut (no "…", no clamp, no box too
// small for it). Screenshots are left under tests/output/screenshots to look at.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Poll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { startServer, type TestServer } from "../helpers/server.js";
import { FULL_HD, HD, launchBrowser, PHONE, screenshot } from "./browser.js";
import { cutTexts, measureTexts, sidewaysScroll, smallTexts } from "./layout-measure.js";

const STEP_TIMEOUT_MS = 8000;
const TEST_TIMEOUT_MS = 60_000;
/** A 4:3 beamer, as many seminar rooms still have. */
const BEAMER: BrowserContextOptions = { viewport: { width: 1024, height: 768 } };
/** A 1280 px wide laptop screen at 400 % zoom (WCAG 1.4.10, reflow). */
const ZOOMED_400: BrowserContextOptions = { viewport: { width: 320, height: 256 } };
/** Answer labels on the projector are read from the back of the room. */
const PROJECTOR_LABEL_MIN_PX = 24;
const PROJECTOR_HINT_MIN_PX = 18;
const OVERLAY_TEXT_MIN_PX = 18;
/** At the smallest scale, or set smaller to fit: answers stay at 18 px, the rest at 16 px. */
const OVERLAY_SMALLEST_PX = 16;
/** WCAG 2.5.5's target size, and Apple's and Google's guidance for touch targets. */
const TOUCH_TARGET_MIN_PX = 44;
/** Longest event code (shared/event.ts): 32 characters. */
const LONGEST_CODE = "die-lange-nacht-der-wissenschaft";
const LONG_LABEL = (index: number) =>
  `Antwort ${index + 1}: ${"Eine ausführliche Begründung mit vielen Wörtern, die niemand kürzen mag. ".repeat(4)}`.slice(
    0,
    200,
  );
const LONG_QUESTION = "Welche dieser sehr ausführlich beschriebenen Maßnahmen halten Sie für wirksam? "
  .repeat(7)
  .slice(0, 500);
const TWELVE_LONG = {
  type: "choice",
  question: LONG_QUESTION,
  options: Array.from({ length: 12 }, (_, index) => LONG_LABEL(index)),
};
/** The projector's texts that must be read whole. */
const PROJECTOR_TEXTS =
  ".question, .row-label, .row-figures, .respondents, .badge, .base, .event-title, .join-heading, .join-hint, .join-url, .join-code-label, .join-code-value";
const OVERLAY_TEXTS = ".card .question, .card .meta, .card .label, .card .percent, .card .join-line p";

let server: TestServer;
let browser: Browser;
let seedEvent: EventFixture;
const pages: Page[] = [];
const pageErrors: string[] = [];

async function newPage(options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ ...options, locale: "de-DE" });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  pages.push(page);
  return page;
}

async function vote(event: EventFixture, poll: Poll, optionIds: number[]) {
  const reply = await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
    body: { optionIds },
  });
  expect(reply.status).toBe(200);
}

/** The seed's pick-two-of-six with 24 respondents, open: what a projector shows most of the day. */
async function seedConference(): Promise<{ event: EventFixture; poll: Poll }> {
  const event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", code: "kurze-wege", locale: "de" });
  const poll = await createPoll(server.url, event, PICK_TWO_OF_SIX);
  if (poll.type !== "choice") throw new Error("a choice poll was created");
  expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
  const [a, b, c, d, e, f] = poll.options.map((option) => option.id) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ballots = [
    ...Array.from({ length: 12 }, () => [a, b]),
    ...Array.from({ length: 6 }, () => [c, d]),
    ...Array.from({ length: 5 }, () => [e]),
    [f],
  ];
  for (const ballot of ballots) await vote(event, poll, ballot);
  return { event, poll };
}

/** Text that lies on one line: its glyphs' boxes make one rectangle. */
function linesOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector) as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }, selector);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  ({ event: seedEvent } = await seedConference());
});

afterEach(async (test) => {
  if (test.task.result?.state !== "fail") return;
  await Promise.all(
    pages.filter((page) => !page.isClosed()).map((page, index) => screenshot(page, `readable-failed-${index}`)),
  );
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
  await server?.close();
  server?.cleanup();
});

describe("the projector on any beamer", { timeout: TEST_TIMEOUT_MS }, () => {
  it("draws answers of at least 24 px and the join hint of at least 18 px at 1024×768, nothing cut", async () => {
    const projector = await newPage(BEAMER);
    await projector.goto(`${server.url}/present/${seedEvent.code}`);
    await projector.getByRole("heading", { name: PICK_TWO_OF_SIX.question }).waitFor();
    await projector.waitForTimeout(700); // the bars' and numbers' glide
    await screenshot(projector, "readable-projector-1024x768");
    const labels = await measureTexts(projector, ".row-label");
    expect(labels).toHaveLength(6);
    expect(smallTexts(labels, PROJECTOR_LABEL_MIN_PX)).toEqual([]);
    expect(smallTexts(await measureTexts(projector, ".join-hint"), PROJECTOR_HINT_MIN_PX)).toEqual([]);
    expect(cutTexts(await measureTexts(projector, PROJECTOR_TEXTS))).toEqual([]);
    expect(await linesOf(projector, ".join-code-value")).toBe(1);
  });

  it("shows twelve 200-character answers under a 500-character question whole, on a beamer and on Full HD", async () => {
    const event = await createEvent(server.url, { title: "Lange Antworten", locale: "de" });
    const poll = await createPoll(server.url, event, TWELVE_LONG);
    if (poll.type !== "choice") throw new Error("a choice poll was created");
    expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
    for (const [index, option] of poll.options.entries()) {
      for (let times = 0; times <= index; times++) await vote(event, poll, [option.id]);
    }
    for (const [size, name] of [
      [BEAMER, "1024x768"],
      [HD, "1280x720"],
      [FULL_HD, "1920x1080"],
    ] as const) {
      const projector = await newPage(size);
      await projector.goto(`${server.url}/present/${event.code}`);
      await projector.locator(".row-label").first().waitFor();
      await projector.waitForTimeout(700);
      await screenshot(projector, `readable-projector-twelve-long-${name}`);
      const labels = await measureTexts(projector, ".row-label");
      expect(labels, name).toHaveLength(12);
      expect(cutTexts(await measureTexts(projector, PROJECTOR_TEXTS)), name).toEqual([]);
      for (const label of labels) expect(label.text, name).not.toContain("…");
      await projector.context().close();
    }
  });

  it("never wraps an event code, even the longest", async () => {
    const event = await createEvent(server.url, { title: "Lange Nacht", code: LONGEST_CODE, locale: "de" });
    for (const [size, name] of [
      [BEAMER, "1024x768"],
      [FULL_HD, "1920x1080"],
    ] as const) {
      const projector = await newPage(size);
      await projector.goto(`${server.url}/present/${event.code}`);
      await projector.locator(".join-screen").waitFor(); // no poll shown: the join screen
      await screenshot(projector, `readable-projector-long-code-${name}`);
      expect(await linesOf(projector, ".join-code-value"), name).toBe(1);
      expect(cutTexts(await measureTexts(projector, ".join-code-value, .join-url, .join-hint")), name).toEqual([]);
      await projector.context().close();
    }
  });
});

describe("the stream overlay at 1280×720", { timeout: TEST_TIMEOUT_MS }, () => {
  it("draws every text at 18 px or more, on an opaque card, in colours a green chroma key leaves alone", async () => {
    const overlay = await newPage(HD);
    await overlay.goto(`${server.url}/overlay/${seedEvent.code}?qr=1`);
    await overlay.locator(".overlay.in").waitFor();
    await overlay.waitForTimeout(700);
    await screenshot(overlay, "readable-overlay-1280x720", { transparent: true });
    const texts = await measureTexts(overlay, OVERLAY_TEXTS);
    expect(texts.filter((text) => text.text !== "").length).toBeGreaterThanOrEqual(6);
    expect(smallTexts(texts, OVERLAY_TEXT_MIN_PX)).toEqual([]);
    expect(cutTexts(texts)).toEqual([]);

    // An opaque card: rgb(), not rgba() with an alpha below 1.
    const card = await overlay.evaluate(
      () => getComputedStyle(document.querySelector(".card") as Element).backgroundColor,
    );
    expect(card).toMatch(/^rgb\(/);
    expect(
      await overlay.evaluate(
        () => getComputedStyle(document.querySelector(".state.open") as Element, "::before").backgroundColor,
      ),
    ).not.toBe("rgba(0, 0, 0, 0)");
    for (const theme of ["dark", "light"]) {
      await overlay.goto(`${server.url}/overlay/${seedEvent.code}?qr=1&theme=${theme}`);
      await overlay.locator(".overlay.in").waitFor();
      const keyed = (await cardColours(overlay)).filter(keyedOutByGreen);
      expect(keyed, theme).toEqual([]);
    }
  });

  it("shows a 500-character question whole", async () => {
    const event = await createEvent(server.url, { title: "Lange Frage", locale: "de" });
    const poll = await createPoll(server.url, event, {
      type: "choice",
      question: LONG_QUESTION,
      options: ["Ja", "Nein", "Weiß nicht"],
    });
    expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
    for (const position of ["bottom", "right"]) {
      const overlay = await newPage(HD);
      await overlay.goto(`${server.url}/overlay/${event.code}?position=${position}`);
      await overlay.locator(".overlay.in").waitFor();
      await overlay.waitForTimeout(700);
      await screenshot(overlay, `readable-overlay-long-question-${position}`, { transparent: true });
      // Beside the picture, a 30 % wide card has no room for all of it at a readable size: the
      // question stays whole, what does not fit below it is cut.
      const texts = position === "bottom" ? OVERLAY_TEXTS : ".card .question";
      expect(cutTexts(await measureTexts(overlay, texts)), position).toEqual([]);
      expect(smallTexts(await measureTexts(overlay, OVERLAY_TEXTS), OVERLAY_SMALLEST_PX), position).toEqual([]);
      await overlay.context().close();
    }
  });

  it("keeps the text readable at the smallest scale asked for", async () => {
    const overlay = await newPage(HD);
    await overlay.goto(`${server.url}/overlay/${seedEvent.code}?scale=0.1`);
    await overlay.locator(".overlay.in").waitFor();
    const labels = await measureTexts(overlay, ".card .label");
    expect(labels).toHaveLength(6);
    expect(smallTexts(labels, OVERLAY_TEXT_MIN_PX)).toEqual([]);
    expect(smallTexts(await measureTexts(overlay, OVERLAY_TEXTS), OVERLAY_SMALLEST_PX)).toEqual([]);
  });
});

/** Every colour drawn on the card: backgrounds, text, borders, SVG fills, the open dot. */
function cardColours(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const colours = new Set<string>();
    const add = (colour: string) => {
      if (colour !== "" && colour !== "none" && colour !== "rgba(0, 0, 0, 0)") colours.add(colour);
    };
    const card = document.querySelector(".card") as Element;
    for (const element of [card, ...card.querySelectorAll("*")]) {
      const style = getComputedStyle(element);
      add(style.backgroundColor);
      add(style.color);
      if (Number.parseFloat(style.borderTopWidth) > 0) add(style.borderTopColor);
      if (element instanceof SVGElement) add(style.fill);
      add(getComputedStyle(element, "::before").backgroundColor);
    }
    return [...colours];
  });
}

/** OBS's chroma key (plugins/obs-filters/data/chroma_key_filter_v2.effect) with its defaults. */
const OBS_KEY = { colour: [0, 1, 0], similarity: 0.4, smoothness: 0.08 } as const;
const chromaOf = ([red, green, blue]: readonly number[]) => [
  0.439216 * (red ?? 0) - 0.398942 * (green ?? 0) - 0.040274 * (blue ?? 0) + 0.501961,
  -0.100644 * (red ?? 0) - 0.338572 * (green ?? 0) + 0.439216 * (blue ?? 0) + 0.501961,
];

/**
 * Whether OBS's default green chroma key makes the colour (a CSS rgb() or rgba()) even a little
 * transparent: its distance from the key in the Cb/Cr plane is under similarity + smoothness.
 * A colour that is itself translucent counts as keyed: what shows through it cannot be known.
 */
function keyedOutByGreen(cssColour: string): boolean {
  const [red, green, blue, alpha = 1] = (cssColour.match(/[\d.]+/g) ?? []).map(Number);
  if (alpha < 1) return true;
  const [cr, cb] = chromaOf([(red ?? 0) / 255, (green ?? 0) / 255, (blue ?? 0) / 255]) as [number, number];
  const [keyCr, keyCb] = chromaOf(OBS_KEY.colour) as [number, number];
  return Math.hypot(cr - keyCr, cb - keyCb) < OBS_KEY.similarity + OBS_KEY.smoothness;
}

describe("the console on a phone", { timeout: TEST_TIMEOUT_MS }, () => {
  it("has buttons and fields at least 44 px tall at 360 px wide", async () => {
    const moderator = await newPage(PHONE);
    await moderator.goto(`${server.url}/moderate/${seedEvent.code}#key=${seedEvent.key}`);
    await moderator.locator(".poll-card").first().waitFor();
    await screenshot(moderator, "readable-console-360", { fullPage: true });
    const controls = await measureTexts(
      moderator,
      "button, a.button, select, input:not([type=checkbox]):not([type=radio])",
    );
    const short = controls
      .filter((control) => control.bottom - control.top < TOUCH_TARGET_MIN_PX)
      .map((control) => `${control.text || "(field)"}: ${control.bottom - control.top} px`);
    expect(controls.length).toBeGreaterThan(10);
    expect(short).toEqual([]);
  });

  it("never scrolls sideways at 400 % zoom (320 CSS px), nor with the poll form open", async () => {
    const moderator = await newPage(ZOOMED_400);
    await moderator.goto(`${server.url}/moderate/${seedEvent.code}#key=${seedEvent.key}`);
    await moderator.locator(".poll-card").first().waitFor();
    await screenshot(moderator, "readable-console-320", { fullPage: true });
    expect(await sidewaysScroll(moderator)).toBe(0);
    await moderator.locator(".polls-head button").click();
    await moderator.locator(".poll-form").waitFor();
    await screenshot(moderator, "readable-console-320-form", { fullPage: true });
    expect(await sidewaysScroll(moderator)).toBe(0);
  });
});

describe("the voter's results", { timeout: TEST_TIMEOUT_MS }, () => {
  it("draws every bar on a track of the same length", async () => {
    const event = await createEvent(server.url, { title: "Gleich lange Balken", locale: "de" });
    const poll = await createPoll(server.url, event, {
      type: "choice",
      question: "Wie sind Sie angereist?",
      options: ["Bahn", "Auto", "Fahrrad", "Zu Fuß"],
    });
    if (poll.type !== "choice") throw new Error("a choice poll was created");
    await pollAction(server.url, event, poll.id, "open");
    // 12, 1 and 0 votes: counts and percents of different widths beside the bars.
    for (let times = 0; times < 12; times++) await vote(event, poll, [poll.options[0]?.id as number]);
    await vote(event, poll, [poll.options[1]?.id as number]);
    await pollAction(server.url, event, poll.id, "close");
    const phone = await newPage(PHONE);
    await phone.goto(`${server.url}/e/${event.code}`);
    await phone.locator(".bar-track").first().waitFor();
    await screenshot(phone, "readable-voter-results-360", { fullPage: true });
    const tracks = await measureTexts(phone, ".bar-track");
    expect(tracks).toHaveLength(4);
    const lengths = tracks.map((track) => Math.round(track.right - track.left));
    expect(new Set(lengths).size, `track lengths ${lengths.join(", ")}`).toBe(1);
  });
});
