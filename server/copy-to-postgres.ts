// Command: copies this server's SQLite database into PostgreSQL, once, before the first node
// starts on it (docs/scaling.md, "Moving from SQLite"). The file is DATABASE_PATH, or the one
// argument; the target is DATABASE_URL.
//   DATABASE_URL=postgres://… npm run db:copy-to-postgres -- ./data/handzeichen.db
import { loadConfig } from "./config.js";
import { copySqliteToPostgres } from "./store/copy-to-postgres.js";

try {
  const config = loadConfig();
  const path = process.argv[2] ?? config.databasePath;
  if (!config.databaseUrl) {
    throw new Error("Set DATABASE_URL to the PostgreSQL database to copy into (postgres://…).");
  }
  const url = new URL(config.databaseUrl);
  console.log(`Copying ${path} into PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname} …`);
  const copied = await copySqliteToPostgres(path, config.databaseUrl);
  for (const { table, rows } of copied) {
    console.log(`  ${table.padEnd(14)} ${rows.toLocaleString("en-US")} ${rows === 1 ? "row" : "rows"}`);
  }
  console.log("Done. Start the nodes with this DATABASE_URL; keep the SQLite file as a backup.");
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Nothing was copied: ${reason}`);
  process.exit(1);
}
