// Open-text polls in the browser: a phone writes answers (with a live character count) and sees
// the ranked list; the projector draws the word cloud without overlaps at 1920×1080 and 1024×768,
// and the list view; the overlay (dark and light) too; the console hides a word and every screen
// drops it. Screenshots are left under tests/output/screenshots to look at.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, FULL_HD, HD, PHONE, screenshot, useBrowser } from "./browser.js";

const server = useServer();
const browser = useBrowser();

const WORDS = [
  ["Netzwerke", 14],
  ["Vertrauen", 11],
  ["Kaffee", 9],
  ["Zeit", 8],
  ["Begegnung", 6],
  ["Mut", 5],
  ["Austausch", 4],
  ["Zusammenarbeit", 3],
  ["Ideen", 3],
  ["Kinderbetreuung", 2],
  ["Mist", 2],
  ["Sprachkurse", 1],
  ["Geduld", 1],
  ["Humor", 1],
] as const;

async function answer(event: EventFixture, pollId: number, answers: string[]) {
  const reply = await request(server.url, "POST", `/api/events/${event.code}/polls/${pollId}/votes`, {
    body: { answers },
  });
  expect(reply.status).toBe(200);
}

/** The drawn words' boxes overlap nowhere and stay inside the cloud. */
async function cloudProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cloud = document.querySelector(".word-cloud")?.getBoundingClientRect();
    const boxes = [...document.querySelectorAll(".cloud-word")].map((word) => ({
      text: word.textContent ?? "",
      box: word.getBoundingClientRect(),
    }));
    const problems: string[] = [];
    if (!cloud) return ["no cloud"];
    for (const [index, { text, box }] of boxes.entries()) {
      if (
        box.left < cloud.left - 1 ||
        box.right > cloud.right + 1 ||
        box.top < cloud.top - 1 ||
        box.bottom > cloud.bottom + 1
      )
        problems.push(`${text} leaves the cloud`);
      for (const other of boxes.slice(index + 1)) {
        const b = other.box;
        if (box.left < b.right - 1 && b.left < box.right - 1 && box.top < b.bottom - 1 && b.top < box.bottom - 1)
          problems.push(`${text} overlaps ${other.text}`);
      }
    }
    return problems;
  });
}

describe("open-text polls and the word cloud", () => {
  it("takes answers on a phone and draws them as a cloud on the projector and the overlay", async () => {
    const event = await createEvent(server.url, { title: "Erfolg durch kurze Wege", locale: "de" });
    const poll = await createPoll(server.url, event, {
      type: "text",
      question: "Was nehmen Sie heute mit?",
      maxAnswers: 2,
      maxLength: 20,
    });
    await pollAction(server.url, event, poll.id, "open");
    for (const [word, times] of WORDS) for (let n = 0; n < times; n++) await answer(event, poll.id, [word]);

    const phone = await browser.newPage(PHONE);
    await phone.goto(`${server.url}/e/${event.code}`);
    const first = phone.getByLabel("Antwort 1");
    await first.fill("Gute Gespräche");
    await expect.poll(() => phone.locator(".characters-left").first().textContent()).toBe("Noch 6 Zeichen");
    await phone.getByLabel("Antwort 2").fill("  netzwerke ");
    await screenshot(phone, "words-phone-form-de");
    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByRole("button", { name: "Stimme abgeben" }).click();
    await phone.locator(".text-ranking").waitFor();
    await expect.poll(() => phone.locator(".text-ranking li").first().textContent()).toContain("Netzwerke");
    await screenshot(phone, "words-phone-ranking-de", { fullPage: true });
    expect(await axeViolations(phone)).toEqual([]);

    for (const [name, size] of [
      ["1920", FULL_HD],
      ["1024", { viewport: { width: 1024, height: 768 } }],
    ] as const) {
      const projector = await browser.newPage(size);
      await projector.goto(`${server.url}/present/${event.code}`);
      await projector.locator(".cloud-word").first().waitFor();
      await expect.poll(() => projector.locator(".cloud-word").count()).toBe(WORDS.length + 1);
      // Words glide into place (0.4 s): measured once they are there.
      await expect.poll(() => cloudProblems(projector), { timeout: 3000 }).toEqual([]);
      // Screen readers get the same figures as a list.
      expect(await projector.locator(".word-cloud ol li").first().textContent()).toMatch(
        /^Netzwerke: 15 Personen, 21\s%$/u,
      );
      await screenshot(projector, `words-projector-${name}`);
      expect(await axeViolations(projector)).toEqual([]);
    }

    const list = await browser.newPage(FULL_HD);
    await list.goto(`${server.url}/present/${event.code}?view=list`);
    await list.locator(".word-row").first().waitFor();
    await screenshot(list, "words-projector-list");

    for (const theme of ["dark", "light"]) {
      const overlay = await browser.newPage(HD);
      await overlay.goto(`${server.url}/overlay/${event.code}?theme=${theme}`);
      await overlay.locator(".cloud-word").first().waitFor();
      await expect.poll(() => cloudProblems(overlay), { timeout: 3000 }).toEqual([]);
      await screenshot(overlay, `words-overlay-${theme}`, { transparent: true });
    }

    // The console hides a word: every screen drops it at once.
    const projector = await browser.newPage(FULL_HD);
    await projector.goto(`${server.url}/present/${event.code}`);
    await projector.locator(".cloud-word", { hasText: "Mist" }).waitFor();
    const console = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await console.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);
    const row = console.locator(".word-group", { hasText: "Mist" });
    await row.getByRole("button", { name: "Ausblenden" }).click();
    await row.locator(".chip.hidden").waitFor();
    await projector.locator(".cloud-word", { hasText: "Mist" }).waitFor({ state: "detached" });
    await row.getByRole("button", { name: "Antworten ansehen" }).click();
    await row.locator(".spellings li").first().waitFor();
    await screenshot(console, "words-console", { fullPage: true });
    expect(await axeViolations(console)).toEqual([]);
  }, 90_000);

  for (const locale of ["tr", "ar"] as const) {
    it(`shows the cloud and the phone's form in ${locale}`, async () => {
      const event = await createEvent(server.url, { title: "Kısa yollar", locale });
      const question = locale === "tr" ? "Bugün aklınızda ne kaldı?" : "ما الذي ستأخذه معك اليوم؟";
      const poll = await createPoll(server.url, event, { type: "text", question, maxAnswers: 3 });
      await pollAction(server.url, event, poll.id, "open");
      const words =
        locale === "tr"
          ? ["İstanbul", "istanbul", "Çay", "Güven", "Ağ", "Sabır", "Işık", "Umut"]
          : ["شبكات", "ثقة", "قهوة", "وقت", "لقاء", "شجاعة", "Netzwerk", "أفكار"];
      for (const [index, word] of words.entries())
        for (let n = 0; n <= index % 4; n++) await answer(event, poll.id, [word]);
      const phone = await browser.newPage({ ...PHONE, locale });
      await phone.goto(`${server.url}/e/${event.code}`);
      await phone.locator(".text-answer input").first().waitFor();
      await screenshot(phone, `words-phone-form-${locale}`);
      expect(await axeViolations(phone)).toEqual([]);
      for (const [name, size] of [
        ["1920", FULL_HD],
        ["1024", { viewport: { width: 1024, height: 768 } }],
      ] as const) {
        const projector = await browser.newPage({ ...size, locale });
        await projector.goto(`${server.url}/present/${event.code}`);
        await projector.locator(".cloud-word").first().waitFor();
        // Words glide into place (0.4 s): measured once they are there.
        await expect.poll(() => cloudProblems(projector), { timeout: 3000 }).toEqual([]);
        await screenshot(projector, `words-projector-${name}-${locale}`);
      }
    }, 60_000);
  }
});
