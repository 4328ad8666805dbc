// Every phone in its own language, in a real Chromium against the real built server: the voter
// page speaks the browser's language (not the event's), loads that one language's chunk and no
// other, shows no words before its texts are there, runs right to left in Arabic and Persian,
// and keeps the voter's own choice; the projector speaks the event's language unless ?lang=.
// Screenshots of the voter page in Turkish, Arabic and Ukrainian land in tests/output/screenshots.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../../shared/locales.js";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, pollAction } from "../helpers/api.js";
import { startServer, type TestServer } from "../helpers/server.js";
import { axeViolations, FULL_HD, launchBrowser, PHONE, screenshot } from "./browser.js";

const STEP_TIMEOUT_MS = 8000;
const TEST_TIMEOUT_MS = 60_000;
const OPTIONS = PICK_TWO_OF_SIX.options;
const VOTER_MANIFEST = join(import.meta.dirname, "../../dist/client/.vite/voter-manifest.json");

let server: TestServer;
let browser: Browser;
let event: EventFixture;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

/** The built file of each language's voter texts, e.g. { tr: "assets/tr-Bx1.js" }. */
function languageChunks(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(VOTER_MANIFEST, "utf8")) as Record<string, { file: string }>;
  return Object.fromEntries(
    Object.entries(manifest)
      .filter(([key]) => /^i18n\/[a-z]{2}\.ts$/.test(key))
      .map(([key, chunk]) => [key.slice("i18n/".length, -".ts".length), chunk.file]),
  );
}

/** A phone whose browser speaks `browserLocale`; `loaded` collects the language chunks it fetched. */
async function phone(browserLocale: string): Promise<{ page: Page; loaded: string[] }> {
  const context = await browser.newContext({ ...PHONE, locale: browserLocale });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  const chunks = Object.entries(languageChunks());
  const loaded: string[] = [];
  page.on("request", (request) => {
    const language = chunks.find(([, file]) => request.url().endsWith(`/${file}`));
    if (language) loaded.push(language[0]);
  });
  return { page, loaded };
}

const documentLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Votes for the first two options and waits for the thanks. */
async function voteOnTwo(page: Page, thanks: string) {
  await page.getByLabel(OPTIONS[0] as string).check();
  await page.getByLabel(OPTIONS[1] as string).check();
  await page.locator("button[type=submit]").click();
  await page.getByText(thanks).waitFor();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  // A German event: phones whose browsers speak another of our languages must not show German.
  event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
  const poll = await createPoll(server.url, event, PICK_TWO_OF_SIX);
  expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  server?.cleanup();
});

describe("every phone in its own language", { timeout: TEST_TIMEOUT_MS }, () => {
  it("speaks Turkish on a Turkish phone, loading the Turkish texts and no others", async () => {
    const { page, loaded } = await phone("tr-TR");
    await page.goto(`${server.url}/e/${event.code}`);
    await page.getByText("En fazla 2 cevap seçin.").waitFor();
    expect(await page.evaluate(() => navigator.languages)).toEqual(["tr-TR"]);
    await expect.poll(() => documentLanguage(page)).toEqual({ lang: "tr", dir: "ltr" });
    // The title is set in an effect after the render: wait for it.
    await expect.poll(() => page.title()).toBe("Erfolg durch kurze Wege: oy verin");
    expect(loaded).toEqual(["tr"]);
    await screenshot(page, "voter-tr-choice", { fullPage: true });
    await voteOnTwo(page, "Teşekkürler! Oyunuz sayıldı.");
    await page.getByText("1 kişi oy verdi").waitFor();
    await screenshot(page, "voter-tr-voted", { fullPage: true });
    expect(loaded).toEqual(["tr"]);
  });

  it("speaks Arabic from right to left on an Arabic phone", async () => {
    const { page, loaded } = await phone("ar");
    await page.goto(`${server.url}/e/${event.code}`);
    await page.getByText("يُرجى اختيار إجابتين على الأكثر.").waitFor();
    await expect.poll(() => documentLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(loaded).toEqual(["ar"]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "voter-ar-choice", { fullPage: true });
    await voteOnTwo(page, "شكرًا! تم احتساب صوتك.");
    await page.getByText("صوّت شخصان").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "voter-ar-voted", { fullPage: true });
  });

  it("speaks Ukrainian on a Ukrainian phone, with Ukrainian plural forms", async () => {
    const { page, loaded } = await phone("uk-UA");
    await page.goto(`${server.url}/e/${event.code}`);
    await page.getByText("Виберіть до 2 відповідей.").waitFor();
    await expect.poll(() => documentLanguage(page)).toEqual({ lang: "uk", dir: "ltr" });
    expect(loaded).toEqual(["uk"]);
    await screenshot(page, "voter-uk-choice", { fullPage: true });
    await voteOnTwo(page, "Дякуємо! Ваш голос зараховано.");
    await page.getByText("3 людини проголосували").waitFor();
    await screenshot(page, "voter-uk-voted", { fullPage: true });
  });

  it("shows no words in another language while its own texts are still on their way", async () => {
    const { page, loaded } = await phone("fa-IR");
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked: () => void = () => {};
    const chunkAsked = new Promise<void>((resolve) => {
      asked = resolve;
    });
    await page.route(`**/${languageChunks().fa}`, async (route) => {
      asked();
      await held;
      await route.continue();
    });
    const snapshotArrived = new Promise<void>((resolve) =>
      page.on("websocket", (socket) =>
        socket.on("framereceived", (frame) => {
          if (String(frame.payload).includes('"type":"snapshot"')) resolve();
        }),
      ),
    );
    await page.goto(`${server.url}/e/${event.code}`);
    // The German event has arrived over the socket and the Persian texts are asked for, not there.
    await Promise.all([chunkAsked, snapshotArrived]);
    expect((await page.locator("#app").textContent())?.trim()).toBe("Handzeichen …");
    expect((await documentLanguage(page)).lang).not.toBe("de");
    release();
    await page.getByText("حداکثر 2 پاسخ انتخاب کنید.").waitFor();
    await expect.poll(() => documentLanguage(page)).toEqual({ lang: "fa", dir: "rtl" });
    expect(loaded).toEqual(["fa"]);
  });

  it("speaks the event's language when the browser speaks none of ours, and keeps the voter's own choice", async () => {
    const { page, loaded } = await phone("fr-FR");
    await page.goto(`${server.url}/e/${event.code}`);
    await page.getByText("Wählen Sie bis zu 2 Antworten.").waitFor();
    await expect.poll(() => documentLanguage(page)).toEqual({ lang: "de", dir: "ltr" });
    expect(loaded).toEqual(["de"]);
    // The language menu names each language in itself.
    const names = await page.locator("#language option").allTextContents();
    expect(names).toEqual([
      "Deutsch",
      "English",
      "Türkçe",
      "العربية",
      "Українська",
      "Русский",
      "فارسی",
      "Polski",
      "Română",
    ]);
    await page.locator("#language").selectOption("ro" satisfies Locale);
    await page.getByText("Alegeți cel mult 2 răspunsuri.").waitFor();
    await page.reload();
    await page.getByText("Alegeți cel mult 2 răspunsuri.").waitFor();
    await expect.poll(() => documentLanguage(page)).toEqual({ lang: "ro", dir: "ltr" });
  });

  it("shows the event's language on the projector whatever the browser speaks, unless ?lang= says otherwise", async () => {
    const context = await browser.newContext({ ...FULL_HD, locale: "tr-TR" });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    contexts.push(context);
    const projector = await context.newPage();
    await projector.goto(`${server.url}/present/${event.code}`);
    await projector.getByText("Mit dem Handy abstimmen").waitFor();
    await expect.poll(() => documentLanguage(projector)).toEqual({ lang: "de", dir: "ltr" });
    await projector.goto(`${server.url}/present/${event.code}?lang=ar`);
    await projector.getByText("صوّتوا بهواتفكم").waitFor();
    await expect.poll(() => documentLanguage(projector)).toEqual({ lang: "ar", dir: "rtl" });
    await screenshot(projector, "present-ar-1920x1080");
  });
});
