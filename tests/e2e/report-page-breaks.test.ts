// Where the printed report breaks its pages: the event's title, date and code stay together on
// page 1 however long the title and the first poll, and a poll too long for one page breaks only
// between answers, never inside one; nor is an audience question split. Chromium prints the report to PDF; pdf.js reads each page's
// text. Pictures of the pages are left under tests/output/report-page-breaks to look at.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Poll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { startServer, type TestServer } from "../helpers/server.js";
import { LAPTOP, launchBrowser } from "./browser.js";
import { openPdf, pdfPages, writePagePng } from "./pdf-text.js";

const OUTPUT_DIR = join(import.meta.dirname, "../output/report-page-breaks");
const STEP_TIMEOUT_MS = 8000;
const TEST_TIMEOUT_MS = 60_000;
const PREVIEW_DPI = 60;
/** The longest title and question there may be (shared/event.ts, shared/limits.ts). */
const LONG_TITLE = "Jahrestagung der Arbeitsgemeinschaft für kurze Wege in Verwaltung und Beratung "
  .repeat(3)
  .slice(0, 200);
const LONG_QUESTION = "Welche dieser ausführlich beschriebenen Maßnahmen halten Sie für wirksam? "
  .repeat(7)
  .slice(0, 500);
/** Twelve answers of 200 characters: a poll longer than an A4 page. */
const longOptions = (poll: string) =>
  Array.from({ length: 12 }, (_, index) =>
    `${poll} ${index + 1}: ${"Eine ausführliche Antwort mit vielen Wörtern, damit sie mehrere Zeilen lang wird. ".repeat(3)}`
      .slice(0, 200)
      .trim(),
  );
/** Fourteen questions of 290 characters: more than the rest of a page holds. */
const QUESTIONS = Array.from({ length: 14 }, (_, index) =>
  `Frage ${index + 1}: ${"Wie erreichen wir die Menschen im Viertel, die keine Zeitung lesen und nicht ins Internet gehen? ".repeat(4)}`
    .slice(0, 290)
    .trim(),
);
const FIRST = { type: "choice", question: LONG_QUESTION, options: longOptions("Erste Umfrage, Antwort") };
const SECOND = { type: "choice", question: "Und was noch?", options: longOptions("Zweite Umfrage, Antwort") };

let server: TestServer;
let browser: Browser;
let event: EventFixture;

/** Option n (from 1) gets n votes, so each answer's count ("7 Stimmen") is its own. */
async function runPoll(fields: Record<string, unknown>): Promise<void> {
  const poll: Poll = await createPoll(server.url, event, fields);
  if (poll.type !== "choice") throw new Error("a choice poll was created");
  expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
  for (const [index, option] of poll.options.entries()) {
    for (let times = 0; times <= index; times++) {
      const vote = await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
        body: { optionIds: [option.id] },
      });
      expect(vote.status).toBe(200);
    }
  }
  expect((await pollAction(server.url, event, poll.id, "close")).status).toBe(200);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  event = await createEvent(server.url, { title: LONG_TITLE, code: "lange-umfragen", locale: "de" });
  await runPoll(FIRST);
  await runPoll(SECOND);
  await request(server.url, "PATCH", `/api/events/${event.code}`, { body: { qa: { enabled: true } }, key: event.key });
  for (const text of QUESTIONS) {
    const asked = await request(server.url, "POST", `/api/events/${event.code}/questions`, { body: { text } });
    expect(asked.status).toBe(201);
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  server?.cleanup();
});

const pageHolding = (pages: string[], text: string) => pages.findIndex((page) => page.includes(text));
/** An answer's row as the PDF's text has it: the label, then its count ("7 Stimmen"). */
const answerRow = (label: string, count: number) => `${label} ${count} ${count === 1 ? "Stimme" : "Stimmen"} `;

describe("the printed report's page breaks", { timeout: TEST_TIMEOUT_MS }, () => {
  let report: Page;
  let pages: string[];

  beforeAll(async () => {
    const context = await browser.newContext({ ...LAPTOP, locale: "de-DE" });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    report = await context.newPage();
    await report.goto(`${server.url}/moderate/${event.code}/report#key=${event.key}`);
    await report.locator(".poll").nth(1).waitFor();
    await report
      .locator(".qa-report-item")
      .nth(QUESTIONS.length - 1)
      .waitFor();
    const path = join(OUTPUT_DIR, "report.pdf");
    await report.pdf({ path, preferCSSPageSize: true });
    const pdf = await openPdf(path);
    pages = await pdfPages(pdf);
    for (let number = 1; number <= pdf.numPages; number++) {
      await writePagePng(pdf, number, join(OUTPUT_DIR, `page-${number}.png`), PREVIEW_DPI);
    }
    await pdf.destroy();
  });

  it("keeps the title, the date and the code on page 1", async () => {
    const facts = await report.locator(".facts dd").allTextContents();
    expect(facts).toHaveLength(3);
    expect(pages.length).toBeGreaterThan(2);
    for (const fact of facts) expect(pageHolding(pages, fact), fact).toBe(0);
    expect(pageHolding(pages, LONG_TITLE.slice(0, 60))).toBe(0);
  });

  it("breaks a poll longer than a page between answers, never inside one", () => {
    for (const poll of [FIRST, SECOND]) {
      for (const [index, label] of poll.options.entries()) {
        // The label may also be quoted whole in the poll's summary; its row is label and count.
        expect(
          pageHolding(pages, answerRow(label, index + 1)),
          `“${label.slice(0, 40)}…” and its count on one page`,
        ).not.toBe(-1);
      }
    }
  });

  it("never splits an audience question between pages", () => {
    expect(pageHolding(pages, QUESTIONS[0] as string)).toBeLessThan(pageHolding(pages, QUESTIONS.at(-1) as string));
    for (const text of QUESTIONS) expect(pageHolding(pages, text), `“${text.slice(0, 9)}” on one page`).not.toBe(-1);
  });
});
