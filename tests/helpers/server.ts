// Starts the real app (buildApp) on a temporary SQLite file, listening on a free port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../server/app.js";
import { type Config, loadConfig } from "../../server/config.js";

export type TestServer = {
  app: FastifyInstance;
  /** http://127.0.0.1:PORT */
  url: string;
  databasePath: string;
  /** Closes the app; the database file stays until `cleanup`. */
  close(): Promise<void>;
  cleanup(): void;
};

export function tempDatabasePath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "handzeichen-test-"));
  return { path: join(dir, "handzeichen.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startServer(overrides: Partial<Config> = {}, databasePath?: string): Promise<TestServer> {
  const temp = databasePath ? null : tempDatabasePath();
  const path = databasePath ?? (temp as { path: string }).path;
  const config: Config = { ...loadConfig({}), logLevel: "silent", databasePath: path, ...overrides };
  const app = await buildApp(config);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    databasePath: path,
    close: () => app.close(),
    cleanup: () => temp?.cleanup(),
  };
}
