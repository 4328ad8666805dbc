// Environment → typed configuration, with the SPEC's defaults; bad values stop the start.
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("./data/handzeichen.db"),
  PUBLIC_URL: z
    .url({ message: "PUBLIC_URL must be an absolute URL such as https://vote.example.org" })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  ADMIN_TOKEN: z.string().min(16, "ADMIN_TOKEN must be at least 16 characters").optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
});

export type Config = {
  port: number;
  host: string;
  databasePath: string;
  /** Base of the join links and QR codes; when unset, taken from the request's Host. */
  publicUrl: string | undefined;
  adminToken: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
};

/** Empty strings count as unset, as in most .env files and compose files. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = Environment.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    publicUrl: e.PUBLIC_URL,
    adminToken: e.ADMIN_TOKEN,
    logLevel: e.LOG_LEVEL,
  };
}
