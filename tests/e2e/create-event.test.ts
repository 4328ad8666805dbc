// The organisers' page at /new, in a real browser against the real built server: the home page
// leads there, phones that only vote never load it, it speaks the organiser's language (right
// to left in Arabic), says why an event was not created, and hands over the moderator link.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createEvent } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, PHONE, screenshot, useBrowser } from "./browser.js";

const TEST_TIMEOUT_MS = 60_000;

const server = useServer();
const browser = useBrowser();

/** The scripts and stylesheets a page fetched, by their build names ("voter", "create", …). */
function assetsOf(page: Page): string[] {
  const assets: string[] = [];
  page.on("request", (request) => {
    const name = /\/assets\/([a-z]+)-[\w-]+\.(?:js|css)$/.exec(request.url())?.[1];
    if (name) assets.push(name);
  });
  return assets;
}

const documentLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe("the organisers' page", { timeout: TEST_TIMEOUT_MS }, () => {
  it("is a link away from the home page, which itself never loads it", async () => {
    const phone = await browser.newPage({ ...PHONE, locale: "tr-TR" });
    const assets = assetsOf(phone);
    await phone.goto(`${server.url}/`);
    const link = phone.getByRole("link", { name: "Etkinlik oluştur" });
    await link.waitFor();
    expect(assets).not.toContain("create");
    await screenshot(phone, "home-tr", { fullPage: true });

    await link.click();
    await phone.waitForURL(`${server.url}/new`);
    await phone.getByRole("heading", { name: "Yeni etkinlik" }).waitFor();
    expect(assets).toContain("create");
    await expect.poll(() => documentLanguage(phone)).toEqual({ lang: "tr", dir: "ltr" });
    await expect.poll(() => phone.title()).toBe("Handzeichen: etkinlik oluştur");
    expect(await axeViolations(phone)).toEqual([]);
  });

  it("creates an event in the organiser's language and shows its moderator link once, with the way to the console", async () => {
    const phone = await browser.newPage({ ...PHONE, locale: "tr-TR" });
    await phone.goto(`${server.url}/new`);
    await phone.getByLabel("Etkinliğin adı").fill("Kısa yollarla başarı");
    await phone.getByLabel("Kod (boş bırakabilirsiniz)").fill("Kisa-Yol");
    // The event's language starts as the page's.
    expect(await phone.getByLabel("Etkinliğin dili").inputValue()).toBe("tr");
    await phone.getByRole("button", { name: "Etkinliği oluştur" }).click();
    const linkField = phone.getByLabel("Moderatör bağlantısı");
    await linkField.waitFor();
    const moderatorLink = await linkField.inputValue();
    expect(moderatorLink).toMatch(/\/moderate\/kisa-yol#key=[A-Za-z0-9_-]{20,}$/);
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, "create-created-tr", { fullPage: true });

    await phone.getByRole("link", { name: "Moderatör sayfasını aç" }).click();
    await phone.waitForURL(`${server.url}/moderate/kisa-yol`);
    expect((await eventOf(server.url, "kisa-yol")).locale).toBe("tr");
  });

  it("runs right to left in Arabic and says in Arabic that a code is taken, keeping what was typed", async () => {
    await createEvent(server.url, { code: "multaqa" });
    const phone = await browser.newPage({ ...PHONE, locale: "ar" });
    await phone.goto(`${server.url}/new`);
    await phone.getByRole("heading", { name: "فعالية جديدة" }).waitFor();
    await expect.poll(() => documentLanguage(phone)).toEqual({ lang: "ar", dir: "rtl" });
    await phone.getByLabel("اسم الفعالية").fill("ملتقى الطرق القصيرة");
    await phone.getByLabel("الرمز (اختياري)").fill("multaqa");
    await phone.getByRole("button", { name: "إنشاء الفعالية" }).click();
    await phone.getByRole("alert").getByText("هذا الرمز مستخدم من قبل. يُرجى اختيار رمز آخر.").waitFor();
    expect(await phone.getByLabel("اسم الفعالية").inputValue()).toBe("ملتقى الطرق القصيرة");
    expect(await axeViolations(phone)).toEqual([]);
    await screenshot(phone, "create-code-taken-ar", { fullPage: true });
  });
});

/** The event as the API shows it. */
async function eventOf(url: string, code: string): Promise<{ locale: string }> {
  const reply = await fetch(`${url}/api/events/${code}`);
  return ((await reply.json()) as { event: { locale: string } }).event;
}
