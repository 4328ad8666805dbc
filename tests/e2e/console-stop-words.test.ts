// The console's "leave out small words" checkbox on a text poll, in a real browser: a moderator
// ticks it when creating the poll, the card says so, the server stores it, and it is locked
// once the poll has votes. Screenshots of the form go to tests/output/screenshots to look at.
import { describe, expect, it } from "vitest";
import type { Poll } from "../../shared/poll.js";
import { createEvent, createPoll, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, HD, PHONE, screenshot, useBrowser } from "./browser.js";

const BEAMER = { viewport: { width: 1024, height: 768 } };

describe("the console's stop-word checkbox", { timeout: 90_000 }, () => {
  const server = useServer();
  const browser = useBrowser();

  it("creates a text poll that leaves out small words, and locks the choice once it has votes", async () => {
    const event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
    const moderator = await browser.newPage(HD);
    await moderator.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    await moderator.getByRole("button", { name: "Neue Umfrage" }).click();
    await moderator.getByLabel("Offene Antworten (Wortwolke)").check();
    await moderator.getByLabel("Frage", { exact: true }).fill("Was trinken Sie am liebsten?");
    const checkbox = moderator.getByLabel("Kleine Wörter nicht zählen");
    expect(await checkbox.isChecked()).toBe(false);
    await checkbox.check();
    expect(await axeViolations(moderator)).toEqual([]);
    await moderator.getByRole("button", { name: "Umfrage anlegen" }).click();
    await moderator.getByText("ohne kleine Wörter").waitFor();

    const listed = await request<{ polls: Poll[] }>(server.url, "GET", `/api/events/${event.code}/polls`, {
      key: event.key,
    });
    const [poll] = listed.body.polls;
    expect(poll).toMatchObject({ type: "text", stopWords: true });
    if (!poll) return;
    await pollAction(server.url, event, poll.id, "open");
    await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
      body: { answers: ["der Kaffee"] },
    });
    await moderator.getByRole("button", { name: "Ändern" }).first().click();
    const locked = moderator.getByLabel("Kleine Wörter nicht zählen");
    // The vote reaches the console with the next results frame.
    await expect.poll(() => locked.isDisabled()).toBe(true);
    expect(await locked.isChecked()).toBe(true);
  });

  for (const locale of ["de", "tr", "ar"] as const) {
    it(`shows the checkbox and its hint in ${locale} on a phone, a beamer and a stream`, async () => {
      const event = await createEvent(server.url, { title: "Kurze Wege", locale });
      await createPoll(server.url, event, { type: "text", question: "Ein Wort?", stopWords: true });
      for (const [size, options] of [
        ["phone", PHONE],
        ["beamer", BEAMER],
        ["stream", HD],
      ] as const) {
        const page = await browser.newPage({ ...options, locale });
        await page.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
        await page.locator(".polls-head button.primary").click();
        await page.locator('input[name="new-poll-type"]').nth(2).check();
        const hint = page.locator("#new-poll-stop-words-hint");
        await hint.waitFor();
        expect(await hint.textContent()).not.toBe("");
        await hint.scrollIntoViewIfNeeded();
        await screenshot(page, `console-stop-words-${locale}-${size}`);
        await page.close();
      }
    });
  }
});
