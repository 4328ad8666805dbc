// The Chromium the e2e tests drive with playwright-core, axe-core checks and screenshots.
// `useBrowser()` is how a test file gets one: it owns the set-up and the teardown.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

export const SCREENSHOT_DIR = join(import.meta.dirname, "../output/screenshots");
/**
 * How long one step (a click, a wait for an element) may take: Playwright's precise message
 * then comes well before the test's own timeout.
 */
export const STEP_TIMEOUT_MS = 8000;
/** Debian's Chromium, used when the machine has it (apt-get install chromium). */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

const require = createRequire(import.meta.url);

/**
 * The browser to drive: CHROMIUM_PATH if set, else Debian's Chromium if it is installed, else
 * the headless shell that the npm package @sparticuz/chromium carries inside it, so that
 * `npm install && npm test` needs no browser on the machine and downloads none.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (isProgram(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return unpackedBundledChromium();
}

/** A regular file that may be run: a path with /dev/null mounted over it (as .ci/run does) is none. */
function isProgram(path: string): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() && (stat.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/**
 * @sparticuz/chromium's brotli-packed binary, unpacked once into a folder named for the package's
 * version. Its own executablePath() unpacks to a fixed /tmp/chromium and trusts whatever is there,
 * a half-written file from the test file launching beside this one or another version's binary;
 * here each process writes its own partial file and renames it into place, so a file that is
 * there is whole. Its fonts are not needed (Chromium uses the machine's fontconfig fonts, and
 * DejaVu covers German, Turkish, Arabic and Persian), nor its SwiftShader (the GPU is off).
 */
async function unpackedBundledChromium(): Promise<string> {
  const packageDir = join(dirname(require.resolve("@sparticuz/chromium")), "..");
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
  const folder = join(tmpdir(), `handzeichen-chromium-${version}`);
  const binary = join(folder, "chromium");
  if (existsSync(binary)) return binary;
  mkdirSync(folder, { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await pipeline(
      createReadStream(join(packageDir, "bin", "chromium.br")),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    renameSync(partial, binary);
  } finally {
    rmSync(partial, { force: true });
  }
  return binary;
}

/** A phone as many in the audience have it: small, touch, 2× pixels. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const LAPTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
export const FULL_HD: BrowserContextOptions = { viewport: { width: 1920, height: 1080 } };
export const HD: BrowserContextOptions = { viewport: { width: 1280, height: 720 } };

/**
 * Playwright adds --headless and --no-sandbox (we run as root). None of @sparticuz/chromium's
 * serverless flags are needed here, and some (--disable-web-security) would hide what the
 * pages' Content-Security-Policy and same-origin rules do; the background-networking flags
 * keep Chromium from calling out of this machine's closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * axe-core's violations on the page as it is now (WCAG 2.x A and AA plus best practices).
 * The source is evaluated through the DevTools protocol, so the pages' CSP needs no exception.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Colours are measured once a fade or a glide (an overlay's card coming in) has ended; endless
  // animations (a dot's blink) never do.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity),
  );
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    })) as { violations: AxeViolation[] };
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => JSON.stringify(node.target))
        .join(", ")}`,
  );
}

export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; transparent?: boolean } = {},
) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: options.fullPage ?? false,
    omitBackground: options.transparent ?? false,
    animations: "disabled",
  });
}

/** The browser of a test file (or describe block), as `useBrowser` hands it out. */
export type BrowserHandle = {
  /**
   * A page in a context of its own (cookies, storage), in German unless `options.locale` says
   * otherwise; every step on it fails after STEP_TIMEOUT_MS. Its uncaught errors fail the block.
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
};

/**
 * Chromium for the tests of the calling file or describe block: launched before the first,
 * closed with every page after the last. A failed test leaves a full-page screenshot of every
 * open page under tests/output/screenshots, to see what the browser saw; an error thrown on
 * any page fails the block.
 */
export function useBrowser(): BrowserHandle {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async (test) => {
    if (test.task.result?.state !== "fail") return;
    const pages = contexts.flatMap((context) => context.pages());
    const name = test.task.name.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 60);
    await Promise.all(pages.map((page, index) => screenshot(page, `failed-${name}-${index}`, { fullPage: true })));
  });
  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await browser?.close();
    browser = undefined;
    expect(pageErrors).toEqual([]);
  });

  return {
    newPage: async (options = {}) => {
      if (!browser) throw new Error("the browser is not running: use it inside a test or a hook");
      const context = await browser.newContext({ locale: "de-DE", ...options });
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
  };
}
