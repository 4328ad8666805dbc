// The printable results report in a real browser: the seed conference is run through the API
// (24 people pick two of six, 10 rate the event), the moderator opens the report from the
// console, axe-core checks it, and Chromium prints it to PDF, whose text (read with pdf.js)
// must hold the figures. The screenshots, the PDF and a PNG of its first page are left under
// tests/output/ to look at.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
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
import { useServer } from "../helpers/server.js";
import { axeViolations, LAPTOP, screenshot, useBrowser } from "./browser.js";

const OUTPUT_DIR = join(import.meta.dirname, "../output/report");
const PDF_PATH = join(OUTPUT_DIR, "report.pdf");
/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
const A4_POINTS = { width: 595.28, height: 841.89 };
/** Chromium rounds the page box to its own pixel grid: a point or so either way is still A4. */
const PAGE_SIZE_TOLERANCE_POINTS = 2;
/** The resolution of the PNG of the first page, as pdftoppm's -r. */
const PREVIEW_DPI = 80;
const TEST_TIMEOUT_MS = 60_000;
const DRAFT_QUESTION = "Welche Frage wurde nie gestellt?";
/** A third poll, so the report runs onto a second page. */
const AGAIN = { type: "choice", question: "Würden Sie wieder teilnehmen?", options: ["Ja", "Vielleicht", "Nein"] };

const server = useServer();
const browser = useBrowser();
let event: EventFixture;

const newPage = () => browser.newPage(LAPTOP);

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

async function openPdf(path: string): Promise<PDFDocumentProxy> {
  // The legacy build is pdf.js's build for Node.js; verbosity 0 keeps its font notes out of the log.
  return getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
}

/** The PDF's text page by page in drawing order, each with its whitespace (line breaks too) made single spaces. */
async function pdfPages(pdf: PDFDocumentProxy): Promise<string[]> {
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { items } = await (await pdf.getPage(number)).getTextContent();
    // pdf.js puts the gaps between words in as " " items itself; a line's end is a flag.
    const text = (items as TextItem[]).map((item) => (item.hasEOL ? `${item.str}\n` : item.str)).join("");
    pages.push(text.replace(/\s+/g, " ").trim());
  }
  return pages;
}

/** The size of each page in points, from its media box. */
async function pageSizes(pdf: PDFDocumentProxy): Promise<{ width: number; height: number }[]> {
  const sizes = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const [left, bottom, right, top] = (await pdf.getPage(number)).view as [number, number, number, number];
    sizes.push({ width: right - left, height: top - bottom });
  }
  return sizes;
}

/** The first page as a PNG, drawn by pdf.js on a Skia canvas (@napi-rs/canvas ships its binary on npm). */
async function writeFirstPagePng(pdf: PDFDocumentProxy, path: string): Promise<void> {
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: PREVIEW_DPI / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  // @napi-rs/canvas is the canvas pdf.js itself uses in Node.js; its types differ from the DOM's.
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  writeFileSync(path, canvas.toBuffer("image/png"));
}

const pageHolding = (pages: string[], text: string) => pages.findIndex((page) => page.includes(text));

beforeAll(async () => {
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
    await report.getByRole("link", { name: "Ergebnisse zum Drucken" }).click();
    await report.waitForURL(`${server.url}/moderate/${event.code}/report`);
    await report.getByRole("heading", { name: "Erfolg durch kurze Wege", level: 1 }).waitFor();
    expect(new URL(report.url()).hash).toBe("");
    await expect.poll(() => report.evaluate(() => document.documentElement.lang)).toBe("de");
    // The title is set in an effect after the heading renders: wait for it (a CI run read it too early).
    await expect.poll(() => report.title()).toBe("Erfolg durch kurze Wege: Ergebnisbericht");

    const choice = report.locator("section", { hasText: PICK_TWO_OF_SIX.question });
    // German keeps the percent sign with its number: a non-breaking space.
    expect(await choice.locator(".bar-percent").allTextContents()).toEqual(
      ["50 %", "50 %", "25 %", "25 %", "21 %", "4 %"].map((percent) => percent.replace(" ", "\u00a0")),
    );
    expect(await choice.locator(".respondents").textContent()).toBe("24 Personen haben abgestimmt");
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
    const pdf = await openPdf(PDF_PATH);
    const pages = await pdfPages(pdf);
    const text = pages.join(" ");
    // German percents keep a non-breaking space before the sign; the PDF's text may carry it as a space.
    const plain = (value: string) => value.replace(/\u00a0/g, " ");
    expect(text).toContain("Erfolg durch kurze Wege");
    expect(text).toContain(PICK_TWO_OF_SIX.question);
    expect(text).toContain(EVENT_RATING.question);
    for (const figure of ["50 %", "25 %", "21 %", "4 %", "12 Stimmen", "24 Personen haben abgestimmt", "4,1 von 5"]) {
      expect(plain(text)).toContain(figure);
    }
    expect(plain(text)).toContain(
      "Je 50 % wählten „Verweisberatung in Elternschulen und Beratungsstellen“ und „Multiplikatoren in den Quartieren“",
    );
    expect(plain(text)).toContain("Im Durchschnitt wurde mit 4,1 von 5 bewertet; 40 % gaben 5 Sterne.");
    expect(text).not.toContain("n = ");
    expect(text).not.toContain("Drucken / Als PDF speichern");
    expect(text).not.toContain("Zurück zur Moderationsseite");
    expect(text).not.toContain(DRAFT_QUESTION);

    // A poll is never split: its question and its closing note are on the same page.
    const lastOption = PICK_TWO_OF_SIX.options[5] as string;
    expect(pageHolding(pages, lastOption)).toBe(pageHolding(pages, PICK_TWO_OF_SIX.question));
    expect(pageHolding(pages, "für jede Anzahl Sterne")).toBe(pageHolding(pages, EVENT_RATING.question));
    // The third poll does not fit under the first two: it moves to page 2 whole.
    expect(pages).toHaveLength(2);
    expect(pageHolding(pages, AGAIN.question)).toBe(1);
    expect(plain(pages[1] ?? "")).toContain("Nein 1 Stimme 10 %");

    for (const size of await pageSizes(pdf)) {
      expect(Math.abs(size.width - A4_POINTS.width)).toBeLessThan(PAGE_SIZE_TOLERANCE_POINTS);
      expect(Math.abs(size.height - A4_POINTS.height)).toBeLessThan(PAGE_SIZE_TOLERANCE_POINTS);
    }
    await writeFirstPagePng(pdf, join(OUTPUT_DIR, "page-1.png"));
    await pdf.destroy();
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
    await expect.poll(() => report.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await axeViolations(report)).toEqual([]);
  });

  it("asks for the key when opened without one, and turns a wrong key away", async () => {
    const stranger = await newPage();
    await stranger.goto(`${server.url}/moderate/${event.code}/report`);
    await stranger.getByText("Bitte öffnen Sie die Ergebnisse über die Moderationsseite.", { exact: false }).waitFor();
    expect(await axeViolations(stranger)).toEqual([]);
    await screenshot(stranger, "report-no-key", { fullPage: true });

    await stranger.goto(`${server.url}/moderate/${event.code}/report#key=not-the-key`);
    await stranger.reload();
    await stranger.getByText("Ihr Moderationslink passt nicht", { exact: false }).waitFor();
    expect(new URL(stranger.url()).hash).toBe("");
    expect(await stranger.getByText("Erfolg durch kurze Wege").count()).toBe(0);
  });
});
