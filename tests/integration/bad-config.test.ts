// The real process with a bad setting: it stops before it opens the database or a port, says
// which variable is wrong, and exits with a failure code a supervisor (systemd, docker) sees.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, SERVER_ENTRY } from "../../bench/server-process.js";
import { freePort } from "../helpers/child-server.js";
import { tempDatabasePath } from "../helpers/server.js";

/** Far more than a refusal takes (a healthy start takes well under a second). */
const EXIT_TIMEOUT_MS = 15_000;

describe("a bad setting", () => {
  it("stops the server at start with a message naming the variable, before the database is created", async () => {
    expect(existsSync(SERVER_ENTRY), `${SERVER_ENTRY} is missing: run "npm run build:server"`).toBe(true);
    const database = tempDatabasePath();
    try {
      const started = spawnSync(process.execPath, [SERVER_ENTRY], {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env.PATH ?? "",
          PORT: String(await freePort()),
          HOST: "127.0.0.1",
          DATABASE_PATH: database.path,
          TRUST_PROXY: "eleven",
        },
        encoding: "utf8",
        timeout: EXIT_TIMEOUT_MS,
      });
      // On timeout spawnSync ends it with SIGTERM, which the server answers with a clean exit 0.
      expect(started.error?.message, "the server started all the same").toBeUndefined();
      expect(started.status).not.toBe(0);
      expect(started.stderr).toMatch(/Invalid configuration:\s+TRUST_PROXY: /);
      expect(existsSync(database.path)).toBe(false);
    } finally {
      database.cleanup();
    }
  });
});
