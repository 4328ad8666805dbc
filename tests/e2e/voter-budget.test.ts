// The voter page's weight budget (docs/performance.md: all JS + CSS ≤ 20 KB gzipped), measured on the build
// output (`npm run build` runs before the tests in `npm test`). Follows the voter build's manifest
// from its entry through every static and dynamic import, so nothing the page can load is missed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const DIST = join(import.meta.dirname, "../../dist/client");
const VOTER_MANIFEST = join(DIST, ".vite/voter-manifest.json");
const BUDGET_BYTES = 20 * 1024;

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[] };

function voterFiles(manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit("index.html");
  return files;
}

const readManifest = () => JSON.parse(readFileSync(VOTER_MANIFEST, "utf8")) as Record<string, ManifestChunk>;

const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

describe("the voter page's budget", () => {
  // Counted in full: the texts of every language and the lazily loaded "Create an event" form too.
  it("loads at most 20 KB of JS and CSS, gzipped, with the texts of every language", () => {
    expect(existsSync(VOTER_MANIFEST), "dist/client is missing: run `npm run build` first").toBe(true);
    const files = [...voterFiles(readManifest())];
    expect(files.some((file) => file.endsWith(".css"))).toBe(true);
    const sizes = Object.fromEntries(files.map((file) => [file, gzipped(file)]));
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    expect(total, `voter page: ${total} bytes gzipped, ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("loads no web fonts and nothing from other hosts", () => {
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    expect(html).not.toMatch(/https?:\/\//);
    for (const file of voterFiles(readManifest())) {
      const content = readFileSync(join(DIST, file), "utf8");
      expect(content).not.toMatch(/@font-face|url\(\s*["']?https?:/);
    }
  });
});
