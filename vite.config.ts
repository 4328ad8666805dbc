// Builds the pages into dist/client and, in development, serves them with the API proxied
// to the Fastify server. The voter page is built in a pass of its own, after the others:
// sharing chunks with them would split it into several requests and pull the console's
// texts into it; alone, it is one small script and one stylesheet for a slow phone.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import preact from "@preact/preset-vite";
import { build, defineConfig, type InlineConfig, type Plugin } from "vite";

const CLIENT = resolve(import.meta.dirname, "client");
const OUT_DIR = resolve(import.meta.dirname, "dist/client");
/** Where `npm run dev` runs the API (scripts/dev.mjs starts it there). */
const API_PORT = Number(process.env.API_PORT ?? 3000);
/** The voter pass's manifest, next to the main one; the budget test reads it. */
export const VOTER_MANIFEST = ".vite/voter-manifest.json";

/** The page URLs of SPEC's table, mapped to their HTML entry (as the server does in pages.ts). */
const PAGE_ROUTES: [RegExp, string][] = [
  [/^\/e\/[^/.]+\/?$/, "/index.html"],
  [/^\/moderate\/[^/.]+\/?$/, "/moderate/index.html"],
  [/^\/moderate\/[^/.]+\/report\/?$/, "/report/index.html"],
  [/^\/present\/[^/.]+\/?$/, "/present/index.html"],
  [/^\/overlay\/[^/.]+\/?$/, "/overlay/index.html"],
];

/** Old phones: syntax down to ES2018 (iOS 12, Chrome 64); no APIs newer than that are used. */
const BUILD_TARGETS = {
  target: ["es2018", "safari12", "chrome64", "firefox62"],
  cssTarget: ["safari12", "chrome64", "firefox62"],
};

function pageRoutesInDev(): Plugin {
  return {
    name: "handzeichen-page-routes",
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const [path, query] = (request.url ?? "/").split("?");
        const page = PAGE_ROUTES.find(([pattern]) => pattern.test(path ?? ""))?.[1];
        if (page) request.url = query === undefined ? page : `${page}?${query}`;
        next();
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
        plugins: [preact()],
        build: {
          ...BUILD_TARGETS,
          outDir: OUT_DIR,
          emptyOutDir: false,
          manifest: VOTER_MANIFEST,
          modulePreload: false,
          rollupOptions: { input: { voter: resolve(CLIENT, "index.html") } },
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
  plugins: [preact(), pageRoutesInDev(), voterPass()],
  build: {
    ...BUILD_TARGETS,
    outDir: OUT_DIR,
    emptyOutDir: true,
    // The server finds the build by this manifest (pages.ts).
    manifest: true,
    // Browsers without modulepreload simply fetch the imports when the script asks for them.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        moderate: resolve(CLIENT, "moderate/index.html"),
        report: resolve(CLIENT, "report/index.html"),
        present: resolve(CLIENT, "present/index.html"),
        overlay: resolve(CLIENT, "overlay/index.html"),
      },
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
