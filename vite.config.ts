// Builds the pages of shared/pages.ts into dist/client and, in development, serves them with
// the API proxied to the Fastify server. Every page's HTML is the one shell client/page-shell.html
// filled in for the page. The voter page is built in a pass of its own, after the others:
// sharing chunks with them would split it into several requests and pull the console's
// texts into it; alone, it is one small script and one stylesheet for a slow phone.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import preact from "@preact/preset-vite";
import { build, defineConfig, type InlineConfig, type Plugin } from "vite";
import { WEB_PAGES, type WebPage } from "./shared/pages.js";

const CLIENT = resolve(import.meta.dirname, "client");
const OUT_DIR = resolve(import.meta.dirname, "dist/client");
const PAGE_SHELL = resolve(CLIENT, "page-shell.html");
/** Where `npm run dev` runs the API (scripts/dev.mjs starts it there). */
const API_PORT = Number(process.env.API_PORT ?? 3000);
/** The voter pass's manifest, next to the main one; the budget test reads it. */
export const VOTER_MANIFEST = ".vite/voter-manifest.json";
/** The page built in the voter pass; the others share the main pass. */
const VOTER_PAGE = "voter";

/** Old phones: syntax down to ES2018 (iOS 12, Chrome 64); no APIs newer than that are used. */
const BUILD_TARGETS = {
  target: ["es2018", "safari12", "chrome64", "firefox62"],
  cssTarget: ["safari12", "chrome64", "firefox62"],
};

/** The page's HTML: the shell with the page's script, and its extras where it has them. */
function pageHtml(page: WebPage): string {
  const slots: Record<string, string> = {
    theme: page.themeColor
      ? `<meta name="color-scheme" content="light" />\n    <meta name="theme-color" content="${page.themeColor}" />`
      : "",
    entry: `/${page.entry}`,
    placeholder: page.placeholder ? `<p class="connecting">${page.placeholder}</p>` : "",
    noscript: page.noScript ? `<noscript>${page.noScript}</noscript>` : "",
  };
  return (
    readFileSync(PAGE_SHELL, "utf8")
      // The shell's own comment says what it is; the pages need not carry it.
      .replace(/^<!--[\s\S]*?-->\n/, "")
      .replace(/\{\{(\w+)\}\}/g, (_slot, name: string) => slots[name] ?? "")
      // A slot left empty leaves no blank line.
      .replace(/\n[ ]*(?=\n)/g, "")
  );
}

/** A URL of the page table in Fastify's syntax as a pattern; `:code` never holds a dot or slash. */
const urlPattern = (url: string) =>
  new RegExp(
    `^${url
      .replace(/\/$/, "")
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/:\w+/g, "[^/.]+")}/?$`,
  );

/**
 * Every page's HTML comes from the shell: in the build, as if `client/<page.html>` were a file;
 * in development, sent for the page's URLs (the server's routes, pages.ts) and its HTML's path.
 */
function pagesFromShell(pages: readonly WebPage[]): Plugin {
  const byFile = new Map(pages.map((page) => [resolve(CLIENT, page.html), page]));
  const routes = pages.flatMap((page) =>
    [...page.urls, `/${page.html}`].map((url) => ({ page, pattern: urlPattern(url) })),
  );
  return {
    name: "handzeichen-pages-from-shell",
    // Before Vite's own resolver, which would look for the HTML on disk.
    enforce: "pre",
    resolveId: (id) => (byFile.has(id) ? id : undefined),
    load(id) {
      const page = byFile.get(id);
      return page ? pageHtml(page) : undefined;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? "/").split("?")[0] ?? "/";
        const route = routes.find(({ pattern }) => pattern.test(path));
        if (!route || (request.method !== "GET" && request.method !== "HEAD")) return next();
        server
          .transformIndexHtml(`/${route.page.html}`, pageHtml(route.page), request.originalUrl)
          .then((html) => {
            response.setHeader("content-type", "text/html; charset=utf-8");
            response.setHeader("cache-control", "no-cache");
            response.end(html);
          })
          .catch(next);
      });
    },
  };
}

/** Writes .br and .gz next to each text asset; the server sends them as they are (preCompressed). */
function precompress(): void {
  const compressible = /\.(js|css|svg)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  for (const file of walk(OUT_DIR)) {
    if (!compressible.test(file)) continue;
    const content = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

const voterPages = WEB_PAGES.filter((page) => page.name === VOTER_PAGE);
const mainPages = WEB_PAGES.filter((page) => page.name !== VOTER_PAGE);
const inputsOf = (pages: readonly WebPage[]) =>
  Object.fromEntries(pages.map((page) => [page.name, resolve(CLIENT, page.html)]));

/** After the main pass: the voter page on its own, then compression of everything. */
function voterPass(): Plugin {
  return {
    name: "handzeichen-voter-pass",
    apply: "build",
    async closeBundle() {
      const voter: InlineConfig = {
        configFile: false,
        root: CLIENT,
        base: "/",
        publicDir: false,
        logLevel: "warn",
        plugins: [preact(), pagesFromShell(voterPages)],
        build: {
          ...BUILD_TARGETS,
          outDir: OUT_DIR,
          emptyOutDir: false,
          manifest: VOTER_MANIFEST,
          modulePreload: false,
          rollupOptions: { input: inputsOf(voterPages) },
        },
      };
      await build(voter);
      precompress();
    },
  };
}

export default defineConfig({
  root: CLIENT,
  base: "/",
  publicDir: resolve(CLIENT, "public"),
  // The server answers only the pages' URLs; so does the development server.
  appType: "mpa",
  plugins: [preact(), pagesFromShell(WEB_PAGES), voterPass()],
  // The pages' scripts, where Vite would otherwise look for HTML files to find the dependencies.
  optimizeDeps: { entries: WEB_PAGES.map((page) => page.entry) },
  build: {
    ...BUILD_TARGETS,
    outDir: OUT_DIR,
    emptyOutDir: true,
    // The server finds the build by this manifest (pages.ts).
    manifest: true,
    // Browsers without modulepreload simply fetch the imports when the script asks for them.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: inputsOf(mainPages),
      // What the pages share, under names that say what it is.
      output: {
        manualChunks: (id) =>
          id.includes("/node_modules/preact/") ? "preact" : id.includes("/client/common/") ? "common" : undefined,
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: `http://127.0.0.1:${API_PORT}`, ws: true },
      "/healthz": { target: `http://127.0.0.1:${API_PORT}` },
    },
  },
});
