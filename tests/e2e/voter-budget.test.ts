// The voter page's weight budget (docs/performance.md: all JS + CSS ≤ 20 KB gzipped), measured on the build
// output (`npm run build` runs before the tests in `npm test`). Follows the voter build's manifest
// from its entry through every static and dynamic import, so nothing the page can load is missed.
// A phone loads the texts of one language only (client/voter/voter-strings.ts): of the nine
// language chunks, the largest one counts. Views that only some events use (audience Q&A, open
// answers) are loaded when the event first needs them: what a phone loads before it can vote stays
// within 20 KB, and each such view within its own budget, so none grows unnoticed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../shared/locales.js";

const DIST = join(import.meta.dirname, "../../dist/client");
const VOTER_MANIFEST = join(DIST, ".vite/voter-manifest.json");
const BUDGET_BYTES = 20 * 1024;
/** Each view loaded later, with what it alone imports (docs/performance.md, "Voter page"). */
const LAZY_VIEW_BUDGET_BYTES = 6 * 1024;
/** A language's texts: client/i18n/<locale>.ts, as the voter build's manifest names its source. */
const LANGUAGE_SOURCE = /^i18n\/([a-z]{2})\.ts$/;

type ManifestChunk = {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
  css?: string[];
  /** Files a chunk refers to by URL: the stylesheets of views loaded later (client/common/stylesheet.ts). */
  assets?: string[];
  imports?: string[];
  dynamicImports?: string[];
};
type Manifest = Record<string, ManifestChunk>;

/** The files the page can load, as manifest keys reached from the entry. */
function voterChunks(manifest: Manifest): Set<string> {
  return reachable(manifest, "index.html", true);
}

/** Manifest keys reached from `start` through static imports, and dynamic ones too if asked. */
function reachable(manifest: Manifest, start: string, dynamic: boolean, known: ReadonlySet<string> = new Set()) {
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (!manifest[key] || keys.has(key) || known.has(key)) return;
    keys.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
    if (dynamic) for (const next of manifest[key].dynamicImports ?? []) visit(next);
  };
  visit(start);
  return keys;
}

/** What the page loads before it can vote (its entry and static imports), and the views it loads later. */
function upFrontAndLater(manifest: Manifest) {
  const upFront = reachable(manifest, "index.html", false);
  const later = [...voterChunks(manifest)].filter(
    (key) => manifest[key]?.isDynamicEntry && !LANGUAGE_SOURCE.test(key) && !upFront.has(key),
  );
  return { upFront, views: later.map((key) => ({ key, keys: reachable(manifest, key, false, upFront) })) };
}

const filesOf = (manifest: Manifest, keys: Iterable<string>): string[] =>
  [...keys].flatMap((key) => [
    manifest[key]?.file ?? "",
    ...(manifest[key]?.css ?? []),
    ...(manifest[key]?.assets ?? []).filter((file) => file.endsWith(".css")),
  ]);

const readManifest = () => JSON.parse(readFileSync(VOTER_MANIFEST, "utf8")) as Manifest;

const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

describe("the voter page's budget", () => {
  it("loads at most 20 KB of JS and CSS, gzipped, with the texts of its one language, before a phone can vote", () => {
    expect(existsSync(VOTER_MANIFEST), "dist/client is missing: run `npm run build` first").toBe(true);
    const manifest = readManifest();
    const { upFront } = upFrontAndLater(manifest);
    const languages = [...voterChunks(manifest)].filter((key) => LANGUAGE_SOURCE.test(key));
    const page = filesOf(manifest, upFront);
    expect(page.some((file) => file.endsWith(".css"))).toBe(true);
    const sizes = Object.fromEntries(page.map((file) => [file, gzipped(file)]));
    const languageSizes = Object.fromEntries(languages.map((key) => [key, gzipped(manifest[key]?.file ?? "")]));
    const largestLanguage = Math.max(0, ...Object.values(languageSizes));
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0) + largestLanguage;
    expect(
      total,
      `voter page: ${total} bytes gzipped, ${JSON.stringify(sizes)}, largest language of ${JSON.stringify(languageSizes)}`,
    ).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("loads each view that only some events use later, each within its own budget", () => {
    const manifest = readManifest();
    for (const view of upFrontAndLater(manifest).views) {
      const size = filesOf(manifest, view.keys).reduce((sum, file) => sum + gzipped(file), 0);
      expect(size, `${view.key}: ${size} bytes gzipped`).toBeLessThanOrEqual(LAZY_VIEW_BUDGET_BYTES);
    }
  });

  it("has one lazy chunk per language, which the page's own script does not hold or import up front", () => {
    const manifest = readManifest();
    const languages = [...voterChunks(manifest)].filter((key) => LANGUAGE_SOURCE.test(key));
    expect(languages.map((key) => LANGUAGE_SOURCE.exec(key)?.[1]).sort()).toEqual([...LOCALES].sort());
    for (const key of languages) expect(manifest[key]?.isDynamicEntry, key).toBe(true);
    const entry = manifest["index.html"];
    expect(entry?.imports ?? []).toEqual([]);
    const script = readFileSync(join(DIST, entry?.file ?? ""), "utf8");
    expect(script).not.toContain("Stimme abgeben");
    expect(script).not.toContain("Send my vote");
  });

  it("keeps the other pages' texts out of the voter's language chunks", () => {
    const manifest = readManifest();
    const german = readFileSync(join(DIST, manifest["i18n/de.ts"]?.file ?? ""), "utf8");
    expect(german).toContain("Stimme abgeben");
    // The console's, the projector's and the report's texts are loaded by those pages only.
    expect(german).not.toContain("Ergebnisse herunterladen");
    expect(german).not.toContain("Mit dem Handy abstimmen");
    expect(german).not.toContain("Ergebnisbericht");
  });

  it("loads no web fonts and nothing from other hosts", () => {
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    expect(html).not.toMatch(/https?:\/\//);
    for (const file of filesOf(readManifest(), voterChunks(readManifest()))) {
      const content = readFileSync(join(DIST, file), "utf8");
      expect(content).not.toMatch(/@font-face|url\(\s*["']?https?:/);
    }
  });
});
