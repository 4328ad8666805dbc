// The page table (shared/pages.ts) as built and served: every URL of every page answers with
// that page's HTML, made from the one shell, whose script is the page's own build of its entry,
// and with PUBLIC_URL filled in. Reads the build output (`npm run build` runs before the tests).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { WEB_PAGES } from "../../shared/pages.js";
import { useServer } from "../helpers/server.js";

const DIST = join(import.meta.dirname, "../../dist/client");
const PUBLIC_URL = "https://vote.example.org";

type ManifestChunk = { file: string; src?: string; isEntry?: boolean };

/** Both passes' manifests (vite.config.ts), keyed by the page's HTML. */
function builtEntries(): Record<string, ManifestChunk> {
  const read = (name: string) => JSON.parse(readFileSync(join(DIST, ".vite", name), "utf8"));
  return { ...read("manifest.json"), ...read("voter-manifest.json") };
}

beforeAll(() => {
  expect(existsSync(join(DIST, ".vite/manifest.json")), "dist/client is missing: run `npm run build` first").toBe(true);
});
const server = useServer({ publicUrl: PUBLIC_URL });

describe("the page table", () => {
  it("names each page, HTML and entry once", () => {
    const once = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    once(WEB_PAGES.map((page) => page.name));
    once(WEB_PAGES.map((page) => page.html));
    once(WEB_PAGES.map((page) => page.entry));
    once(WEB_PAGES.flatMap((page) => page.urls));
  });

  for (const page of WEB_PAGES) {
    it(`serves the ${page.name} page's own build at ${page.urls.join(" and ")}`, async () => {
      const entry = builtEntries()[page.html];
      expect(entry?.isEntry, `${page.html} is not an entry of the build`).toBe(true);
      const script = `/${entry?.file}`;
      expect(script).toMatch(new RegExp(`^/assets/${page.name}-[\\w-]+\\.js$`));
      for (const url of page.urls) {
        const reply = await fetch(server.url + url.replace(":code", "kurze-wege"));
        expect(reply.status).toBe(200);
        expect(reply.headers.get("content-type")).toMatch(/^text\/html/);
        const html = await reply.text();
        expect(html).toContain(`<script type="module" crossorigin src="${script}"></script>`);
        expect(html).toContain(`<meta name="handzeichen-public-url" content="${PUBLIC_URL}" />`);
        expect(html).not.toContain("{{");
      }
      expect((await fetch(server.url + script)).status).toBe(200);
    });
  }
});
