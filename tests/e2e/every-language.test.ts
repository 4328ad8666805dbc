// Every page in every page language, in one real Chromium against one real server: the home page,
// the event page (a choice poll, after voting with the results, a rating poll), the console, the
// projector (a poll, the join screen), the overlay and the report. Each sets <html lang dir>, shows
// no missing text ("undefined", "NaN", a function's source), and axe finds no violation (WCAG 2.x
// A and AA and best practices, as tests/e2e/browser.ts runs it). Arabic and Persian pages are
// checked for their mirrored layout by geometry, the others for the unmirrored one; screenshots
// of German, Turkish, Arabic and Persian pages go to tests/output/screenshots/every-language-*.
import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../shared/locales.js";
import {
  createEvent,
  createPoll,
  EVENT_RATING,
  type EventFixture,
  PICK_TWO_OF_SIX,
  pollAction,
  request,
} from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, HD, LAPTOP, PHONE, STEP_TIMEOUT_MS, screenshot, useBrowser } from "./browser.js";

/** Each page language as a browser announces it (navigator.languages), the voter page's source. */
const BROWSER_TAGS: Record<Locale, string> = {
  de: "de-DE",
  en: "en-GB",
  tr: "tr-TR",
  ar: "ar-EG",
  uk: "uk-UA",
  ru: "ru-RU",
  fa: "fa-IR",
  pl: "pl-PL",
  ro: "ro-RO",
};
const RIGHT_TO_LEFT: readonly Locale[] = ["ar", "fa"];
/** The languages whose pages are saved as screenshots to look at. */
const PICTURED: readonly Locale[] = ["de", "tr", "ar", "fa"];

const PHONE_390: BrowserContextOptions = { ...PHONE, viewport: { width: 390, height: 844 } };
const BEAMER = { width: 1024, height: 768 };
/** How long bars and numbers glide to their values: a picture waits for them. */
const GLIDE_MS = 700;
/** Sub-pixel rounding of layout. */
const TOLERANCE_PX = 1;
/** What a missing text or a broken number shows instead of words. */
const MISSING_TEXT = /\bundefined\b|\bNaN\b|\[object |=>|\bnull\b/;

/** A right-to-left event asks its questions in its own language, as it would in the room. */
const RIGHT_TO_LEFT_POLLS: Partial<
  Record<Locale, { choice: Record<string, unknown>; rating: Record<string, unknown> }>
> = {
  ar: {
    choice: {
      type: "choice",
      question: "كيف نصل إلى الآباء والأمهات بأفضل طريقة؟",
      options: ["مراكز الاستشارة", "في الأحياء", "عبر الشبكات", "مكتب العمل"],
      maxSelections: 2,
    },
    rating: { type: "rating", question: "كيف تقيّمون الفعالية؟", scale: 5 },
  },
  fa: {
    choice: {
      type: "choice",
      question: "چطور می‌توانیم به پدران و مادران برسیم؟",
      options: ["مراکز مشاوره", "در محله‌ها", "از راه شبکه‌ها", "ادارهٔ کار"],
      maxSelections: 2,
    },
    rating: { type: "rating", question: "به این رویداد چه امتیازی می‌دهید؟", scale: 5 },
  },
};

type Rect = { left: number; right: number; top: number; bottom: number };

const rectOf = (page: Page, selector: string): Promise<Rect> =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    });

/** Where the text inside `selector` is drawn, and the content box it is drawn in. */
const textIn = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        text: { left: text.left, right: text.right },
        box: {
          left: box.left + Number.parseFloat(style.paddingLeft),
          right: box.right - Number.parseFloat(style.paddingRight),
        },
      };
    });

async function expectLeftToRight(page: Page, selector: string) {
  const directions = await page
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).direction));
  expect(directions.length, selector).toBeGreaterThan(0);
  expect(new Set(directions), selector).toEqual(new Set(["ltr"]));
}

/** `start` is at the start side of `end`: its right in a left-to-right page, its left in a right-to-left one. */
function expectBefore(start: Rect, end: Rect, rtl: boolean, what: string) {
  if (rtl) expect(start.left, what).toBeGreaterThanOrEqual(end.right - TOLERANCE_PX);
  else expect(start.right, what).toBeLessThanOrEqual(end.left + TOLERANCE_PX);
}

/** The text starts at its box's start edge: the right one in a right-to-left page. */
async function expectTextFromTheStart(page: Page, selector: string, rtl: boolean) {
  const { text, box } = await textIn(page, selector);
  if (rtl) expect(Math.abs(text.right - box.right), selector).toBeLessThanOrEqual(TOLERANCE_PX + 1);
  else expect(Math.abs(text.left - box.left), selector).toBeLessThanOrEqual(TOLERANCE_PX + 1);
}

describe("every page in every language", { timeout: 120_000 }, () => {
  const server = useServer();
  const browser = useBrowser();

  /** The page as its language shows it: lang and dir, no missing text, no axe violation. */
  async function expectWholePage(page: Page, locale: Locale, name: string) {
    // lang, dir and title are set together in an effect after the render. The page's shell already
    // says lang="en" (and no dir): in English only dir tells that the effect has run, so wait for both.
    await expect
      .poll(() => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })), {
        message: name,
        timeout: STEP_TIMEOUT_MS,
      })
      .toEqual({ lang: locale, dir: RIGHT_TO_LEFT.includes(locale) ? "rtl" : "ltr" });
    const shown = await page.evaluate(() => ({
      title: document.title,
      // All of the page's text, what only screen readers hear included.
      text: document.getElementById("app")?.textContent ?? "",
    }));
    expect(shown.title, name).not.toBe("");
    expect(`${shown.title}\n${shown.text}`, name).not.toMatch(MISSING_TEXT);
    expect(await axeViolations(page), `${name} (${locale})`).toEqual([]);
    if (!PICTURED.includes(locale)) return;
    await page.waitForTimeout(GLIDE_MS);
    await screenshot(page, `every-language-${name}-${locale}`);
  }

  for (const locale of Object.keys(BROWSER_TAGS) as Locale[]) {
    const rtl = RIGHT_TO_LEFT.includes(locale);

    it(`shows every page in ${locale}`, async () => {
      const event: EventFixture = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale });
      const polls = RIGHT_TO_LEFT_POLLS[locale] ?? { choice: PICK_TWO_OF_SIX, rating: EVENT_RATING };
      const choice = await createPoll(server.url, event, polls.choice);
      const rating = await createPoll(server.url, event, polls.rating);
      await pollAction(server.url, event, choice.id, "open");
      if (choice.type !== "choice") throw new Error("a choice poll was created");
      for (const optionIds of [[choice.options[0]?.id], [choice.options[1]?.id], [choice.options[0]?.id]]) {
        await request(server.url, "POST", `/api/events/${event.code}/polls/${choice.id}/votes`, {
          body: { optionIds },
        });
      }

      // The phone: its browser speaks the language, the event page follows it.
      const phone = await browser.newPage({ ...PHONE_390, locale: BROWSER_TAGS[locale] });
      await phone.goto(`${server.url}/`);
      await phone.locator("main.page").waitFor();
      await expectWholePage(phone, locale, "home");
      expectBefore(await rectOf(phone, ".brand"), await rectOf(phone, ".language"), rtl, "the language menu");

      await phone.goto(`${server.url}/e/${event.code}`);
      await phone.locator(".options").waitFor();
      await expectWholePage(phone, locale, "event-choice");
      await expectTextFromTheStart(phone, "h1.question", rtl);
      expectBefore(await rectOf(phone, ".brand"), await rectOf(phone, ".language"), rtl, "the language menu");

      await phone.locator(".option input").nth(0).check();
      await phone.locator(".option input").nth(1).check();
      await phone.locator("button[type=submit]").click();
      await phone.locator(".results .bar-track").first().waitFor();
      await expectWholePage(phone, locale, "event-results");
      await expectLeftToRight(phone, ".bar-percent bdi");

      // The moderator's laptop: the console in the browser's language, the report in the event's.
      const laptop = await browser.newPage({ ...LAPTOP, locale: BROWSER_TAGS[locale] });
      await laptop.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
      await laptop.locator(".poll-card").nth(1).waitFor();
      await laptop.locator(".screen-choice").waitFor();
      await expectWholePage(laptop, locale, "console");
      expectBefore(await rectOf(laptop, ".polls"), await rectOf(laptop, "aside.side"), rtl, "the console's links");

      await laptop.goto(`${server.url}/moderate/${event.code}/report#key=${event.key}`);
      await laptop.locator(".poll").first().waitFor();
      await expectWholePage(laptop, locale, "report");

      // The screens in a browser that speaks another language: ?lang= decides.
      const screens = await browser.newPage({ viewport: BEAMER, locale: "en-US" });
      await screens.goto(`${server.url}/present/${event.code}?lang=${locale}`);
      await screens.locator(".poll .row-percent").first().waitFor();
      await expectWholePage(screens, locale, "projector-choice");
      expectBefore(await rectOf(screens, ".stage"), await rectOf(screens, ".side"), rtl, "the join panel");
      await expectTextFromTheStart(screens, ".poll .question", rtl);
      await expectLeftToRight(screens, ".row-percent bdi, .join-url, .join-code-value");

      await request(server.url, "PATCH", `/api/events/${event.code}`, {
        body: { screen: { show: "join" } },
        key: event.key,
      });
      await screens.locator(".join-screen").waitFor();
      await expectWholePage(screens, locale, "projector-join");
      expectBefore(await rectOf(screens, ".join-qr"), await rectOf(screens, ".join-heading"), rtl, "the QR code");
      await expectLeftToRight(screens, ".join-url, .join-code-value");

      await pollAction(server.url, event, rating.id, "open");
      await screens.locator(".poll .rating").waitFor();
      await expectWholePage(screens, locale, "projector-rating");
      await phone.locator(".star-choice").waitFor();
      await expectWholePage(phone, locale, "event-rating");

      await screens.setViewportSize(HD.viewport as { width: number; height: number });
      await screens.goto(`${server.url}/overlay/${event.code}?lang=${locale}&qr=1`);
      await screens.locator(".overlay.in").waitFor();
      await expectWholePage(screens, locale, "overlay");
      expectBefore(await rectOf(screens, ".join-line .qr"), await rectOf(screens, ".join-line p"), rtl, "the QR code");
      await expectLeftToRight(screens, ".join-line strong bdi");

      await Promise.all([phone, laptop, screens].map((page) => page.context().close()));
    });
  }
});
