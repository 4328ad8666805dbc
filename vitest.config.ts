import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    pool: "forks",
    // One PostgreSQL for the whole run, started only if a test asks for a database.
    globalSetup: ["tests/helpers/postgres-server.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
