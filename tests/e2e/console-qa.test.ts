// Audience Q&A in the moderator console, in a real browser on a real server: Q&A switched on with
// pre-moderation in the console, phones ask (over REST), the queue shows them; approve and reject
// by click and by keyboard, highlight moves, answered, delete; upvotes arrive live; the Q&A
// moderator link opens a console for questions only and is refused for polls. Screenshots go to
// tests/output/screenshots.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Question } from "../../shared/question.js";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, HD, screenshot, useBrowser } from "./browser.js";

const PHONE_390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const QUESTIONS = [
  "Gibt es Kinderbetreuung während der Sprechstunde?",
  "Wie erreichen wir Alleinerziehende am Abend?",
  "هل توجد ترجمة إلى العربية في الاجتماع القادم؟",
];

describe("the console's Q&A", { timeout: 90_000 }, () => {
  const server = useServer();
  const browser = useBrowser();

  async function ask(event: EventFixture, text: string, name?: string) {
    const reply = await request<{ question: Question; participantToken: string }>(
      server.url,
      "POST",
      `/api/events/${event.code}/questions`,
      { body: name ? { text, name } : { text } },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body;
  }

  const upvote = (event: EventFixture, questionId: number) =>
    request(server.url, "PUT", `/api/events/${event.code}/questions/${questionId}/upvote`);

  async function look(page: Page, name: string) {
    await screenshot(page, `console-qa-${name}`, { fullPage: true });
  }

  /** The question's item in the panel, by its text. */
  const item = (page: Page, text: string) => page.locator("li.question", { hasText: text });
  /** The id of the question that has the focus (not the text of whatever has it: the page's body holds every question). */
  const focusedQuestion = (page: Page) =>
    page.evaluate(() => document.activeElement?.closest("[data-question-id]")?.getAttribute("data-question-id") ?? "");

  it("moderates the questions by click and by keyboard, with live upvotes", async () => {
    const event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
    const moderator = await browser.newPage(HD);
    await moderator.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    await moderator.getByText("Fragen sind ausgeschaltet.").waitFor();

    // Q&A on, every question approved first, one blocked word: in the console.
    await moderator.getByLabel("Das Publikum kann Fragen stellen").check();
    await moderator.getByLabel("Jede Frage erst freigeben").check();
    await moderator.getByLabel("Gesperrte Wörter (ein Wort pro Zeile)").fill("Spam\n");
    await moderator.getByRole("button", { name: "Einstellungen für Fragen speichern" }).click();
    await moderator.getByText("Fragen sind ausgeschaltet.").waitFor({ state: "detached" });
    const settings = await request(server.url, "GET", `/api/events/${event.code}`, { key: event.key });
    expect(settings.body.event.qa).toEqual({ enabled: true, moderation: "pre", names: true, blockedWords: ["Spam"] });

    const [first, second, third] = [
      await ask(event, QUESTIONS[0] as string, "Ayşe"),
      await ask(event, QUESTIONS[1] as string),
      await ask(event, QUESTIONS[2] as string, "ليلى"),
    ];
    await moderator.getByRole("heading", { name: "Warten auf Freigabe (3)" }).waitFor();
    await item(moderator, "Von Ayşe").waitFor();

    // Approve by click.
    await item(moderator, QUESTIONS[0] as string)
      .getByRole("button", { name: "Freigeben" })
      .click();
    await moderator.getByRole("heading", { name: "Fragen für alle (1)" }).waitFor();

    // By keyboard: j to the queue's first (the oldest), a approves it; the focus goes on to the next, r rejects that.
    await moderator.locator("body").click({ position: { x: 5, y: 5 } });
    await moderator.keyboard.press("j");
    await expect.poll(() => focusedQuestion(moderator)).toBe(String(second.question.id));
    await moderator.keyboard.press("a");
    await moderator.getByRole("heading", { name: "Fragen für alle (2)" }).waitFor();
    await expect.poll(() => focusedQuestion(moderator)).toBe(String(third.question.id));
    // The server's answer to this one comes late (a slow network), after the live frame that
    // moves the question: the moderator has gone on to type in a field by then.
    let answered = () => {};
    const answerArrived = new Promise<void>((resolve) => {
      answered = resolve;
    });
    await moderator.route("**/questions/*", async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.fulfill({ response });
      answered();
    });
    await moderator.keyboard.press("r");
    await moderator.getByRole("heading", { name: "Warten auf Freigabe (0)" }).waitFor();
    await moderator.getByText("Abgelehnt (1)").waitFor();

    // Typing in a field is typing: no shortcut fires, and the late answer leaves the focus there.
    const blocked = moderator.getByLabel("Gesperrte Wörter (ein Wort pro Zeile)");
    await blocked.focus();
    await moderator.keyboard.type("jahr");
    await answerArrived;
    await moderator.unroute("**/questions/*");
    await moderator.waitForTimeout(100);
    await moderator.keyboard.type(" ");
    expect(await blocked.inputValue()).toBe("Spam\njahr ");
    expect(await blocked.evaluate((field) => field === document.activeElement)).toBe(true);
    await moderator.getByRole("heading", { name: "Fragen für alle (2)" }).waitFor();

    // Upvotes arrive live, and the most upvoted comes first.
    await upvote(event, second.question.id);
    await upvote(event, second.question.id);
    await upvote(event, first.question.id);
    await item(moderator, QUESTIONS[1] as string)
      .getByText("2 Zustimmungen")
      .waitFor();
    await item(moderator, QUESTIONS[0] as string)
      .getByText("1 Zustimmung")
      .waitFor();
    await expect
      .poll(() => moderator.locator(".qa-shown li.question .question-text").allTextContents())
      .toEqual([QUESTIONS[1], QUESTIONS[0]]);

    // Highlight: one at a time, by click and by h.
    const highlightOf = (text: string) => item(moderator, text).getByRole("button", { name: "Hervorheben" });
    await highlightOf(QUESTIONS[0] as string).click();
    await expect.poll(() => highlightOf(QUESTIONS[0] as string).getAttribute("aria-pressed")).toBe("true");
    await item(moderator, QUESTIONS[1] as string).focus();
    await moderator.keyboard.press("h");
    await expect.poll(() => highlightOf(QUESTIONS[1] as string).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => highlightOf(QUESTIONS[0] as string).getAttribute("aria-pressed")).toBe("false");
    expect(await moderator.locator("li.question.highlighted").count()).toBe(1);
    expect(await axeViolations(moderator)).toEqual([]);
    await look(moderator, "console-de-1280x720");

    // Answered by d, then delete with the confirm dialog.
    await item(moderator, QUESTIONS[1] as string).focus();
    await moderator.keyboard.press("d");
    await moderator.getByText("Beantwortet (1)").waitFor();
    const listed = await request(server.url, "GET", `/api/events/${event.code}/questions`, { key: event.key });
    expect(listed.body.questions.find((q: Question) => q.id === second.question.id)?.state).toBe("answered");
    await item(moderator, QUESTIONS[0] as string)
      .getByRole("button", { name: "Löschen" })
      .click();
    await moderator
      .getByRole("dialog")
      .getByText(QUESTIONS[0] as string)
      .waitFor();
    await moderator.getByRole("button", { name: "Ja, ausführen" }).click();
    await moderator.getByRole("heading", { name: "Fragen für alle (0)" }).waitFor();
    const gone = await request(server.url, "GET", `/api/events/${event.code}/questions`, { key: event.key });
    expect(gone.body.questions.map((q: Question) => q.id).sort()).toEqual(
      [second.question.id, third.question.id].sort(),
    );
  });

  it("makes a Q&A moderator link that opens the questions only, and is refused for polls", async () => {
    const event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
    await createPoll(server.url, event, PICK_TWO_OF_SIX);
    await request(server.url, "PATCH", `/api/events/${event.code}`, {
      key: event.key,
      body: { qa: { enabled: true, moderation: "pre" } },
    });
    const asked = await ask(event, QUESTIONS[0] as string, "Ayşe");

    const moderator = await browser.newPage(HD);
    await moderator.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    await moderator.getByRole("button", { name: "Link erstellen" }).click();
    const field = moderator.getByLabel("Link zum Moderieren der Fragen");
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(new RegExp(`/moderate/${event.code}#qa=[A-Za-z0-9_-]{43}$`));
    const qaKey = decodeURIComponent(link.split("#qa=")[1] as string);

    // Polls, settings and exports are not the Q&A moderator's.
    const poll = await request(server.url, "POST", `/api/events/${event.code}/polls`, {
      key: qaKey,
      body: { question: "Darf ich das?", options: ["Ja", "Nein"] },
    });
    expect([poll.status, poll.body.error.code]).toEqual([403, "FORBIDDEN"]);

    const helper = await browser.newPage(PHONE_390);
    await helper.goto(link);
    await helper.getByRole("heading", { name: "Fragen moderieren" }).waitFor();
    expect(helper.url()).not.toContain(qaKey);
    expect(await helper.getByRole("heading", { name: "Umfragen" }).count()).toBe(0);
    expect(await helper.getByText(PICK_TWO_OF_SIX.question).count()).toBe(0);
    expect(await helper.getByRole("button", { name: /herunterladen/ }).count()).toBe(0);
    expect(await helper.getByText("Einstellungen für Fragen").count()).toBe(0);
    const approve = item(helper, QUESTIONS[0] as string).getByRole("button", { name: "Freigeben" });
    expect((await approve.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(helper)).toEqual([]);
    await look(helper, "qa-only-de-390x844");
    await approve.click();
    await helper.getByRole("heading", { name: "Fragen für alle (1)" }).waitFor();
    await expect
      .poll(async () => (await request(server.url, "GET", `/api/events/${event.code}/questions`)).body.questions.length)
      .toBe(1);
    expect(asked.question.state).toBe("pending");

    // Revoked: the helper's page falls back to the key form, in its language.
    await moderator.getByRole("button", { name: "Link ungültig machen" }).click();
    await moderator.getByText("Der Link nur für Fragen geht nicht mehr.").waitFor();
    await helper.getByText("Dieser Link passt nicht zu dieser Veranstaltung.").waitFor({ timeout: 20_000 });

    // A wrong Q&A key from the start: the key form, no console.
    const stranger = await browser.newPage(HD);
    await stranger.goto(`${server.url}/moderate/${event.code}#qa=${"x".repeat(43)}`);
    await stranger.getByText("Dieser Link passt nicht zu dieser Veranstaltung.").waitFor();
    expect(await stranger.getByRole("heading", { name: "Fragen moderieren" }).count()).toBe(0);
  });

  it("reads right to left in Arabic, on a laptop and a phone, without sideways scrolling", async () => {
    const event = await createEvent(server.url, { title: "النجاح عبر الطرق القصيرة", locale: "ar" });
    await request(server.url, "PATCH", `/api/events/${event.code}`, {
      key: event.key,
      body: { qa: { enabled: true, moderation: "pre" } },
    });
    const arabic = await ask(event, QUESTIONS[2] as string, "ليلى");
    await ask(event, QUESTIONS[0] as string, "Ayşe");
    await request(server.url, "PATCH", `/api/events/${event.code}/questions/${arabic.question.id}`, {
      key: event.key,
      body: { state: "visible" },
    });
    await request(server.url, "PATCH", `/api/events/${event.code}/questions/${arabic.question.id}`, {
      key: event.key,
      body: { highlighted: true },
    });
    await upvote(event, arabic.question.id);

    for (const [options, name] of [
      [{ ...HD, locale: "ar" }, "console-ar-1280x720"],
      [{ ...PHONE_390, locale: "ar" }, "console-ar-390x844"],
    ] as const) {
      const page = await browser.newPage(options);
      await page.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
      await page.getByRole("heading", { name: "أسئلة الجمهور" }).waitFor();
      await page.getByText("إعجاب واحد").waitFor();
      // Set in an effect after the render that shows the questions: wait for it.
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe("rtl");
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await look(page, name);
    }

    // 400 % zoom of a 1280 px window: 320 CSS px, and still no sideways scrolling.
    const zoomed = await browser.newPage({ viewport: { width: 320, height: 180 }, locale: "de" });
    await zoomed.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    await zoomed.getByRole("heading", { name: "Fragen aus dem Publikum" }).waitFor();
    expect(await zoomed.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
