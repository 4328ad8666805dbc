// drizzle-kit for the PostgreSQL schema: `npm run db:generate` writes its migration next to the
// SQLite one (the top-level drizzle.config.ts), into migrations/postgres/. Paths are from the repository's root.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./server/store/postgres/schema.ts",
  out: "./migrations/postgres",
});
