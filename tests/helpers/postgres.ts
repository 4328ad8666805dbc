// PostgreSQL for tests: `freshDatabaseUrl()` gives a new, empty database on the test run's one
// PostgreSQL (started by tests/helpers/postgres-server.ts, vitest's global setup, on first use).
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the global setup hands out databases (http://127.0.0.1:PORT). */
    postgresBroker: string;
  }
}

/** postgres://… of a database nobody else uses; the first call in a run starts PostgreSQL (about a second). */
export async function freshDatabaseUrl(): Promise<string> {
  const response = await fetch(`${inject("postgresBroker")}/databases`, { method: "POST" });
  const body = await response.text();
  if (!response.ok) throw new Error(`no PostgreSQL database for the test: ${body}`);
  return body;
}
