// The printable results report in a real browser: the seed conference is run through the API
// (24 people pick two of six, 10 rate the event), the moderator opens the report from the
// console, axe-core checks it, and Chromium prints it to PDF, whose text (read with poppler's
// pdftotext) must hold the figures. The screenshots, the PDF and a PNG of its first page are
// left under tests/output/ to look at.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Poll } from "../../shared/poll.js";
import {
  createEvent,
  createPoll,
  EVENT_RATING,
  type EventFixture,
  PICK_TWO_OF_SIX,
  pollAction,
  request,
} from "../helpers/api.js";
import { startServer, type TestServer } from "../helpers/server.js";
import { axeViolations, LAPTOP, launchBrowser, screenshot } from "./browser.js";

const run = promisify(execFile);
const OUTPUT_DIR = join(import.meta.dirname, "../output/report");
const PDF_PATH = join(OUTPUT_DIR, "report.pdf");
const STEP_TIMEOUT_MS = 8000;
const TEST_TIMEOUT_MS = 60_000;
const DRAFT_QUESTION = "Welche Frage wurde nie gestellt?";
/** A third poll, so the report runs onto a second page. */
const AGAIN = { type: "choice", question: "Würden Sie wieder teilnehmen?", options: ["Ja", "Vielleicht", "Nein"] };

let server: TestServer;
let browser: Browser;
let event: EventFixture;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ ...LAPTOP, locale: "de-DE" });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

/** The seed's 24 respondents: 12, 12, 6, 6, 5 and 1 selections of the six options. */
function seedBallots(poll: Poll): number[][] {
  const ids = poll.type === "choice" ? poll.options.map((option) => option.id) : [];
  const [a, b, c, d, e, f] = ids as [number, number, number, number, number, number];
  return [
    ...Array.from({ length: 12 }, () => [a, b]),
    ...Array.from({ length: 6 }, () => [c, d]),
    ...Array.from({ length: 5 }, () => [e]),
    [f],
  ];
}

async function runPoll(fields: Record<string, unknown>, ballots: (poll: Poll) => Record<string, unknown>[]) {
  const poll = await createPoll(server.url, event, fields);
  expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
  // Each vote without a participant token comes from a new participant.
  const votes = await Promise.all(
    ballots(poll).map((body) =>
      request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, { body }),
    ),
  );
  expect(votes.map((vote) => vote.status)).toEqual(votes.map(() => 200));
  expect((await pollAction(server.url, event, poll.id, "close")).status).toBe(200);
}

/** The PDF's text page by page, each with its whitespace (line breaks too) made single spaces. */
async function pdfPages(path: string): Promise<string[]> {
  // -raw keeps the drawing order: the layout mode drops the space of a narrow "4 %".
  const { stdout } = await run("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"]).catch((error: Error) => {
    throw new Error(`pdftotext failed (apt-get install poppler-utils): ${error.message}`);
  });
  return stdout
    .split("\f")
    .map((page) => page.replace(/\s+/g, " ").trim())
    .filter((page) => page !== "");
}

const pageHolding = (pages: string[], text: string) => pages.findIndex((page) => page.includes(text));

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", code: "kurze-wege", locale: "de" });
  await runPoll(PICK_TWO_OF_SIX, (poll) => seedBallots(poll).map((optionIds) => ({ optionIds })));
  await runPoll(EVENT_RATING, () => [5, 5, 5, 5, 4, 4, 4, 4, 3, 2].map((rating) => ({ rating })));
  await runPoll(AGAIN, (poll) =>
    [0, 0, 0, 0, 0, 0, 0, 1, 1, 2].map((position) => ({
      optionIds: [poll.type === "choice" ? poll.options[position]?.id : 0],
    })),
  );
  await createPoll(server.url, event, { type: "rating", question: DRAFT_QUESTION });
  mkdirSync(OUTPUT_DIR, { recursive: true });
});

afterEach(async (test) => {
  if (test.task.result?.state !== "fail") return;
  const pages = contexts.flatMap((context) => context.pages());
  await Promise.all(pages.map((page, index) => screenshot(page, `report-failed-${index}`, { fullPage: true })));
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  server?.cleanup();
});

describe("the printable results report", { timeout: TEST_TIMEOUT_MS }, () => {
  let report: Page;

  it("offers the JSON and Excel exports in the console, next to the CSV", async () => {
    report = await newPage();
    await report.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    await report.getByRole("heading", { name: "Umfragen" }).waitFor();

    const json = report.waitForEvent("download");
    await report.getByRole("button", { name: "Ergebnisse herunterladen (JSON)" }).click();
    const jsonFile = await json;
    expect(jsonFile.suggestedFilename()).toBe("handzeichen-kurze-wege.json");
    const exported = JSON.parse(readFileSync(await jsonFile.path(), "utf8"));
    expect(exported.polls.map((entry: { results: { respondents: number } }) => entry.results.respondents)).toEqual([
      24, 10, 10, 0,
    ]);

    await screenshot(report, "report-console-exports", { fullPage: true });
    const xlsx = report.waitForEvent("download");
    await report.getByRole("button", { name: "Ergebnisse herunterladen (Excel)" }).click();
    const xlsxFile = await xlsx;
    expect(xlsxFile.suggestedFilename()).toBe("handzeichen-kurze-wege.xlsx");
    // An .xlsx is a zip archive: it starts with "PK".
    expect(
      readFileSync(await xlsxFile.path())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });

  it("opens from the console with the key kept out of every URL, and passes axe", async () => {
    await report.getByRole("link", { name: "Ergebnisbericht zum Drucken" }).click();
    await report.waitForURL(`${server.url}/moderate/${event.code}/report`);
    await report.getByRole("heading", { name: "Erfolg durch kurze Wege", level: 1 }).waitFor();
    expect(new URL(report.url()).hash).toBe("");
    expect(await report.evaluate(() => document.documentElement.lang)).toBe("de");
    expect(await report.title()).toBe("Erfolg durch kurze Wege: Ergebnisbericht");

    const choice = report.locator("section", { hasText: PICK_TWO_OF_SIX.question });
    expect(await choice.locator(".bar-percent").allTextContents()).toEqual([
      "50 %",
      "50 %",
      "25 %",
      "25 %",
      "21 %",
      "4 %",
    ]);
    expect(await choice.locator(".respondents").textContent()).toBe("n = 24 Antwortende");
    const rating = report.locator("section", { hasText: EVENT_RATING.question });
    expect(await rating.locator(".average-value").textContent()).toBe("4,1 von 5");
    expect(await report.getByText(DRAFT_QUESTION).count()).toBe(0);

    expect(await axeViolations(report)).toEqual([]);
    await screenshot(report, "report-screen", { fullPage: true });
    await report.emulateMedia({ media: "print" });
    await screenshot(report, "report-print-media", { fullPage: true });
    await report.emulateMedia({ media: null });
  });

  it("prints to an A4 PDF that holds the figures, each poll on one page, without the buttons", async () => {
    await report.pdf({ path: PDF_PATH, preferCSSPageSize: true });
    const pages = await pdfPages(PDF_PATH);
    const text = pages.join(" ");
    expect(text).toContain("Erfolg durch kurze Wege");
    expect(text).toContain(PICK_TWO_OF_SIX.question);
    expect(text).toContain(EVENT_RATING.question);
    for (const figure of ["50 %", "25 %", "21 %", "4 %", "12 Stimmen", "n = 24 Antwortende", "4,1 von 5"]) {
      expect(text).toContain(figure);
    }
    expect(text).toContain(
      "Je 50 % wählten „Verweisberatung in Elternschulen und Beratungsstellen“ und „Multiplikatoren in den Quartieren“",
    );
    expect(text).toContain("Im Durchschnitt wurde mit 4,1 von 5 bewertet; 40 % gaben 5 Sterne.");
    expect(text).not.toContain("Drucken / Als PDF speichern");
    expect(text).not.toContain("Zurück zur Moderationskonsole");
    expect(text).not.toContain(DRAFT_QUESTION);

    // A poll is never split: its question and its closing note are on the same page.
    const lastOption = PICK_TWO_OF_SIX.options[5] as string;
    expect(pageHolding(pages, lastOption)).toBe(pageHolding(pages, PICK_TWO_OF_SIX.question));
    expect(pageHolding(pages, "Verteilung in % der Antwortenden")).toBe(pageHolding(pages, EVENT_RATING.question));
    // The third poll does not fit under the first two: it moves to page 2 whole.
    expect(pages).toHaveLength(2);
    expect(pageHolding(pages, AGAIN.question)).toBe(1);
    expect(pages[1]).toContain("Nein 1 Stimme 10 %");

    const { stdout: info } = await run("pdfinfo", [PDF_PATH]);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    await run("pdftoppm", ["-png", "-r", "80", PDF_PATH, join(OUTPUT_DIR, "page")]);
  });

  it("has a print button that opens the browser's print dialog", async () => {
    await report.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await report.getByRole("button", { name: "Drucken / Als PDF speichern" }).click();
    expect(await report.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it("switches to English, with the summary sentences in English", async () => {
    await report.getByLabel("Sprache").selectOption("en");
    await report.getByRole("button", { name: "Print / Save as PDF" }).waitFor();
    await report.getByText("Rated 4.1 of 5 on average; 40% gave 5 stars.").waitFor();
    await report.getByText("50% each chose “Verweisberatung", { exact: false }).waitFor();
    expect(await report.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await axeViolations(report)).toEqual([]);
  });

  it("asks for the key when opened without one, and turns a wrong key away", async () => {
    const stranger = await newPage();
    await stranger.goto(`${server.url}/moderate/${event.code}/report`);
    await stranger.getByText("Für diesen Bericht braucht es den Moderationsschlüssel.", { exact: false }).waitFor();
    expect(await axeViolations(stranger)).toEqual([]);
    await screenshot(stranger, "report-no-key", { fullPage: true });

    await stranger.goto(`${server.url}/moderate/${event.code}/report#key=not-the-key`);
    await stranger.reload();
    await stranger.getByText("Der Moderationsschlüssel passt nicht", { exact: false }).waitFor();
    expect(new URL(stranger.url()).hash).toBe("");
    expect(await stranger.getByText("Erfolg durch kurze Wege").count()).toBe(0);
  });
});
