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
  LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  ALLOWED_ORIGINS: z
    .string()
    .transform((list) =>
      list
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: "ALLOWED_ORIGINS is a comma-separated list of origins like https://example.org" })))
    .default([]),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).optional(),
  // Creation limits (see CreationLimits below).
  EVENTS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
});

/**
 * Limits and intervals of the live and HTTP layers. Not read from the environment: the
 * defaults are the product's; tests shrink them to exercise the behaviour quickly.
 */
export type Tuning = {
  /** Protocol ping period; a peer that misses one pong is terminated at the next ping. */
  pingIntervalMs: number;
  /** A socket with more unsent bytes than this skips results frames until it drains. */
  maxBufferedBytes: number;
  /** A socket that stays behind this long is disconnected (it resyncs when it returns). */
  maxBehindMs: number;
  /** Hard cap on a socket's unsent bytes: past it the socket is cut at once. */
  maxQueuedBytes: number;
  /** Votes per participant: burst, then a steady rate (no human votes 10 times a second). */
  participantVoteBurst: number;
  participantVotesPerSecond: number;
  /** Frames of any kind per WebSocket connection. */
  connectionFrameBurst: number;
  connectionFramesPerSecond: number;
  /** API requests per client address: generous, since a whole room may share one NAT address. */
  addressRequestBurst: number;
  addressRequestsPerSecond: number;
  /** Wrong moderator keys per client address before further attempts are refused for a while. */
  moderatorKeyFailureBurst: number;
  moderatorKeyFailuresPerSecond: number;
};

export const DEFAULT_TUNING: Tuning = {
  pingIntervalMs: 30_000,
  maxBufferedBytes: 256 * 1024,
  maxBehindMs: 10_000,
  maxQueuedBytes: 1024 * 1024,
  participantVoteBurst: 20,
  participantVotesPerSecond: 10,
  connectionFrameBurst: 60,
  connectionFramesPerSecond: 30,
  addressRequestBurst: 600,
  addressRequestsPerSecond: 100,
  moderatorKeyFailureBurst: 10,
  moderatorKeyFailuresPerSecond: 0.1,
};

/**
 * What one client may create: without ADMIN_TOKEN anyone may create events, and everything
 * an event holds lives in memory and goes to every phone in its snapshot.
 */
export type CreationLimits = {
  /** Events created per client address per hour (refilled steadily); not applied with ADMIN_TOKEN. */
  eventsPerAddressPerHour: number;
  /** Polls in one event. */
  pollsPerEvent: number;
  /** Characters of all questions and option labels of one event's polls together. */
  pollTextPerEvent: number;
};

/** About 17 polls of the longest kind, or 100 ordinary ones (a question and six short options). */
export const DEFAULT_POLL_TEXT_PER_EVENT = 50_000;
export const DEFAULT_POLLS_PER_EVENT = 100;

export type Config = {
  port: number;
  host: string;
  databasePath: string;
  /** Base of the join links and QR codes; when unset, taken from the request's Host. */
  publicUrl: string | undefined;
  adminToken: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** "json": one structured line per entry (production); "pretty": colours for a terminal (npm run dev). */
  logFormat: "json" | "pretty";
  /** Reverse proxies in front of the server whose X-Forwarded-For is believed (0: none). */
  trustProxyHops: number;
  /** Origins besides the server's own and PUBLIC_URL's that may open the live WebSocket. */
  allowedOrigins: string[];
  /** Events older than this many days are deleted with all their data (unset: kept). */
  eventRetentionDays: number | undefined;
  creationLimits: CreationLimits;
  /** When set, GET /metrics needs `Authorization: Bearer METRICS_TOKEN`. */
  metricsToken: string | undefined;
  tuning: Tuning;
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
    logFormat: e.LOG_FORMAT,
    trustProxyHops: e.TRUST_PROXY,
    allowedOrigins: e.ALLOWED_ORIGINS.map((origin) => new URL(origin).origin),
    eventRetentionDays: e.EVENT_RETENTION_DAYS,
    creationLimits: {
      eventsPerAddressPerHour: e.EVENTS_PER_ADDRESS_PER_HOUR,
      pollsPerEvent: DEFAULT_POLLS_PER_EVENT,
      pollTextPerEvent: DEFAULT_POLL_TEXT_PER_EVENT,
    },
    metricsToken: e.METRICS_TOKEN,
    tuning: DEFAULT_TUNING,
  };
}
