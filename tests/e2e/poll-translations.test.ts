// Poll text in several languages, in a real Chromium against the real server: the console adds a
// Turkish translation beside the German original, a Turkish phone shows it and switches to the
// original and back, and the projector with ?also=tr (or ?also=ar, right to left under the German)
// shows the second language under the question and each answer, still fitted to the screen.
// Screenshots land in tests/output/screenshots (translations-*).
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Poll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, LAPTOP, PHONE, screenshot, useBrowser } from "./browser.js";

const TEST_TIMEOUT_MS = 60_000;
const BEAMER: BrowserContextOptions = { viewport: { width: 1024, height: 768 } };
const GERMAN = {
  type: "choice",
  question: "Wie sind Sie heute hierher gekommen?",
  options: ["Mit Bus oder Bahn", "Mit dem Auto", "Mit dem Fahrrad", "Zu Fuß"],
};
const TURKISH = {
  question: "Bugün buraya nasıl geldiniz?",
  options: ["Otobüs veya trenle", "Arabayla", "Bisikletle", "Yürüyerek"],
};
const ARABIC = {
  question: "كيف وصلت إلى هنا اليوم؟",
  options: ["بالحافلة أو القطار", "بالسيارة", "بالدراجة", "مشيًا على الأقدام"],
};

const server = useServer();
const browser = useBrowser();
let event: EventFixture;
let poll: Poll;

const pollPath = () => `/api/events/${event.code}/polls/${poll.id}`;
const currentPoll = async (): Promise<Poll> =>
  (
    await request<{ polls: Poll[] }>(server.url, "GET", `/api/events/${event.code}/polls`, { key: event.key })
  ).body.polls.find((p) => p.id === poll.id) as Poll;

/** Whether the projector's poll holds its content without scrolling (fitted-type.ts did its work). */
const pollFits = (page: Page) =>
  page
    .locator(".poll")
    .evaluate((box) => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1);

beforeAll(async () => {
  event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
  poll = await createPoll(server.url, event, GERMAN);
  expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
});

describe("poll text in several languages", { timeout: TEST_TIMEOUT_MS }, () => {
  it("the console adds a Turkish translation beside the original, by keyboard, with clear errors", async () => {
    const moderator = await browser.newPage({ ...LAPTOP, locale: "de-DE" });
    await moderator.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    await moderator.getByRole("button", { name: "Ändern", exact: true }).click();
    const form = moderator.locator(".poll-form");
    // The event's own language is not offered; every other one is, named in itself.
    const menu = form.locator(`#edit-${poll.id}-add-language`);
    const offered = await menu.locator("option").allTextContents();
    expect(offered).toContain("Türkçe");
    expect(offered).toContain("العربية");
    expect(offered).not.toContain("Deutsch");
    await menu.selectOption({ label: "Türkçe" });
    await form.getByRole("button", { name: "Übersetzung hinzufügen" }).click();
    // The new translation's question has the focus: typing goes there.
    await expect.poll(() => moderator.evaluate(() => document.activeElement?.id)).toBe(`edit-${poll.id}-tr-question`);
    await moderator.keyboard.type(TURKISH.question);
    expect(await form.locator(`#edit-${poll.id}-tr-question`).inputValue()).toBe(TURKISH.question);
    // The original is shown beside each field.
    const turkish = form.locator("fieldset.translation", { hasText: "Türkçe" });
    await expect
      .poll(() => turkish.locator(".original bdi").allTextContents())
      .toEqual([GERMAN.question, ...GERMAN.options]);

    await form.locator(`#edit-${poll.id}-tr-option-0`).fill(TURKISH.options[0] as string);
    await form.getByRole("button", { name: "Speichern", exact: true }).click();
    await expect
      .poll(() => form.getByRole("alert").textContent())
      .toBe("Türkçe: Einige Antworten fehlen. Bitte übersetzen Sie alle Antworten oder keine.");
    // The focus is on the first empty answer.
    await expect.poll(() => moderator.evaluate(() => document.activeElement?.id)).toBe(`edit-${poll.id}-tr-option-1`);
    await form.locator(`#edit-${poll.id}-tr-question`).fill(" ");
    await form.getByRole("button", { name: "Speichern", exact: true }).click();
    await expect
      .poll(() => form.getByRole("alert").textContent())
      .toBe("Türkçe: Bitte schreiben Sie die Frage in dieser Sprache.");
    expect((await currentPoll()).translations).toEqual({});

    await form.locator(`#edit-${poll.id}-tr-question`).fill(TURKISH.question);
    for (const [index, label] of TURKISH.options.entries()) {
      await form.locator(`#edit-${poll.id}-tr-option-${index}`).fill(label);
    }
    await screenshot(moderator, "translations-console-form", { fullPage: true });
    expect(await axeViolations(moderator)).toEqual([]);
    await form.getByRole("button", { name: "Speichern", exact: true }).click();
    await moderator.locator(".poll-card .poll-languages", { hasText: "Türkçe" }).waitFor();
    expect((await currentPoll()).translations).toEqual({ tr: TURKISH });
  });

  it("removes a translation in the console, and works on a phone", async () => {
    const own = await createEvent(server.url, { title: "Entfernen", locale: "de" });
    const translated = await createPoll(server.url, own, { ...GERMAN, translations: { tr: TURKISH, ar: ARABIC } });
    const moderator = await browser.newPage({ ...PHONE, locale: "de-DE" });
    await moderator.goto(`${server.url}/moderate/${own.code}#key=${own.key}`);
    await moderator.getByRole("button", { name: "Ändern", exact: true }).click();
    const form = moderator.locator(".poll-form");
    await form.locator("fieldset.translation", { hasText: "العربية" }).waitFor();
    const sideways = await moderator.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    await screenshot(moderator, "translations-console-phone", { fullPage: true });
    await form
      .locator("fieldset.translation", { hasText: "Türkçe" })
      .getByRole("button", { name: "Übersetzung entfernen" })
      .click();
    await form.getByRole("button", { name: "Speichern", exact: true }).click();
    await moderator.locator(".poll-card .poll-languages", { hasText: "العربية" }).waitFor();
    const polls = await request<{ polls: Poll[] }>(server.url, "GET", `/api/events/${own.code}/polls`, {
      key: own.key,
    });
    expect(polls.body.polls.find((p) => p.id === translated.id)?.translations).toEqual({ ar: ARABIC });
  });

  it("a Turkish phone shows the translation, switches to the original and back, and votes", async () => {
    await request(server.url, "PATCH", pollPath(), { body: { translations: { tr: TURKISH } }, key: event.key });
    const phone = await browser.newPage({ ...PHONE, locale: "tr-TR" });
    await phone.goto(`${server.url}/e/${event.code}`);
    await phone.getByRole("heading", { name: TURKISH.question }).waitFor();
    for (const label of TURKISH.options) await phone.getByLabel(label).waitFor();
    await screenshot(phone, "translations-phone-tr");
    expect(await axeViolations(phone)).toEqual([]);

    await phone.getByRole("button", { name: "Orijinalini göster" }).click();
    await phone.getByRole("heading", { name: GERMAN.question }).waitFor();
    for (const label of GERMAN.options) await phone.getByLabel(label).waitFor();
    await screenshot(phone, "translations-phone-tr-original");
    await phone.getByRole("button", { name: "Türkçe göster" }).click();
    await phone.getByRole("heading", { name: TURKISH.question }).waitFor();

    await phone.getByLabel(TURKISH.options[1] as string).check();
    await phone.locator("button[type=submit]").click();
    await phone.locator(".thanks").waitFor();
    // Votes name option ids: the vote counts for the German "Mit dem Auto".
    const results = await request(server.url, "GET", `${pollPath()}/results`, { key: event.key });
    const carId = poll.type === "choice" ? poll.options[1]?.id : 0;
    expect(results.body.results.options.find((o: { id: number }) => o.id === carId).count).toBe(1);
    await phone.locator(".my-vote", { hasText: "Arabayla" }).waitFor();
  });

  it("the projector with ?also=tr shows Turkish under the German question and answers, fitted", async () => {
    await request(server.url, "PATCH", pollPath(), { body: { translations: { tr: TURKISH } }, key: event.key });
    const projector = await browser.newPage({ ...BEAMER, locale: "de-DE" });
    await projector.goto(`${server.url}/present/${event.code}?also=tr`);
    await projector.locator(".question .also").waitFor();
    expect(await projector.locator(".question .also").textContent()).toBe(TURKISH.question);
    expect(await projector.locator(".question .also").getAttribute("lang")).toBe("tr");
    expect(await projector.locator(".row-label .also").allTextContents()).toEqual(TURKISH.options);
    // Smaller than the line above it.
    const sizes = await projector.evaluate(() => {
      const size = (selector: string) =>
        Number.parseFloat(getComputedStyle(document.querySelector(selector) as Element).fontSize);
      return {
        question: size(".question"),
        also: size(".question .also"),
        label: size(".row-label"),
        labelAlso: size(".row-label .also"),
      };
    });
    expect(sizes.also).toBeLessThan(sizes.question);
    expect(sizes.labelAlso).toBeLessThan(sizes.label);
    expect(await pollFits(projector)).toBe(true);
    await projector.waitForTimeout(700); // the bars' glide
    await screenshot(projector, "translations-projector-also-tr-1024");

    // Without a translation into the asked language, no second line.
    await projector.goto(`${server.url}/present/${event.code}?also=uk`);
    await projector.getByRole("heading", { name: GERMAN.question }).waitFor();
    expect(await projector.locator(".also").count()).toBe(0);
  });

  it("sets an Arabic line under the German right to left, on a German projector", async () => {
    await request(server.url, "PATCH", pollPath(), {
      body: { translations: { tr: TURKISH, ar: ARABIC } },
      key: event.key,
    });
    const projector = await browser.newPage({ ...BEAMER, locale: "de-DE" });
    await projector.goto(`${server.url}/present/${event.code}?also=ar`);
    await projector.locator(".question .also").waitFor();
    // Set in an effect after the render (the page's shell has no dir): wait for it.
    await expect.poll(() => projector.evaluate(() => document.documentElement.dir)).toBe("ltr");
    // Each Arabic line runs right to left and starts at its box's right edge; the German ones at the left.
    const lines = await projector.evaluate(() =>
      [...document.querySelectorAll(".also")].map((line) => {
        const box = line.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(line);
        const text = range.getBoundingClientRect();
        return {
          direction: getComputedStyle(line).direction,
          gapRight: box.right - text.right,
          gapLeft: text.left - box.left,
        };
      }),
    );
    expect(lines).toHaveLength(1 + ARABIC.options.length);
    for (const line of lines) {
      expect(line.direction).toBe("rtl");
      expect(line.gapRight).toBeLessThan(2);
      expect(line.gapLeft).toBeGreaterThan(2);
    }
    expect(await pollFits(projector)).toBe(true);
    await projector.waitForTimeout(700);
    await screenshot(projector, "translations-projector-also-ar-1024");

    // And the other way round: an Arabic phone reads its translation, right to left.
    const phone = await browser.newPage({ ...PHONE, locale: "ar" });
    await phone.goto(`${server.url}/e/${event.code}`);
    await phone.getByRole("heading", { name: ARABIC.question }).waitFor();
    await expect.poll(() => phone.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await screenshot(phone, "translations-phone-ar");
  });
});
