// The web pages (voter, moderator console and its results report, projector, overlay), once
// the client is built (`npm run build:client` writes them to dist/client). Hashed assets are
// cached for a year; the HTML is revalidated every time, so a new build reaches every phone on
// its next load.
import { existsSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { WEB_PAGES } from "../../shared/pages.js";
import { errorBody } from "./errors.js";

/** Each page URL and the built HTML that serves it (the page table, which Vite builds by too). */
const PAGE_ROUTES = WEB_PAGES.flatMap((page) => page.urls.map((url) => ({ url, file: page.html })));

/** Pages are for people: the API's document leaves them out (as @fastify/static does its files). */
const PAGE_ROUTE = { schema: { hide: true } };

const ASSET_CACHE = "public, max-age=31536000, immutable";
const PAGE_CACHE = "no-cache";
const PUBLIC_URL_META = '<meta name="handzeichen-public-url" content="" />';

/**
 * dist/client next to dist/server when running the build, or under the repository when running
 * from source (tests, `npm run dev`). The build manifest tells it apart from the client's sources.
 */
function builtClientDir(): string | undefined {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const candidates = [join(here, "../../client"), join(here, "../../dist/client")];
  return candidates.find((dir) => existsSync(join(dir, ".vite/manifest.json")));
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function pageRoutes(app: FastifyInstance): Promise<void> {
  const root = builtClientDir();
  if (root === undefined) {
    app.log.warn("dist/client is missing: the API runs, but the pages need `npm run build:client`");
    for (const page of PAGE_ROUTES) {
      app.get(page.url, PAGE_ROUTE, async (_request, reply) =>
        reply
          .code(503)
          .send(errorBody("INTERNAL", "The web pages are not built yet: run `npm run build:client`, then restart.")),
      );
    }
    return;
  }

  // Read once: the join links and QR codes of every page point at PUBLIC_URL when it is set.
  const publicUrl = app.config.publicUrl ?? "";
  const html = new Map<string, string>();
  for (const { html: file } of WEB_PAGES) {
    const built = readFileSync(join(root, file), "utf8");
    html.set(
      file,
      built.replace(PUBLIC_URL_META, `<meta name="handzeichen-public-url" content="${escapeAttribute(publicUrl)}" />`),
    );
  }
  const sendPage = (reply: FastifyReply, file: string) =>
    reply.type("text/html; charset=utf-8").header("cache-control", PAGE_CACHE).send(html.get(file));

  for (const page of PAGE_ROUTES) app.get(page.url, PAGE_ROUTE, async (_request, reply) => sendPage(reply, page.file));

  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    // One route per built file, so unknown paths still reach the API's JSON 404.
    wildcard: false,
    index: false,
    // The HTML goes out through the routes above (with PUBLIC_URL); the build manifest not at all.
    globIgnore: ["**/*.html", "**/*.gz", "**/*.br", ".vite/**"],
    serveDotFiles: false,
    // The build writes .br and .gz next to each asset (vite.config.ts); send those when accepted.
    preCompressed: true,
    cacheControl: false,
    setHeaders(response, path) {
      const isAsset = path.includes(`${sep}assets${sep}`);
      response.setHeader("cache-control", isAsset ? ASSET_CACHE : PAGE_CACHE);
      response.setHeader("vary", "accept-encoding");
    },
  });
}
