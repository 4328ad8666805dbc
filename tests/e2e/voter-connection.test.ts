// The voter's page when the network fails silently, and what its screen reader hears: Wi-Fi
// that stops forwarding (a proxy that holds every byte, sockets left open) shows within 10 s,
// a vote made meanwhile says it waits and is counted once the network is back; one live
// region, there from the start, tells of votes counted and connections lost and back. Also
// the code as people type it, and "read aloud" with a stand-in for the phone's voices.
// Screenshots of the offline banner at 390×844 in German, Turkish and Arabic.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ar } from "../../client/i18n/ar.js";
import { de } from "../../client/i18n/de.js";
import { tr } from "../../client/i18n/tr.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy.js";
import { axeViolations, PHONE, screenshot, useBrowser } from "./browser.js";

/** The promise: a silent drop shows within this time (client/common/live.ts). */
const SHOWN_WITHIN_MS = 10_000;
/** Back online, the page reconnects with its backoff, sends the vote and hears the ack. */
const BACK_WITHIN_MS = 20_000;
const TEST_TIMEOUT_MS = 60_000;

const QUESTION = "Wie kommen Sie heute nach Hause?";
const OPTIONS = ["Zu Fuß", "Mit dem Rad", "Mit Bus und Bahn"];
const SEND = de.voter.send;
const WILL_BE_SENT = "Keine Verbindung – wird gesendet, sobald Sie wieder online sind";
const COUNTED = de.voter.thanks;
const LOST = "Keine Verbindung. Neuer Versuch …";
/** A common phone of today, for the screenshots. */
const TALL_PHONE = { ...PHONE, viewport: { width: 390, height: 844 } };

const server = useServer();
const browser = useBrowser();
let event: EventFixture;
let pollId: number;
let proxy: TcpProxy;

beforeAll(async () => {
  event = await createEvent(server.url, { code: "funk-loch" });
  pollId = (
    await createPoll(server.url, event, {
      type: "choice",
      question: QUESTION,
      options: OPTIONS,
      minSelections: 1,
      maxSelections: 1,
    })
  ).id;
  await pollAction(server.url, event, pollId, "open");
  proxy = await startTcpProxy(server.url);
});

afterAll(async () => {
  await proxy?.close();
});

const respondents = async () =>
  (await request(server.url, "GET", `/api/events/${event.code}/polls/${pollId}/results`, { key: event.key })).body
    .results.respondents as number;

/** The page's live regions: elements that screen readers read out when their text changes. */
const liveRegions = (page: Page) => page.locator('[aria-live], [role="status"], [role="alert"], [role="log"]');

/** What the region says; a trailing no-break space only tells the same news twice apart. */
const said = async (region: Locator) => (await region.textContent())?.replace(/\u00a0$/, "");

describe("a voter whose network goes silent", { timeout: TEST_TIMEOUT_MS }, () => {
  it("sees it within 10 s at the bottom of the screen, votes anyway, and is counted once the network is back", async () => {
    const phone = await browser.newPage(PHONE);
    await phone.goto(`${proxy.url}/e/${event.code}`);
    await phone.getByRole("heading", { name: QUESTION }).waitFor();
    const before = await respondents();

    proxy.stall();
    const stalledAt = Date.now();
    const banner = phone.locator(".reconnecting");
    await banner.waitFor({ timeout: SHOWN_WITHIN_MS });
    expect(Date.now() - stalledAt).toBeLessThan(SHOWN_WITHIN_MS);
    await expect.poll(() => banner.textContent()).toBe(LOST);
    // Where the thumb is: on the bottom edge of the screen.
    const box = await banner.boundingBox();
    expect(box && Math.round(box.y + box.height)).toBe(PHONE.viewport?.height);

    await phone.getByLabel(OPTIONS[1] as string).check();
    await phone.getByRole("button", { name: SEND }).click();
    const waiting = phone.getByRole("button", { name: WILL_BE_SENT });
    await waiting.waitFor();
    // The page can be scrolled until the button sits clear above the banner.
    await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const [button, bar] = [await waiting.boundingBox(), await banner.boundingBox()];
    expect(button && bar && button.y + button.height).toBeLessThanOrEqual(bar?.y ?? 0);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, "voter-offline-vote-waits", { fullPage: false });
    expect(await respondents()).toBe(before);

    proxy.resume();
    await phone.getByText(COUNTED).waitFor({ timeout: BACK_WITHIN_MS });
    await banner.waitFor({ state: "detached" });
    await expect.poll(respondents).toBe(before + 1);
    await phone.context().close();
  });
});

describe("the lost-connection banner in the voter's language", { timeout: TEST_TIMEOUT_MS }, () => {
  it.each([
    ["de-DE", de, "ltr"],
    ["tr-TR", tr, "ltr"],
    ["ar", ar, "rtl"],
  ] as const)(
    "in %s: at the bottom, clear of the send button, which says the vote will follow",
    async (locale, strings, dir) => {
      const phone = await browser.newPage({ ...TALL_PHONE, locale });
      await phone.goto(`${server.url}/e/${event.code}`);
      await phone.getByRole("heading", { name: QUESTION }).waitFor();
      // Set in an effect after the render: wait for it.
      await expect.poll(() => phone.evaluate(() => document.documentElement.dir)).toBe(dir);

      await phone.context().setOffline(true);
      server.app.hub.closeEvent(event.code, 1012, "server restarting");
      const banner = phone.locator(".reconnecting");
      await expect.poll(() => banner.textContent()).toBe(strings.reconnecting);
      const box = await banner.boundingBox();
      expect(box && [box.x, box.width, Math.round(box.y + box.height)]).toEqual([0, 390, 844]);

      await phone.getByLabel(OPTIONS[2] as string).check();
      await phone.getByRole("button", { name: strings.voter.send }).click();
      const waiting = phone.getByRole("button", { name: strings.voter.sendWhenOnline });
      await waiting.waitFor();
      await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const [button, bar] = [await waiting.boundingBox(), await banner.boundingBox()];
      expect(button && bar && button.y + button.height).toBeLessThanOrEqual(bar?.y ?? 0);
      expect(await axeViolations(phone)).toEqual([]);
      await screenshot(phone, `voter-offline-${locale}-390x844`);

      await phone.context().setOffline(false);
      await phone.getByText(strings.voter.thanks).waitFor({ timeout: BACK_WITHIN_MS });
      await banner.waitFor({ state: "detached" });
      await phone.context().close();
    },
  );
});

describe("what a screen reader hears on the voter's page", { timeout: TEST_TIMEOUT_MS }, () => {
  it("has one polite live region from the start, whose text changes when the vote is counted", async () => {
    const phone = await browser.newPage(PHONE);
    await phone.goto(`${server.url}/e/${event.code}`);
    await phone.getByRole("heading", { name: QUESTION }).waitFor();
    const regions = liveRegions(phone);
    expect(await regions.count()).toBe(1);
    const region = regions.first();
    expect(await region.getAttribute("aria-live")).toBe("polite");
    await expect.poll(() => said(region)).toBe(`Abstimmung läuft: ${QUESTION}`);
    // The same element all along: a region added with its text already in it is often not read.
    await region.evaluate((element) => element.setAttribute("data-first", ""));

    await phone.getByLabel(OPTIONS[0] as string).check();
    await phone.getByRole("button", { name: SEND }).click();
    await expect.poll(() => said(region)).toBe("Ihre Stimme ist gezählt.");
    expect(await regions.count()).toBe(1);
    expect(await region.getAttribute("data-first")).toBe("");
    expect(await axeViolations(phone)).toEqual([]);

    // The connection going and coming back is said there too.
    await phone.context().setOffline(true);
    server.app.hub.closeEvent(event.code, 1012, "server restarting");
    await expect.poll(() => said(region)).toBe(LOST);
    await phone.context().setOffline(false);
    await expect.poll(() => said(region), { timeout: BACK_WITHIN_MS }).toBe("Verbindung wieder da.");
    expect(await regions.count()).toBe(1);
    await phone.context().close();
  });
});

describe("joining by a code as people type it", { timeout: TEST_TIMEOUT_MS }, () => {
  it("finds the event typed in capitals with a space, or without its hyphen, and shows what it found", async () => {
    const home = await browser.newPage(PHONE);
    // The home page goes on to the event at once: keep what its status said, across the navigation.
    await home.addInitScript(() => {
      new MutationObserver(() => {
        const status = document.querySelector('[role="status"]')?.textContent;
        if (status) sessionStorage.setItem("found", status);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await home.goto(`${server.url}/`);
    await home.getByLabel("Code der Veranstaltung").fill("  FUNK LOCH ");
    await home.getByRole("button", { name: "Teilnehmen" }).click();
    await home.waitForURL(`${server.url}/e/funk-loch`);
    await home.getByRole("heading", { name: QUESTION }).waitFor();
    expect(await home.evaluate(() => sessionStorage.getItem("found"))).toBe("✓ Erfolg durch kurze Wege");
    await home.goto(`${server.url}/`);
    await home.getByLabel("Code der Veranstaltung").fill("funkloch");
    await home.getByRole("button", { name: "Teilnehmen" }).click();
    await home.waitForURL(`${server.url}/e/funk-loch`);
    await home.context().close();
  });

  it("takes a pasted join link, and puts the event's own code into a link typed without its hyphen", async () => {
    const home = await browser.newPage(PHONE);
    await home.goto(`${server.url}/`);
    await home.getByLabel("Code der Veranstaltung").fill("https://abstimmen.example.org/e/Funk-Loch/?ref=qr#top");
    await home.getByRole("button", { name: "Teilnehmen" }).click();
    await home.waitForURL(`${server.url}/e/funk-loch`);
    await home.goto(`${server.url}/e/FunkLoch`);
    await home.getByRole("heading", { name: QUESTION }).waitFor();
    expect(new URL(home.url()).pathname).toBe("/e/funk-loch");
    await home.context().close();
  });
});

describe("reading the question aloud", { timeout: TEST_TIMEOUT_MS }, () => {
  /** Speech synthesis as a phone has it, with the given voices arriving a moment after the page. */
  const withVoices = (languages: string[]) => {
    const spoken: { text: string; lang: string }[] = [];
    const listeners: (() => void)[] = [];
    let voices: { lang: string; name: string }[] = [];
    setTimeout(() => {
      voices = languages.map((lang) => ({ lang, name: `Stimme ${lang}` }));
      for (const listener of listeners) listener();
      const fake = window.speechSynthesis as unknown as { onvoiceschanged: (() => void) | null };
      fake.onvoiceschanged?.();
      (window as unknown as { voicesArrived: boolean }).voicesArrived = true;
    }, 300);
    Object.defineProperty(window, "speechSynthesis", {
      value: {
        speaking: false,
        onvoiceschanged: null,
        getVoices: () => voices,
        addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
        removeEventListener: () => {},
        cancel: () => {},
        speak: (utterance: { text: string; voice: { lang: string } }) =>
          spoken.push({ text: utterance.text, lang: utterance.voice.lang }),
      },
    });
    Object.defineProperty(window, "SpeechSynthesisUtterance", {
      value: class {
        voice: unknown = null;
        constructor(public text: string) {}
      },
    });
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
  };

  it("reads the question, the rule and the answers with the phone's German voice, once it has arrived", async () => {
    const phone = await browser.newPage(PHONE);
    await phone.addInitScript(withVoices, ["en-US", "de-DE"]);
    await phone.goto(`${server.url}/e/${event.code}`);
    await phone.getByRole("heading", { name: QUESTION }).waitFor();
    const readAloud = phone.getByRole("button", { name: "Vorlesen" });
    await readAloud.click();
    const spoken = await phone.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken);
    expect(spoken).toEqual([QUESTION, "Wählen Sie eine Antwort.", ...OPTIONS].map((text) => ({ text, lang: "de-DE" })));
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, "voter-read-aloud");
    await phone.context().close();
  });

  it("is not offered where the phone has no voice for the page's language", async () => {
    const phone = await browser.newPage(PHONE);
    await phone.addInitScript(withVoices, ["fr-FR"]);
    await phone.goto(`${server.url}/e/${event.code}`);
    await phone.getByRole("heading", { name: QUESTION }).waitFor();
    await phone.waitForFunction(() => (window as unknown as { voicesArrived?: boolean }).voicesArrived);
    expect(await phone.getByRole("button", { name: "Vorlesen" }).count()).toBe(0);
    await phone.context().close();
  });
});
