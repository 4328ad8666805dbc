// The four pages in a real browser against the real built server: the end-to-end
// scenario (console → polls → three phones vote → projector, overlay and console agree →
// reload keeps the vote → closing reaches the phones), axe-core on every page and state,
// and screenshots of every page at its natural size under tests/output/screenshots.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EVENT_RATING, PICK_TWO_OF_SIX } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, FULL_HD, HD, LAPTOP, PHONE, screenshot, useBrowser } from "./browser.js";

const EVENT_CODE = "kurze-wege";
const TEST_TIMEOUT_MS = 60_000;
const OPTIONS = PICK_TWO_OF_SIX.options;
/** German writes "67 %" with a non-breaking space, so the sign never wraps away from its number. */
const nonBreaking = (text: string) => text.replace(" %", "\u00a0%");

const server = useServer();
const browser = useBrowser();
const newPage = browser.newPage;

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Fills the console's form for a new choice poll (it starts with two answers) and sends it. */
async function createChoicePoll(
  moderatorConsole: Page,
  question: string,
  options: readonly string[],
  maxSelections: number,
) {
  await moderatorConsole.getByRole("button", { name: "+ Neue Umfrage" }).click();
  await moderatorConsole.getByLabel("Frage", { exact: true }).fill(question);
  for (let index = 2; index < options.length; index++) {
    await moderatorConsole.getByRole("button", { name: "+ Antwort hinzufügen" }).click();
  }
  for (const [index, label] of options.entries()) {
    await moderatorConsole.getByRole("textbox", { name: `Antwort ${index + 1}`, exact: true }).fill(label);
  }
  await moderatorConsole.getByLabel("und höchstens").fill(String(maxSelections));
  await moderatorConsole.getByRole("button", { name: "Umfrage anlegen" }).click();
}

describe("the pages, end to end", { timeout: TEST_TIMEOUT_MS }, () => {
  let moderator: Page;
  let moderatorLink = "";
  const voters: Page[] = [];
  let projector: Page;
  let overlay: Page;

  it("creates an event from the home page and opens the console with the key kept out of the URL", async () => {
    const home = await newPage(LAPTOP);
    await home.goto(`${server.url}/`);
    await expect.poll(() => home.locator("h1").textContent()).toBe("An einer Abstimmung teilnehmen");
    await expectNoAxeViolations(home);
    await home.getByText("Veranstaltung anlegen", { exact: true }).first().click();
    await home.getByLabel("Titel der Veranstaltung").fill("Erfolg durch kurze Wege");
    await home.getByLabel("Code (freiwillig)").fill(EVENT_CODE);
    await home.getByLabel("Sprache der Veranstaltung").selectOption("de");
    await home.getByRole("button", { name: "Veranstaltung anlegen" }).click();
    const linkField = home.getByLabel("Moderationslink");
    await linkField.waitFor();
    moderatorLink = await linkField.inputValue();
    expect(moderatorLink).toMatch(new RegExp(`/moderate/${EVENT_CODE}#key=[A-Za-z0-9_-]{20,}$`));
    await expectNoAxeViolations(home);
    await screenshot(home, "home-created-event", { fullPage: true });

    moderator = await newPage(LAPTOP);
    await moderator.goto(moderatorLink);
    await moderator.getByRole("heading", { name: "Umfragen" }).waitFor();
    expect(new URL(moderator.url()).hash).toBe("");
  });

  it("says so when the console is opened with a wrong key", async () => {
    const stranger = await newPage(LAPTOP);
    await stranger.goto(`${server.url}/moderate/${EVENT_CODE}#key=not-the-key`);
    await stranger.getByText("Dieser Link passt nicht zu dieser Veranstaltung.", { exact: false }).waitFor();
    expect(new URL(stranger.url()).hash).toBe("");
    await expectNoAxeViolations(stranger);
    await screenshot(stranger, "moderate-wrong-key", { fullPage: true });
    await stranger.context().close();
  });

  it("creates the seed's pick-two-of-six poll and a rating poll in the console", async () => {
    await createChoicePoll(moderator, PICK_TWO_OF_SIX.question, OPTIONS, 2);
    await moderator.getByRole("heading", { name: PICK_TWO_OF_SIX.question }).waitFor();

    await moderator.getByRole("button", { name: "+ Neue Umfrage" }).click();
    await moderator.getByLabel("Bewertung mit Sternen").check();
    await moderator.getByLabel("Frage", { exact: true }).fill(EVENT_RATING.question);
    await moderator.getByRole("button", { name: "Umfrage anlegen" }).click();
    await moderator.getByRole("heading", { name: EVENT_RATING.question }).waitFor();
    await expectNoAxeViolations(moderator);
  });

  it("shows phones a friendly waiting state, and the projector and overlay how to join", async () => {
    for (let index = 0; index < 2; index++) {
      const phone = await newPage(PHONE);
      await phone.goto(`${server.url}/e/${EVENT_CODE.toUpperCase()}`);
      voters.push(phone);
    }
    // The third phone types the code on the home page, as read from the screen.
    const third = await newPage(PHONE);
    await third.goto(`${server.url}/`);
    await third.getByLabel("Code der Veranstaltung").fill("gibt-es-nicht");
    await third.getByRole("button", { name: "Teilnehmen" }).click();
    await third.getByText("Es gibt keine Veranstaltung mit dem Code „gibt-es-nicht“.", { exact: false }).waitFor();
    await expectNoAxeViolations(third);
    await screenshot(third, "home-unknown-code", { fullPage: true });
    await third.getByLabel("Code der Veranstaltung").fill(` #${EVENT_CODE.toUpperCase()} `);
    await third.getByRole("button", { name: "Teilnehmen" }).click();
    await third.waitForURL(`${server.url}/e/${EVENT_CODE}`);
    voters.push(third);
    const [first] = voters as [Page];
    await first.getByRole("heading", { name: "Warten auf die nächste Frage" }).waitFor();
    await expectNoAxeViolations(first);
    await screenshot(first, "voter-waiting", { fullPage: true });

    projector = await newPage(FULL_HD);
    await projector.goto(`${server.url}/present/${EVENT_CODE}`);
    // No poll shown yet: the join screen.
    await projector.locator(".join-screen").waitFor();
    await expect.poll(() => projector.locator(".join-code-value").textContent()).toBe(EVENT_CODE);
    await expect.poll(() => projector.locator(".join-url").textContent()).toContain(`/e/${EVENT_CODE}`);
    await expectNoAxeViolations(projector);
    await screenshot(projector, "present-waiting-1920x1080");

    overlay = await newPage(FULL_HD);
    await overlay.goto(`${server.url}/overlay/${EVENT_CODE}?qr=1`);
    await overlay.locator(".overlay").waitFor({ state: "attached" });
    expect(await overlay.locator(".overlay.in").count()).toBe(0);
  });

  it("lets three phones vote on the pick-two poll, with the limit stated and enforced", async () => {
    await moderator.getByRole("button", { name: "Abstimmung starten" }).first().click();
    const [a, b, c] = voters as [Page, Page, Page];
    await a.getByText("Wählen Sie bis zu 2 Antworten.").waitFor();
    await expectNoAxeViolations(a);
    await screenshot(a, "voter-choice-empty", { fullPage: true });

    await a.getByLabel(OPTIONS[0] as string).check();
    await a.getByLabel(OPTIONS[1] as string).check();
    // The maximum is reached: the other options are disabled, and the page says why.
    await expect.poll(() => a.getByLabel(OPTIONS[2] as string).isDisabled()).toBe(true);
    // On the page, and said aloud by its live region too (voter-connection.test.ts).
    await a.locator(".counter", { hasText: "Sie haben 2 gewählt." }).waitFor();
    await expectNoAxeViolations(a);
    await screenshot(a, "voter-choice-max-reached", { fullPage: true });
    await a.getByRole("button", { name: "Stimme abgeben" }).click();
    await a.getByText("Danke! Ihre Stimme wurde gezählt.").waitFor();

    // B uses the keyboard only: Tab to an option, Space to tick it, Enter to send.
    await b.getByLabel(OPTIONS[0] as string).focus();
    await b.keyboard.press("Space");
    await b.getByLabel(OPTIONS[2] as string).focus();
    await b.keyboard.press("Space");
    await b.keyboard.press("Enter");
    await b.getByText("Danke! Ihre Stimme wurde gezählt.").waitFor();
    // The sent form is gone; the focus moved to the question, not back to the page's start
    // (after the render that shows the thanks: on a busy machine a moment later).
    await expect.poll(() => b.evaluate(() => document.activeElement?.id)).toBe("question");

    // C votes, then changes the vote while the poll is open.
    await c.getByLabel(OPTIONS[5] as string).check();
    await c.getByRole("button", { name: "Stimme abgeben" }).click();
    await c.getByRole("button", { name: "Stimme ändern" }).click();
    await c.getByLabel(OPTIONS[5] as string).uncheck();
    await c.getByLabel(OPTIONS[1] as string).check();
    await c.getByRole("button", { name: "Änderung speichern" }).click();
    await c.getByText(`Ihre Antwort: ${OPTIONS[1]}`).waitFor();

    // Live results after voting: 3 respondents, options 1 and 2 at 2 of 3.
    await a.getByText("3 Personen haben abgestimmt", { exact: false }).waitFor();
    await expectNoAxeViolations(a);
    await screenshot(a, "voter-choice-voted-results", { fullPage: true });
  });

  it("shows the same results on the projector, the overlay and the console", async () => {
    // German keeps the percent sign with its number: a non-breaking space.
    const expected = ["67 %", "67 %", "33 %", "0 %", "0 %", "0 %"].map(nonBreaking);
    await expect.poll(() => projector.locator(".row-percent").allTextContents(), { timeout: 5000 }).toEqual(expected);
    await expect.poll(() => projector.locator(".respondents").textContent()).toBe("3 Personen haben abgestimmt");
    expect(await projector.locator(".row-count").allTextContents()).toEqual([
      "2 Stimmen",
      "2 Stimmen",
      "1 Stimme",
      "0 Stimmen",
      "0 Stimmen",
      "0 Stimmen",
    ]);
    // Plain words on the screen: how many people voted, no "n = " and no "% of respondents".
    expect(await projector.locator("main").textContent()).not.toMatch(/n = |Antwortende/);
    await expectNoAxeViolations(projector);
    await screenshot(projector, "present-choice-1920x1080");
    await projector.setViewportSize(HD.viewport as { width: number; height: number });
    await screenshot(projector, "present-choice-1280x720");
    await projector.setViewportSize(FULL_HD.viewport as { width: number; height: number });

    await overlay.locator(".overlay.in").waitFor();
    await expect
      .poll(() => overlay.locator(".percent").allTextContents())
      .toEqual(["67 % (2)", "67 % (2)", "33 % (1)", "0 % (0)", "0 % (0)", "0 % (0)"].map(nonBreaking));
    await expectNoAxeViolations(overlay);
    await screenshot(overlay, "overlay-choice-1920x1080", { transparent: true });

    const download = moderator.waitForEvent("download");
    await moderator.getByRole("button", { name: "Ergebnisse herunterladen (CSV)" }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toBe(`handzeichen-${EVENT_CODE}.csv`);
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(await csv.path(), "utf8")).toContain(OPTIONS[4]);

    const card = moderator.locator("article", { hasText: PICK_TWO_OF_SIX.question });
    await expect.poll(() => card.locator(".count").textContent()).toBe("3 Personen haben abgestimmt");
    expect(await card.locator(".bar-percent").allTextContents()).toEqual(expected);
    await expectNoAxeViolations(moderator);
    await screenshot(moderator, "moderate-console", { fullPage: true });
  });

  it("keeps a voter's vote across a reload", async () => {
    const [a] = voters as [Page];
    await a.reload();
    await a.getByText(`Ihre Antwort: ${OPTIONS[0]}; ${OPTIONS[1]}`).waitFor();
    expect(await a.locator(".bar.mine").count()).toBe(2);
  });

  it("rates the event with stars; the projector shows the average", async () => {
    const rating = moderator.locator("article", { hasText: EVENT_RATING.question });
    await rating.getByRole("button", { name: "Abstimmung starten" }).click();
    const stars = [5, 4, 4];
    for (const [index, phone] of voters.entries()) {
      await phone.getByText("Wählen Sie 1 bis 5 Sterne.").waitFor();
      await phone.getByLabel(new RegExp(`^${stars[index]} von 5`)).check();
      if (index === 0) {
        await phone.getByText("5 von 5 · Ausgezeichnet").first().waitFor();
        await expectNoAxeViolations(phone);
        await screenshot(phone, "voter-rating-chosen", { fullPage: true });
      }
      await phone.getByRole("button", { name: "Stimme abgeben" }).click();
      await phone.getByText("Danke! Ihre Stimme wurde gezählt.").waitFor();
    }
    await expect.poll(() => projector.locator(".average-value").textContent()).toBe("4,3");
    await expect.poll(() => projector.locator(".respondents").textContent()).toBe("3 Personen haben abgestimmt");
    await expectNoAxeViolations(projector);
    await screenshot(projector, "present-rating-1920x1080");
    await expect.poll(() => overlay.locator(".average-value").textContent()).toBe("4,3");
    await screenshot(overlay, "overlay-rating-1920x1080", { transparent: true });
    const [a] = voters as [Page];
    await a.getByText("Ihre Bewertung: 5 von 5 · Ausgezeichnet").waitFor();
    await screenshot(a, "voter-rating-voted", { fullPage: true });
  });

  it("closes the poll: phones, projector and overlay show it closed with final results", async () => {
    await moderator.getByRole("button", { name: "Abstimmung beenden" }).click();
    for (const phone of voters) await phone.getByText("Abstimmung beendet", { exact: true }).first().waitFor();
    const [a] = voters as [Page];
    await a.getByRole("heading", { name: "Endergebnis" }).waitFor();
    await expectNoAxeViolations(a);
    await screenshot(a, "voter-closed", { fullPage: true });
    await projector.getByText("Abstimmung beendet · Endergebnis").waitFor();
    await screenshot(projector, "present-closed-1920x1080");
    await overlay.getByText("Abstimmung beendet").waitFor();
    await expectNoAxeViolations(moderator);
  });

  it("lets a voter switch to English, and remembers the choice", async () => {
    const [, b] = voters as [Page, Page];
    await b.getByLabel("Sprache").selectOption("en");
    await b.getByRole("heading", { name: "Final results" }).waitFor();
    await b.reload();
    await b.getByRole("heading", { name: "Final results" }).waitFor();
    await expect.poll(() => b.evaluate(() => document.documentElement.lang)).toBe("en");
    await expectNoAxeViolations(b);
    await screenshot(b, "voter-closed-english", { fullPage: true });
  });

  it("shows a quiet reconnecting state when the connection drops, and recovers by itself", async () => {
    const rating = moderator.locator("article", { hasText: EVENT_RATING.question });
    await rating.getByRole("button", { name: "Wieder starten" }).click();
    const [a] = voters as [Page];
    await a.getByRole("button", { name: "Stimme ändern" }).waitFor();
    await a.context().setOffline(true);
    server.app.hub.closeEvent(EVENT_CODE, 1012, "server restarting");
    await a.locator(".reconnecting").waitFor();
    // Offline the form still opens; a vote sent now waits for the connection (voter-connection.test.ts).
    await a.getByRole("button", { name: "Stimme ändern" }).click();
    await a.getByRole("button", { name: "Änderung speichern" }).waitFor();
    await expectNoAxeViolations(a);
    await screenshot(a, "voter-reconnecting", { fullPage: true });
    await a.context().setOffline(false);
    await a.locator(".reconnecting").waitFor({ state: "detached" });
    await a.getByLabel(/^4 von 5/).check();
    await a.getByRole("button", { name: "Änderung speichern" }).click();
    await a.getByText("Ihre Bewertung: 4 von 5 · Sehr gut").waitFor();
    // The screens came back on their own too, and count the changed vote.
    await expect.poll(() => projector.locator(".average-value").textContent()).toBe("4,0");
    await projector.locator(".stale").waitFor({ state: "detached" });
  });

  it("asks for the access code once the moderator sets one", async () => {
    await moderator.getByLabel("Zugangscode zum Abstimmen (freiwillig)").fill("Wilhelmsburg");
    await moderator.getByRole("button", { name: "Einstellungen speichern" }).click();
    await moderator.getByText("✓ Gespeichert").waitFor();
    const late = await newPage(PHONE);
    await late.goto(`${server.url}/e/${EVENT_CODE}`);
    await late.getByRole("heading", { name: "Diese Veranstaltung braucht einen Zugangscode" }).waitFor();
    await late.getByLabel("Zugangscode").fill("falsch");
    await late.getByRole("button", { name: "Weiter" }).click();
    // Checked at once, before the question: the form stays, with what was typed and why.
    await late.getByText("Dieser Zugangscode stimmt nicht.", { exact: false }).waitFor();
    expect(await late.getByLabel("Zugangscode").inputValue()).toBe("falsch");
    await expectNoAxeViolations(late);
    await screenshot(late, "voter-access-code", { fullPage: true });
    await late.getByLabel("Zugangscode").fill("wilhelmsburg");
    await late.getByRole("button", { name: "Weiter" }).click();
    await late.getByLabel(/^3 von 5/).check();
    await late.getByRole("button", { name: "Stimme abgeben" }).click();
    await late.getByText("Danke! Ihre Stimme wurde gezählt.").waitFor();
    await expect.poll(() => projector.locator(".respondents").textContent()).toBe("4 Personen haben abgestimmt");
    await moderator.getByLabel("Zugangscode zum Abstimmen (freiwillig)").fill("");
    await moderator.getByRole("button", { name: "Einstellungen speichern" }).click();
    await moderator.getByText("✓ Gespeichert").waitFor();
  });

  it("resets a poll after confirmation: the votes are gone and phones may vote afresh", async () => {
    const rating = moderator.locator("article", { hasText: EVENT_RATING.question });
    await rating.getByRole("button", { name: "Stimmen zurücksetzen" }).click();
    const dialog = moderator.getByRole("dialog");
    await dialog.getByText("Alle 4 Stimmen werden gelöscht.", { exact: false }).waitFor();
    await expectNoAxeViolations(moderator);
    await screenshot(moderator, "moderate-confirm-reset");
    await dialog.getByRole("button", { name: "Ja, ausführen" }).click();
    await expect.poll(() => rating.locator(".count").textContent()).toBe("0 Personen haben abgestimmt");
    const [a] = voters as [Page];
    await a.getByText("Wählen Sie 1 bis 5 Sterne.").waitFor();
    await expect.poll(() => projector.locator(".respondents").textContent()).toBe("0 Personen haben abgestimmt");
  });

  it("fits twelve options on the projector", async () => {
    const options = Array.from({ length: 12 }, (_, index) => `Antwort Nummer ${index + 1} mit etwas längerem Text`);
    await createChoicePoll(moderator, "Welche Angebote kennen Sie?", options, 3);
    const card = moderator.locator("article", { hasText: "Welche Angebote kennen Sie?" });
    await card.getByRole("button", { name: "Abstimmung starten" }).click();
    const [a, b] = voters as [Page, Page];
    await a.getByLabel(options[0] as string).check();
    await a.getByLabel(options[4] as string).check();
    await a.getByRole("button", { name: "Stimme abgeben" }).click();
    await b.getByLabel(options[0] as string).check();
    await b.getByRole("button", { name: "Send my vote" }).click();
    await expect.poll(() => projector.locator(".row-percent").first().textContent()).toBe(nonBreaking("100 %"));
    const overflows = await projector.locator(".stage").evaluate((stage) => stage.scrollHeight > stage.clientHeight);
    expect(overflows).toBe(false);
    await screenshot(projector, "present-twelve-options-1920x1080");
    await projector.setViewportSize(HD.viewport as { width: number; height: number });
    await screenshot(projector, "present-twelve-options-1280x720");
  });

  it("deletes polls after confirmation; the overlay fades out when nothing is presented", async () => {
    for (const question of ["Welche Angebote kennen Sie?", EVENT_RATING.question, PICK_TWO_OF_SIX.question]) {
      await moderator.locator("article", { hasText: question }).getByRole("button", { name: "Löschen" }).click();
      await moderator.getByRole("dialog").getByRole("button", { name: "Ja, ausführen" }).click();
      await moderator.getByRole("heading", { name: question }).waitFor({ state: "detached" });
    }
    await overlay.locator(".overlay.in").waitFor({ state: "detached" });
    await projector.locator(".join-screen").waitFor();
    const [a] = voters as [Page];
    await a.getByRole("heading", { name: "Warten auf die nächste Frage" }).waitFor();
  });
});
