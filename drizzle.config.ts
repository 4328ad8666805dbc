// drizzle-kit: `npm run db:generate` writes a new SQL migration after a change to the schema.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./server/store/schema.ts",
  out: "./migrations",
});
