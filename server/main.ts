// Entry point: read the configuration, build the app, listen, and shut down cleanly.
import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";

const config = loadConfig();
const app = await buildApp(config).catch((error: unknown) => {
  // Without its database the node cannot serve; say which one and why, then stop (an
  // orchestrator restarts it, and it comes up once the database answers).
  console.error(`Handzeichen could not start: ${startFailure(error)}`);
  process.exit(1);
});

function startFailure(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (!config.databaseUrl) return reason;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname} (DATABASE_URL): ${reason}`;
}

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, "shutting down");
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}

await app.listen({ port: config.port, host: config.host });
