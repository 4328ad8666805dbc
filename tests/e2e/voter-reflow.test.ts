// WCAG 2.2 "Reflow" (1.4.10) on the voter's page: at 320 CSS pixels wide — a small phone, or
// a 1280-pixel screen zoomed to 400 % — nothing needs scrolling sideways, in any state the
// voter meets: entering a code, voting, the lost connection, the results; nor on the
// organisers' page (/new), in German and in Arabic.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createEvent, createPoll, pollAction } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, screenshot, useBrowser } from "./browser.js";

/** 1280 px at 400 % zoom: what the success criterion measures against. */
const NARROW = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const TEST_TIMEOUT_MS = 60_000;
const QUESTION = "Welche Verkehrsmittel nutzen Sie auf dem Weg zur Arbeitsstelle regelmäßig?";
const OPTIONS = ["Straßenbahn und Regionalverkehr", "Fahrrad oder Lastenfahrrad", "Zu Fuß"];

const server = useServer();
const browser = useBrowser();

async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(NARROW.viewport.width);
  expect(await axeViolations(page)).toEqual([]);
}

describe("the voter's page at 320 CSS pixels", { timeout: TEST_TIMEOUT_MS }, () => {
  it("reflows the home page, the vote form, the lost connection and the results", async () => {
    const event = await createEvent(server.url, { code: "schmal" });
    const poll = await createPoll(server.url, event, {
      type: "choice",
      question: QUESTION,
      options: OPTIONS,
      minSelections: 1,
      maxSelections: 2,
    });
    await pollAction(server.url, event, poll.id, "open");
    const phone = await browser.newPage(NARROW);

    await phone.goto(`${server.url}/`);
    await phone.getByRole("heading", { name: "An einer Abstimmung teilnehmen" }).waitFor();
    await expectNoSidewaysScrolling(phone);

    await phone.goto(`${server.url}/e/${event.code}`);
    await phone.getByRole("heading", { name: QUESTION }).waitFor();
    await expectNoSidewaysScrolling(phone);

    await phone.context().setOffline(true);
    server.app.hub.closeEvent(event.code, 1012, "server restarting");
    const banner = phone.locator(".reconnecting");
    await banner.waitFor();
    await phone.getByLabel(OPTIONS[0] as string).check();
    await phone.getByRole("button", { name: "Stimme abgeben" }).click();
    const waiting = phone.getByRole("button", { name: /^Keine Verbindung/ });
    await waiting.waitFor();
    await expectNoSidewaysScrolling(phone);
    // Even this narrow, the end of the page scrolls clear of the banner.
    await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const [button, bar] = [await waiting.boundingBox(), await banner.boundingBox()];
    expect(button && bar && button.y + button.height).toBeLessThanOrEqual(bar?.y ?? 0);
    await screenshot(phone, "voter-320-offline", { fullPage: false });

    await phone.context().setOffline(false);
    await phone.getByText("Danke! Ihre Stimme wurde gezählt.").waitFor({ timeout: 20_000 });
    await expectNoSidewaysScrolling(phone);
    await phone.context().close();
  });

  it.each([
    ["de-DE", "Neue Veranstaltung"],
    ["ar", "فعالية جديدة"],
  ])("reflows the organisers' page in %s", async (locale, heading) => {
    const phone = await browser.newPage({ ...NARROW, locale });
    await phone.goto(`${server.url}/new`);
    await phone.getByRole("heading", { name: heading }).waitFor();
    // Measured in the page's own direction, which an effect sets after the heading renders.
    const direction = locale === "ar" ? "rtl" : "ltr";
    await expect.poll(() => phone.evaluate(() => document.documentElement.dir)).toBe(direction);
    await expectNoSidewaysScrolling(phone);
    await screenshot(phone, `create-320-${locale}`, { fullPage: true });
    await phone.context().close();
  });
});
