// The moderator chooses what the projector shows, in a real browser: the console's "show how to
// join" puts the join screen on the projector (and takes the overlay's card away), a closed poll's
// "show on the screen" brings its results back. Screenshots in tests/output/screenshots.
import { describe, expect, it } from "vitest";
import { createEvent, createPoll, EVENT_RATING, PICK_TWO_OF_SIX, pollAction } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, FULL_HD, HD, LAPTOP, PHONE, screenshot, useBrowser } from "./browser.js";

describe("what the projector shows", { timeout: 60_000 }, () => {
  const server = useServer();
  const browser = useBrowser();

  it("shows the join screen on the console's word, and a closed poll again when chosen", async () => {
    const event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
    const choice = await createPoll(server.url, event, PICK_TWO_OF_SIX);
    await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, choice.id, "open");

    const projector = await browser.newPage(FULL_HD);
    await projector.goto(`${server.url}/present/${event.code}`);
    await projector.getByRole("heading", { name: PICK_TWO_OF_SIX.question }).waitFor();
    const overlay = await browser.newPage(HD);
    await overlay.goto(`${server.url}/overlay/${event.code}`);
    await overlay.locator(".overlay.in").waitFor();

    const moderator = await browser.newPage(LAPTOP);
    await moderator.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    const choiceCard = moderator.locator("article", { hasText: PICK_TWO_OF_SIX.question });
    const showChoice = choiceCard.getByRole("button", { name: "Auf der Leinwand zeigen" });
    await expect.poll(() => showChoice.getAttribute("aria-pressed")).toBe("true");
    await choiceCard.getByRole("button", { name: "Abstimmung beenden" }).click();
    // Closing changes nothing on the screen; the console offers the join screen.
    await moderator.getByText("Die Abstimmung ist beendet. Das Ergebnis bleibt auf der Leinwand").waitFor();
    await projector.getByText("Abstimmung beendet · Endergebnis").waitFor();
    expect(await axeViolations(moderator)).toEqual([]);
    await screenshot(moderator, "screen-choice-console-closed");

    const showJoin = moderator.getByRole("button", { name: "Zeigen, wie man mitmacht" });
    expect(await showJoin.getAttribute("aria-pressed")).toBe("false");
    await showJoin.click();
    await projector.locator(".join-screen").waitFor();
    await projector.getByRole("heading", { name: "Erfolg durch kurze Wege" }).waitFor();
    expect(await projector.getByRole("heading", { name: PICK_TWO_OF_SIX.question }).count()).toBe(0);
    await expect.poll(() => projector.locator(".join-code-value").textContent()).toBe(event.code);
    await overlay.locator(".overlay.in").waitFor({ state: "detached" });
    await expect.poll(() => showJoin.getAttribute("aria-pressed")).toBe("true");
    expect(await showChoice.getAttribute("aria-pressed")).toBe("false");
    expect(await axeViolations(projector)).toEqual([]);
    await screenshot(projector, "screen-choice-join-1920x1080");
    // A draft cannot be shown: its card has no such button.
    const ratingCard = moderator.locator("article", { hasText: EVENT_RATING.question });
    expect(await ratingCard.getByRole("button", { name: "Auf der Leinwand zeigen" }).count()).toBe(0);

    await showChoice.click();
    await projector.getByRole("heading", { name: PICK_TWO_OF_SIX.question }).waitFor();
    await overlay.locator(".overlay.in").waitFor();
    await expect.poll(() => showChoice.getAttribute("aria-pressed")).toBe("true");

    // Opening another poll puts it on the screen, as before.
    await ratingCard.getByRole("button", { name: "Abstimmung starten" }).click();
    await projector.getByRole("heading", { name: EVENT_RATING.question }).waitFor();
  });

  it("keeps the console's screen controls at least 44 px tall on a phone", async () => {
    const event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
    const choice = await createPoll(server.url, event, PICK_TWO_OF_SIX);
    await pollAction(server.url, event, choice.id, "open");
    await pollAction(server.url, event, choice.id, "close");
    const phone = await browser.newPage({ ...PHONE, viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    const buttons = [
      phone.getByRole("button", { name: "Zeigen, wie man mitmacht" }),
      phone.getByRole("button", { name: "Auf der Leinwand zeigen" }),
    ];
    for (const button of buttons) {
      await button.waitFor();
      expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }
    await screenshot(phone, "screen-choice-console-phone", { fullPage: true });
  });
});
