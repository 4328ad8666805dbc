// Audience Q&A on the voter's page, real server and real browser: two phones, one asks, the
// other sees it at once and upvotes (the counts follow live on both), takes it back, sorts by
// newest; under pre-moderation the asker sees "waiting for approval" and the other phone
// nothing until a moderator approves it over REST; answered questions apart, the highlighted
// one marked; errors in German and Arabic keep what was typed; the poll stays one tap away;
// axe finds nothing, 320 px need no sideways scrolling. Screenshots at 390×844 in de, tr, ar.
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../../client/i18n/de.js";
import { qa as arQa } from "../../client/i18n/voter-qa/ar.js";
import { qa as deQa } from "../../client/i18n/voter-qa/de.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, PHONE, screenshot, useBrowser } from "./browser.js";

const TEST_TIMEOUT_MS = 90_000;
const TALL_PHONE = { ...PHONE, viewport: { width: 390, height: 844 } };
const NARROW = { ...PHONE, viewport: { width: 320, height: 640 } };
const CHILDCARE = "Gibt es während der Veranstaltung eine Kinderbetreuung?";
const EVENING = "Können wir Alleinerziehende auch abends erreichen?";

const server = useServer();
const browser = useBrowser();
let event: EventFixture;

async function qaSettings(target: EventFixture, qa: Record<string, unknown>) {
  const reply = await request(server.url, "PATCH", `/api/events/${target.code}`, { key: target.key, body: { qa } });
  expect(reply.status).toBe(200);
}

/** The moderator's view of the questions, to find one's id. */
async function questionId(text: string, target = event): Promise<number> {
  const reply = await request(server.url, "GET", `/api/events/${target.code}/questions`, { key: target.key });
  const found = (reply.body.questions as { id: number; text: string }[]).find((q) => q.text === text);
  if (!found) throw new Error(`no question "${text}"`);
  return found.id;
}

async function moderate(id: number, body: Record<string, unknown>, target = event) {
  const reply = await request(server.url, "PATCH", `/api/events/${target.code}/questions/${id}`, {
    key: target.key,
    body,
  });
  expect(reply.status).toBe(200);
}

async function openPhone(code: string, options = PHONE): Promise<Page> {
  const phone = await browser.newPage(options);
  await phone.goto(`${server.url}/e/${code}`);
  return phone;
}

async function ask(phone: Page, text: string, name?: string, strings = deQa) {
  await phone.getByLabel(strings.askLabel).fill(text);
  if (name !== undefined) await phone.getByLabel(strings.nameLabel).fill(name);
  await phone.getByRole("button", { name: strings.ask }).click();
}

/** A question on the page, by its text: the list item that holds it. */
const item = (phone: Page, text: string) => phone.locator(".qa-item").filter({ hasText: text });
const upvoteOf = (phone: Page, text: string) => item(phone, text).getByRole("button");
const said = async (region: Locator) => (await region.textContent())?.replace(/\u00a0$/, "");
const order = (phone: Page) => phone.locator(".qa-list").first().locator(".qa-item p[dir=auto]").allTextContents();

beforeAll(async () => {
  event = await createEvent(server.url, { code: "fragen-runde" });
  await qaSettings(event, { enabled: true });
});

describe("asking and upvoting from two phones", { timeout: TEST_TIMEOUT_MS }, () => {
  it("shows a question on the other phone at once, and the upvotes on both as they change", async () => {
    const asker = await openPhone(event.code);
    const other = await openPhone(event.code);
    // No poll is open: the questions come first, the poll one tap away.
    await asker.getByRole("heading", { name: deQa.heading }).waitFor();
    expect(await asker.getByRole("button", { name: "Fragen" }).getAttribute("aria-pressed")).toBe("true");
    const region = asker.locator("[aria-live]");
    expect(await region.count()).toBe(1);

    await asker.getByLabel(deQa.askLabel).fill(CHILDCARE);
    await expect.poll(() => asker.getByText(deQa.characters(CHILDCARE.length, 300)).count()).toBe(1);
    await ask(asker, CHILDCARE, "Ayşe");
    await expect.poll(() => said(region)).toBe(deQa.arrived);
    await expect.poll(() => asker.getByLabel(deQa.askLabel).inputValue()).toBe("");
    expect(await asker.locator("form .thanks").textContent()).toBe(`✓ ${deQa.arrived}`);
    await expect.poll(() => item(asker, CHILDCARE).textContent()).toContain(deQa.mine);
    // The other phone sees the question and the name, but not that it is the asker's.
    await item(other, CHILDCARE).waitFor();
    expect(await item(other, CHILDCARE).textContent()).toContain("von Ayşe");
    expect(await item(other, CHILDCARE).textContent()).not.toContain(deQa.mine);
    expect(await asker.locator("[aria-live]").count()).toBe(1);

    // Upvote, and the count follows on both phones; then take it back.
    const toggle = upvoteOf(other, CHILDCARE);
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    const box = await toggle.boundingBox();
    expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => toggle.getAttribute("aria-label")).toBe(`${deQa.upvote}: 1`);
    await expect.poll(() => upvoteOf(asker, CHILDCARE).textContent(), { timeout: 5000 }).toContain("1");
    await toggle.press("Enter");
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
    await expect.poll(() => upvoteOf(asker, CHILDCARE).getAttribute("aria-label")).toBe(`${deQa.upvote}: 0`);

    // Sorted by upvotes, then by newest.
    await ask(other, EVENING);
    await item(asker, EVENING).waitFor();
    await upvoteOf(asker, CHILDCARE).click();
    await expect.poll(() => order(other)).toEqual([CHILDCARE, EVENING]);
    await other.getByRole("button", { name: deQa.sortNew }).click();
    expect(await other.getByRole("button", { name: deQa.sortNew }).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => order(other)).toEqual([EVENING, CHILDCARE]);

    // Answered ones move to their own section; the highlighted one is marked, and comes first.
    await moderate(await questionId(CHILDCARE), { state: "answered" });
    const answered = other.getByRole("region", { name: deQa.answered });
    await expect.poll(() => answered.textContent()).toContain(CHILDCARE);
    await moderate(await questionId(EVENING), { highlighted: true });
    await expect.poll(() => item(asker, EVENING).textContent()).toContain(deQa.highlighted);
    expect(await axeViolations(asker)).toEqual([]);
    expect(await axeViolations(other)).toEqual([]);
    await asker.context().close();
    await other.context().close();
  });
});

describe("pre-moderation on the phones", { timeout: TEST_TIMEOUT_MS }, () => {
  it("shows the asker their question waiting for approval, the other phone nothing until it is approved", async () => {
    const held = await createEvent(server.url, { code: "vorab-pruefen" });
    await qaSettings(held, { enabled: true, moderation: "pre" });
    const asker = await openPhone(held.code);
    const other = await openPhone(held.code);
    await asker.getByText(deQa.askHintPre).waitFor();
    const text = "Wo kann ich mich für den nächsten Termin anmelden?";
    await ask(asker, text);
    await expect.poll(() => said(asker.locator("[aria-live]"))).toBe(deQa.arrivedPending);
    await expect.poll(() => item(asker, text).textContent()).toContain(deQa.pending);
    expect(await upvoteOf(asker, text).count()).toBe(0);
    expect(await axeViolations(asker)).toEqual([]);
    await screenshot(asker, "voter-qa-pending-de-390", { fullPage: true });
    // Long enough for a frame to have arrived, had one been sent.
    await other.waitForTimeout(500);
    expect(await item(other, text).count()).toBe(0);
    await other.getByText(deQa.none).waitFor();

    await moderate(await questionId(text, held), { state: "visible" }, held);
    await item(other, text).waitFor();
    await expect.poll(() => item(asker, text).textContent()).not.toContain(deQa.pending);
    await asker.context().close();
    await other.context().close();
  });
});

describe("what went wrong, in the page's language", { timeout: TEST_TIMEOUT_MS }, () => {
  it("in German: a question asked twice and one too long are refused, and what was typed stays", async () => {
    const phone = await openPhone(event.code);
    await phone.getByRole("heading", { name: deQa.heading }).waitFor();
    await ask(phone, "Gibt es Getränke?");
    await expect.poll(() => phone.getByLabel(deQa.askLabel).inputValue()).toBe("");
    await ask(phone, "gibt es  Getränke?");
    await expect.poll(() => phone.locator(".problem").textContent()).toBe(deQa.errors.duplicate);
    expect(await phone.getByLabel(deQa.askLabel).inputValue()).toBe("gibt es  Getränke?");
    expect(await said(phone.locator("[aria-live]"))).toBe(deQa.errors.duplicate);

    await phone.getByLabel(deQa.askLabel).fill("x".repeat(301));
    await phone.getByText(deQa.characters(301, 300)).waitFor();
    await phone.getByRole("button", { name: deQa.ask }).click();
    await expect.poll(() => phone.locator(".problem").textContent()).toBe(deQa.errors.tooLong);
    expect(await phone.getByLabel(deQa.askLabel).getAttribute("aria-invalid")).toBe("true");
    expect(await axeViolations(phone)).toEqual([]);
    await phone.context().close();
  });

  it("in Arabic: too many questions in a short time, told in Arabic, the question kept", async () => {
    const phone = await openPhone(event.code, { ...TALL_PHONE, locale: "ar" });
    await phone.getByRole("heading", { name: arQa.heading }).waitFor();
    // Set in an effect after the render: wait for it.
    await expect.poll(() => phone.evaluate(() => document.documentElement.dir)).toBe("rtl");
    for (let n = 1; n <= 5; n += 1) {
      await ask(phone, `سؤال رقم ${n}`, undefined, arQa);
      await expect.poll(() => phone.getByLabel(arQa.askLabel).inputValue()).toBe("");
    }
    await ask(phone, "سؤال رقم 6", undefined, arQa);
    await expect.poll(() => phone.locator(".problem").textContent()).toBe(arQa.errors.RATE_LIMITED);
    expect(await phone.getByLabel(arQa.askLabel).inputValue()).toBe("سؤال رقم 6");
    await ask(phone, "سؤال رقم 1", undefined, arQa);
    await expect
      .poll(() => phone.locator(".problem").textContent())
      .toMatch(new RegExp(`${arQa.errors.RATE_LIMITED}|${arQa.errors.duplicate}`));
    expect(await axeViolations(phone)).toEqual([]);
    await phone.context().close();
  });
});

describe("a question asked while the phone is offline", { timeout: TEST_TIMEOUT_MS }, () => {
  it("waits, says so on the button, and arrives once the connection is back", async () => {
    const phone = await openPhone(event.code);
    await phone.getByRole("heading", { name: deQa.heading }).waitFor();
    await phone.context().setOffline(true);
    server.app.hub.closeEvent(event.code, 1012, "server restarting");
    await phone.locator(".reconnecting").waitFor();
    const text = "Wird die Präsentation verschickt?";
    await ask(phone, text);
    await phone.getByRole("button", { name: de.voter.sendWhenOnline }).waitFor();
    expect(await phone.getByLabel(deQa.askLabel).inputValue()).toBe(text);
    await phone.context().setOffline(false);
    await expect.poll(() => said(phone.locator("[aria-live]")), { timeout: 20_000 }).toBe(deQa.arrived);
    await item(phone, text).waitFor();
    expect(await phone.getByLabel(deQa.askLabel).inputValue()).toBe("");
    await phone.context().close();
  });
});

describe("the poll and the questions side by side", { timeout: TEST_TIMEOUT_MS }, () => {
  it("shows an open poll first, the questions one tap away, and the poll one tap back", async () => {
    const both = await createEvent(server.url, { code: "beides-offen" });
    await qaSettings(both, { enabled: true });
    const poll = await createPoll(server.url, both, {
      type: "choice",
      question: "Kommen Sie wieder?",
      options: ["Ja", "Nein"],
      minSelections: 1,
      maxSelections: 1,
    });
    await pollAction(server.url, both, poll.id, "open");
    const phone = await openPhone(both.code);
    await phone.getByRole("heading", { name: "Kommen Sie wieder?" }).waitFor();
    expect(await phone.getByRole("button", { name: "Umfrage" }).getAttribute("aria-pressed")).toBe("true");
    await phone.getByRole("button", { name: "Fragen" }).click();
    await phone.getByRole("heading", { name: deQa.heading }).waitFor();
    await phone.getByRole("button", { name: "Umfrage" }).click();
    await phone.getByLabel("Ja").check();
    await phone.context().close();
  });
});

describe("the Q&A view on small and common phones", { timeout: TEST_TIMEOUT_MS }, () => {
  it("needs no sideways scrolling at 320 px, with long words and names", async () => {
    const narrow = await createEvent(server.url, { code: "enge-fragen" });
    await qaSettings(narrow, { enabled: true });
    const phone = await openPhone(narrow.code, NARROW);
    await phone.getByRole("heading", { name: deQa.heading }).waitFor();
    await ask(phone, `Donaudampfschifffahrtsgesellschaftskapitänsmützen${"x".repeat(40)}?`, "Maximiliane-Theodora");
    await phone.locator(".qa-item").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, "voter-qa-320-de", { fullPage: true });
    await phone.context().close();
  });

  it.each([
    ["de-DE", "Was passiert mit den Ergebnissen?", "Jonas"],
    ["tr-TR", "Sonuçlar ne olacak?", "Ayşe"],
    ["ar", "ماذا سيحدث بالنتائج؟", "مريم"],
  ] as const)("in %s at 390×844", async (locale, text, name) => {
    const shown = await createEvent(server.url, { code: `zeigen-${locale.slice(0, 2)}` });
    await qaSettings(shown, { enabled: true });
    const phone = await openPhone(shown.code, { ...TALL_PHONE, locale });
    const other = await openPhone(shown.code, { ...PHONE, locale });
    await phone.locator("textarea").waitFor();
    await phone.locator("textarea").fill(text);
    await phone.locator("input#qa-name").fill(name);
    await phone.locator("form.qa-ask button[type=submit]").click();
    await phone.locator(".qa-item").waitFor();
    await other.locator("textarea").fill(`${text} 2`);
    await other.locator("form.qa-ask button[type=submit]").click();
    await item(phone, `${text} 2`).waitFor();
    await upvoteOf(phone, `${text} 2`).click();
    await expect.poll(() => upvoteOf(phone, `${text} 2`).getAttribute("aria-pressed")).toBe("true");
    await moderate(await questionId(text, shown), { highlighted: true }, shown);
    await phone.locator(".highlighted").waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, `voter-qa-${locale}-390x844`, { fullPage: true });
    await phone.context().close();
    await other.context().close();
  });
});
