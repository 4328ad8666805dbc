// Builds whatever is missing from dist/ (server and pages); `npm start` and `npm run demo` use it,
// and `npm run db:copy-to-postgres`, which needs the server only.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const BUILDS = [
  { output: "dist/server/main.js", script: "build:server" },
  { output: "dist/server/copy-to-postgres.js", script: "build:server" },
  { output: "dist/client/index.html", script: "build:client" },
];

/** `scripts`: only these builds (a command that serves no pages needs no build:client). */
export function ensureBuild(scripts = ["build:server", "build:client"]) {
  for (const { output, script } of BUILDS) {
    if (!scripts.includes(script) || existsSync(output)) continue;
    console.log(`${output} is missing: npm run ${script}`);
    const built = spawnSync("npm", ["run", script], { stdio: "inherit" });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
}
