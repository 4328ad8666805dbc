// The whole audience Q&A flow through the pages only, as an event runs it: the moderator turns
// questions on with approval first in the console and puts them on the projector; a phone asks
// (it waits for approval); the moderator approves and highlights it in the console; a second phone
// upvotes it; the projector shows it large with its upvote, the stream overlay (?show=qa) as a
// lower third with the asker's name. Screenshots of each face, and axe on each.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { qa as voterQa } from "../../client/i18n/voter-qa/de.js";
import { createEvent } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { axeViolations, HD, PHONE, screenshot, useBrowser } from "./browser.js";

const QUESTION = "Gibt es während der Messe eine Kinderbetreuung?";
const STREAM = { viewport: { width: 1280, height: 720 } };

describe("audience Q&A from the phone to the stream", { timeout: 120_000 }, () => {
  const server = useServer();
  const browser = useBrowser();

  async function expectAccessible(page: Page, name: string) {
    expect(await axeViolations(page), name).toEqual([]);
    await screenshot(page, `qa-flow-${name}`);
  }

  it("goes from a question on a phone through the console to the projector and the overlay", async () => {
    const event = await createEvent(server.url, { title: "Kurze Wege – Jobmesse", locale: "de" });
    const console = await browser.newPage(HD);
    await console.goto(`${server.url}/moderate/${event.code}#key=${event.key}`);

    // The moderator: questions on, each approved first; the projector shows the questions.
    await console.getByLabel("Das Publikum kann Fragen stellen").check();
    await console.getByLabel("Jede Frage erst freigeben").check();
    await console.getByRole("button", { name: "Einstellungen für Fragen speichern" }).click();
    await console.getByRole("button", { name: "Fragen zeigen" }).click();
    await expect
      .poll(() => console.getByRole("button", { name: "Fragen zeigen" }).getAttribute("aria-pressed"))
      .toBe("true");

    const projector = await browser.newPage(HD);
    await projector.goto(`${server.url}/present/${event.code}`);
    await projector.getByText("Noch keine Fragen – stellen Sie Ihre Frage auf dem Handy").waitFor();
    const overlay = await browser.newPage(STREAM);
    await overlay.goto(`${server.url}/overlay/${event.code}?show=qa`);

    // A phone asks, with a name; it waits for approval, and nobody else sees it yet.
    const asker = await browser.newPage(PHONE);
    await asker.goto(`${server.url}/e/${event.code}`);
    await asker.getByLabel(voterQa.askLabel).fill(QUESTION);
    await asker.getByLabel(voterQa.nameLabel).fill("Ayşe");
    await asker.getByRole("button", { name: voterQa.ask }).click();
    await asker.locator(".qa-item", { hasText: QUESTION }).getByText(voterQa.pending).waitFor();
    await expectAccessible(asker, "phone-waiting");
    const neighbour = await browser.newPage(PHONE);
    await neighbour.goto(`${server.url}/e/${event.code}`);
    await neighbour.getByLabel(voterQa.askLabel).waitFor();
    expect(await neighbour.locator(".qa-item").count()).toBe(0);
    expect(await projector.locator("body").textContent()).not.toContain(QUESTION);

    // The console: the question waits in the queue; approve, then highlight.
    const queued = console.locator("li.question", { hasText: QUESTION });
    await queued.getByRole("button", { name: "Freigeben" }).click();
    await console.getByRole("heading", { name: "Fragen für alle (1)" }).waitFor();
    await console.locator("li.question", { hasText: QUESTION }).getByRole("button", { name: "Hervorheben" }).click();
    await expectAccessible(console, "console");

    // The second phone now sees it and upvotes it; the asker's phone counts along.
    const upvote = neighbour.locator(".qa-item", { hasText: QUESTION }).getByRole("button");
    await upvote.click();
    await expect.poll(() => upvote.getAttribute("aria-pressed")).toBe("true");
    await expect
      .poll(() => asker.locator(".qa-item", { hasText: QUESTION }).getByRole("button").textContent())
      .toContain("1");
    await expectAccessible(neighbour, "phone-upvoted");

    // The projector: the highlighted question large, with its upvote and asker.
    const spotlight = projector.locator(".spotlight");
    await expect.poll(() => spotlight.locator(".spotlight-text").textContent()).toBe(QUESTION);
    await expect.poll(() => spotlight.locator(".upvotes [aria-hidden]").textContent()).toBe("▲ 1");
    expect(await spotlight.locator(".asker").textContent()).toBe("Gefragt von Ayşe");
    await expectAccessible(projector, "projector");

    // The overlay: the lower third with the question and the asker's name.
    const card = overlay.locator(".overlay.in .qa-card");
    await card.waitFor();
    expect(await card.locator(".question").textContent()).toBe(QUESTION);
    expect(await card.locator(".asker").textContent()).toBe("Gefragt von Ayşe");
    await expectAccessible(overlay, "overlay");

    // Marked answered in the console: it leaves the projector's spotlight and the overlay.
    await console.locator("li.question", { hasText: QUESTION }).getByRole("button", { name: "Beantwortet" }).click();
    await overlay.locator(".overlay.in").waitFor({ state: "detached" });
    await expect.poll(() => projector.locator(".spotlight").count()).toBe(0);
  });
});
