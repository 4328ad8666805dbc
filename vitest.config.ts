import { defineConfig } from "vitest/config";

/**
 * Integration tests about SQLite itself (its file, WAL, pragmas, write lock, migrations, group
 * commit) or that start their own stores (PostgreSQL's and the cluster's own tests), and the
 * bench and demo scripts: run once, in the "sqlite" project. Everything else in tests/integration
 * runs a second time on PostgreSQL.
 */
const STORE_SPECIFIC = [
  "tests/integration/bad-config.test.ts",
  "tests/integration/bench-smoke.test.ts",
  "tests/integration/cluster*.test.ts",
  "tests/integration/copy-to-postgres.test.ts",
  "tests/integration/crash*.test.ts",
  "tests/integration/deleted-data.test.ts",
  "tests/integration/demo-output.test.ts",
  "tests/integration/full-disk.test.ts",
  "tests/integration/group-commit.test.ts",
  "tests/integration/migration-keeps-votes.test.ts",
  "tests/integration/postgres-store.test.ts",
  "tests/integration/write-failure.test.ts",
];

/**
 * Two rounds: first the browser tests, two at a time (each drives Chromium: CPU-bound, and
 * timing-sensitive under contention); then the unit and integration tests on both stores, three
 * at a time (they mostly wait on sockets, disks and timers; at four, two tests waiting 5 s for a
 * frame timed out in a CI run).
 */
const BROWSER_ROUND = { sequence: { groupOrder: 0 }, maxWorkers: 2 };
const SERVER_ROUND = { sequence: { groupOrder: 1 }, maxWorkers: 3 };
/** The integration tests again on PostgreSQL, last and two at a time (its fuzz tests are the slowest). */
const POSTGRES_ROUND = { sequence: { groupOrder: 2 }, maxWorkers: 2 };

export default defineConfig({
  test: {
    pool: "forks",
    // One PostgreSQL per project, started only if a test asks for a database.
    globalSetup: ["tests/helpers/postgres-server.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "browser", include: ["tests/e2e/**/*.test.ts"], ...BROWSER_ROUND } },
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
          ...SERVER_ROUND,
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["tests/integration/**/*.test.ts"],
          exclude: STORE_SPECIFIC,
          env: { TEST_STORE: "postgres" },
          ...POSTGRES_ROUND,
        },
      },
    ],
  },
});
