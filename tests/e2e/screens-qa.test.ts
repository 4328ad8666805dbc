// The audience's questions on the screens, in a real browser: asked and upvoted over REST, one
// highlighted; the projector shows it large with its upvotes and asker and the most upvoted under
// it, at 1920×1080 and on a 1024×768 beamer, in German and Arabic; a question held back for the
// moderators never appears; the overlay's lower third comes and goes with the highlight; the
// report lists every question. Screenshots in tests/output/screenshots.
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createEvent, type EventFixture, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, FULL_HD, HD, LAPTOP, PHONE, screenshot, useBrowser } from "./browser.js";

const BEAMER: BrowserContextOptions = { viewport: { width: 1024, height: 768 } };

const HIGHLIGHTED = "Wie erreichen wir Alleinerziehende am Abend, wenn die Kinder schon schlafen?";
const SECOND = "Gibt es Kinderbetreuung während der Veranstaltung?";
const THIRD = "Kann man die Folien später herunterladen?";
/** 290 characters: shown whole, its type smaller; never cut with "…". */
const LONG =
  "Wir sind ein kleiner Verein im Stadtteil und haben wenig Geld, aber viele Ideen: Wie können wir die Nachbarn erreichen, die keine Zeitung lesen, kein Internet haben und auch nicht zu Versammlungen kommen, und wie sorgen wir dafür, dass ihre Stimmen in der Planung wirklich gehört werden?";
const HELD_BACK = "Kaufen Sie Werbung bei uns, ganz billig!";

describe("audience questions on the projector, the overlay and the report", { timeout: 90_000 }, () => {
  const server = useServer();
  const browser = useBrowser();
  let event: EventFixture;
  const ids: Record<string, number> = {};
  const tokens: string[] = [];

  const patchEvent = (body: unknown) =>
    request(server.url, "PATCH", `/api/events/${event.code}`, { body, key: event.key });
  const moderate = (id: number, body: unknown) =>
    request(server.url, "PATCH", `/api/events/${event.code}/questions/${id}`, { body, key: event.key });
  const upvote = (id: number, token: string) =>
    request(server.url, "PUT", `/api/events/${event.code}/questions/${id}/upvote`, {
      headers: { "x-participant-token": token },
    });

  async function ask(text: string, name?: string): Promise<void> {
    const reply = await request(server.url, "POST", `/api/events/${event.code}/questions`, {
      body: name ? { text, name } : { text },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    ids[text] = reply.body.question.id;
    tokens.push(reply.body.participantToken);
  }

  beforeAll(async () => {
    event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
    expect((await patchEvent({ qa: { enabled: true, blockedWords: ["Werbung"] } })).status).toBe(200);
    await ask(HIGHLIGHTED, "Ayşe");
    await ask(SECOND);
    await ask(THIRD, "Jonas");
    await ask(LONG);
    await ask(HELD_BACK, "Anbieter");
    // Upvotes: HIGHLIGHTED 4, SECOND 3, LONG 2, THIRD 1; a held-back question takes none.
    const plan: [string, number][] = [
      [HIGHLIGHTED, 4],
      [SECOND, 3],
      [LONG, 2],
      [THIRD, 1],
    ];
    for (const [text, count] of plan) {
      for (const token of tokens.slice(0, count)) expect((await upvote(ids[text] as number, token)).status).toBe(200);
    }
    expect((await patchEvent({ screen: { show: "qa" } })).status).toBe(200);
  });

  const noOverflow = (page: Page) =>
    page
      .locator(".qa")
      .evaluate((box) => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1);

  it("shows the highlighted question large, the most upvoted under it, and never one held back", async () => {
    const projector = await browser.newPage(FULL_HD);
    await projector.goto(`${server.url}/present/${event.code}`);
    await projector.getByRole("heading", { name: "Fragen aus dem Publikum" }).waitFor();
    // Before a highlight: the list alone, most upvoted first.
    await expect
      .poll(() => projector.locator(".qa-row-text").allTextContents())
      .toEqual([HIGHLIGHTED, SECOND, LONG, THIRD]);

    expect((await moderate(ids[HIGHLIGHTED] as number, { highlighted: true })).status).toBe(200);
    const spotlight = projector.locator(".spotlight");
    await expect.poll(() => spotlight.locator(".spotlight-text").textContent()).toBe(HIGHLIGHTED);
    expect(await spotlight.locator(".upvotes [aria-hidden]").textContent()).toBe("▲ 4");
    expect(await spotlight.locator(".asker").textContent()).toBe("Gefragt von Ayşe");
    await expect.poll(() => projector.locator(".qa-row-text").allTextContents()).toEqual([SECOND, LONG, THIRD]);
    expect(await projector.locator(".qa-row .asker").allTextContents()).toEqual(["Gefragt von Jonas"]);
    // The highlighted one is large: its type well above the list's.
    const size = (selector: string) =>
      projector
        .locator(selector)
        .first()
        .evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
    expect(await size(".spotlight-text")).toBeGreaterThanOrEqual(1.4 * (await size(".qa-row-text")));
    expect(await size(".qa-row-text")).toBeGreaterThanOrEqual(24);

    // Upvotes arrive live (coalesced frames) and reorder the list.
    for (const token of tokens.slice(3, 5)) await upvote(ids[LONG] as number, token);
    await expect.poll(() => projector.locator(".qa-row-text").allTextContents()).toEqual([LONG, SECOND, THIRD]);
    await expect.poll(() => projector.locator(".qa-row .upvotes [aria-hidden]").first().textContent()).toBe("▲ 4");

    expect(await projector.getByText(HELD_BACK).count()).toBe(0);
    expect(await projector.locator("body").textContent()).not.toContain("Anbieter");
    expect(await projector.locator(".join-code-value").textContent()).toBe(event.code);
    // Beside the questions, the join panel asks people to ask, not to vote.
    expect(await projector.locator(".join-heading").textContent()).toBe("Mit dem Handy fragen");
    expect(await noOverflow(projector)).toBe(true);
    expect(await projector.locator("body").textContent()).not.toContain("…");
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, "screens-qa-projector-de-1920x1080");

    await projector.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => noOverflow(projector)).toBe(true);
    // Every question shown is shown whole: the long one, if listed, has all its words.
    expect(await projector.locator(".qa-row:visible").count()).toBeGreaterThanOrEqual(1);
    expect(await size(".qa-row-text")).toBeGreaterThanOrEqual(24);
    expect(await size(".spotlight-text")).toBeGreaterThanOrEqual(36);
    await screenshot(projector, "screens-qa-projector-de-1024x768");
  });

  it("shows the same in Arabic, right to left, at 1920×1080 and 1024×768, and in Turkish at 1280×720", async () => {
    for (const [options, name, lang, heading, asker, join] of [
      [FULL_HD, "1920x1080", "ar", "أسئلة الحضور", "السائل: Ayşe", "اسألوا من هواتفكم"],
      [BEAMER, "1024x768", "ar", "أسئلة الحضور", "السائل: Ayşe", "اسألوا من هواتفكم"],
      [HD, "1280x720", "tr", "Dinleyicilerin soruları", "Soran: Ayşe", "Telefonunuzla soru sorun"],
    ] as const) {
      const projector = await browser.newPage({ ...options, locale: lang });
      await projector.goto(`${server.url}/present/${event.code}?lang=${lang}`);
      await projector.getByRole("heading", { name: heading }).waitFor();
      await projector.locator(".spotlight-text").waitFor();
      // Set in an effect after the render: wait for it.
      await expect
        .poll(() => projector.evaluate(() => document.documentElement.dir))
        .toBe(lang === "ar" ? "rtl" : "ltr");
      expect(await projector.locator(".spotlight .asker").textContent()).toBe(asker);
      expect(await projector.locator(".join-heading").textContent()).toBe(join);
      expect(await noOverflow(projector)).toBe(true);
      expect(await projector.getByText(HELD_BACK).count()).toBe(0);
      expect(await axeViolations(projector)).toEqual([]);
      await screenshot(projector, `screens-qa-projector-${lang}-${name}`);
    }
  });

  it("shows the highlighted question as the overlay's lower third, and takes it away when cleared", async () => {
    const overlay = await browser.newPage(HD);
    await overlay.goto(`${server.url}/overlay/${event.code}?show=qa`);
    const card = overlay.locator(".overlay.in .qa-card");
    await card.waitFor();
    expect(await card.locator(".question").textContent()).toBe(HIGHLIGHTED);
    expect(await card.locator(".asker").textContent()).toBe("Gefragt von Ayşe");
    // The join line under a question asks people to ask.
    expect(await card.locator(".join-line p").textContent()).toContain("Mit dem Handy fragen:");
    expect(await overlay.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    const px = (selector: string) =>
      card.locator(selector).evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
    for (const selector of [".question", ".asker", ".qa-label"]) expect(await px(selector)).toBeGreaterThanOrEqual(18);
    const box = await card.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(720);
    expect(box?.y).toBeGreaterThan(720 / 3);
    expect(await axeViolations(overlay)).toEqual([]);
    await screenshot(overlay, "screens-qa-overlay-1280x720", { transparent: true });
    const arabic = await browser.newPage({ ...HD, locale: "ar" });
    await arabic.goto(`${server.url}/overlay/${event.code}?show=qa&lang=ar&theme=light`);
    await arabic.locator(".overlay.in .qa-card .asker").waitFor();
    expect(await arabic.locator(".qa-label").textContent()).toBe("سؤال من الحضور");
    expect(await axeViolations(arabic)).toEqual([]);
    await screenshot(arabic, "screens-qa-overlay-ar-light-1280x720", { transparent: true });

    expect((await moderate(ids[HIGHLIGHTED] as number, { highlighted: false })).status).toBe(200);
    await overlay.locator(".overlay.in").waitFor({ state: "detached" });
    // The projector keeps the list without a spotlight.
    const projector = await browser.newPage(FULL_HD);
    await projector.goto(`${server.url}/present/${event.code}`);
    await expect.poll(() => projector.locator(".qa-row-text").count()).toBe(4);
    expect(await projector.locator(".spotlight").count()).toBe(0);

    // A new highlight brings the card back.
    expect((await moderate(ids[SECOND] as number, { highlighted: true })).status).toBe(200);
    await card.waitFor();
    expect(await card.locator(".question").textContent()).toBe(SECOND);
    expect(await card.locator(".asker").count()).toBe(0);
  });

  it("lets the console put the questions on the projector and take them off", async () => {
    const console = await browser.newPage(LAPTOP);
    await console.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    const showQa = console.getByRole("button", { name: "Fragen zeigen" });
    await expect.poll(() => showQa.getAttribute("aria-pressed")).toBe("true");
    await console.getByText("Jetzt zu sehen: die Fragen aus dem Publikum.").waitFor();
    const showJoin = console.getByRole("button", { name: "Zeigen, wie man mitmacht" });
    expect(await showJoin.getAttribute("aria-pressed")).toBe("false");
    await showJoin.click();
    await expect.poll(() => showQa.getAttribute("aria-pressed")).toBe("false");
    await screenshot(console, "screens-qa-console");
    await showQa.click();
    await expect.poll(() => showQa.getAttribute("aria-pressed")).toBe("true");

    // The overlay link can be made to show the highlighted question whatever the projector shows.
    const overlayLink = console.getByRole("textbox", { name: "Einblendung für einen Livestream (OBS)" });
    expect(new URL(await overlayLink.inputValue()).search).toBe("");
    await console.getByText("Aussehen der Einblendung ändern").click();
    await console.getByLabel("Nur die hervorgehobene Frage aus dem Publikum zeigen").check();
    expect(new URL(await overlayLink.inputValue()).search).toBe("?show=qa");
    await screenshot(console, "screens-qa-console-overlay-settings", { fullPage: true });

    const phone = await browser.newPage({ ...PHONE, viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    const onPhone = phone.getByRole("button", { name: "Fragen zeigen" });
    await onPhone.waitFor();
    expect((await onPhone.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, "screens-qa-console-phone");
  });

  it("lists every question in the report, those the room saw first, most upvoted first", async () => {
    await moderate(ids[THIRD] as number, { state: "answered" });
    const report = await browser.newPage(LAPTOP);
    await report.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    await report.getByRole("link", { name: "Ergebnisse zum Drucken" }).click();
    const section = report.getByRole("region", { name: "Fragen aus dem Publikum" });
    await section.waitFor();
    // HIGHLIGHTED and LONG have 4 upvotes each: the earlier one first.
    expect(await section.locator(".qa-report-text").allTextContents()).toEqual([
      HIGHLIGHTED,
      LONG,
      SECOND,
      THIRD,
      HELD_BACK,
    ]);
    expect(await section.locator(".qa-report-item.answered .qa-state").textContent()).toBe("Beantwortet");
    expect(await section.locator(".qa-report-item.pending .qa-report-meta").textContent()).toContain(
      "Nicht freigegeben · 0 Stimmen · ",
    );
    expect(await axeViolations(report)).toEqual([]);
    await screenshot(report, "screens-qa-report", { fullPage: true });
    await report.emulateMedia({ media: "print" });
    // In print no question is split: each item is one box that a page break goes around.
    expect(
      await section
        .locator(".qa-report-item")
        .first()
        .evaluate((item) => getComputedStyle(item).breakInside),
    ).toBe("avoid");
  });

  it("invites questions while there are none, and a report without questions has no such section", async () => {
    const fresh = await createEvent(server.url, { title: "Stille Runde", locale: "de" });
    await request(server.url, "PATCH", `/api/events/${fresh.code}`, {
      body: { qa: { enabled: true }, screen: { show: "qa" } },
      key: fresh.key,
    });
    const projector = await browser.newPage(BEAMER);
    await projector.goto(`${server.url}/present/${fresh.code}`);
    await projector.getByText("Noch keine Fragen – stellen Sie Ihre Frage auf dem Handy").waitFor();
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, "screens-qa-projector-empty-1024x768");

    const report = await browser.newPage(LAPTOP);
    await report.goto(`${server.url}/moderate/${fresh.code}#key=${fresh.key}`);
    await report.getByRole("link", { name: "Ergebnisse zum Drucken" }).click();
    await report.getByRole("heading", { name: "Stille Runde", level: 1 }).waitFor();
    expect(await report.getByRole("region", { name: "Fragen aus dem Publikum" }).count()).toBe(0);
  });
});
