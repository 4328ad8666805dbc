// Environment → typed configuration, with the defaults of docs/api.md "Configuration"; bad values stop the start.
import { readFileSync } from "node:fs";
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("./data/handzeichen.db"),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host/handzeichen",
    )
    .optional(),
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
  MAX_CONNECTIONS: z.coerce.number().int().min(1).optional(),
  MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
  ADDRESS_REQUEST_BURST: z.coerce.number().int().min(1).optional(),
  ADDRESS_REQUESTS_PER_SECOND: z.coerce.number().positive().optional(),
});

/** A venue's NAT may put 500 phones behind one address; twice that leaves room for second tabs. */
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 1_000;
/** Where the open-file limit is unknown (not Linux): the product's target room size. */
export const FALLBACK_MAX_CONNECTIONS = 10_000;
/**
 * File descriptors kept back from live connections for REST and page requests (browsers keep
 * several keep-alive connections per page), the database files, logs and health checks:
 * a quarter of the limit, at least 256, but never more than half.
 */
const FD_RESERVE_SHARE = 0.25;
const FD_RESERVE_MIN = 256;

/** The soft RLIMIT_NOFILE from the text of /proc/self/limits, or undefined when it says nothing usable. */
export function parseOpenFileLimit(procLimits: string): number | undefined {
  const soft = /^Max open files\s+(\d+)\s/m.exec(procLimits)?.[1];
  return soft === undefined ? undefined : Number(soft);
}

/** This process's open-file limit (Linux; Node has already raised the soft limit to the hard one). */
export function openFileLimit(): number | undefined {
  try {
    return parseOpenFileLimit(readFileSync("/proc/self/limits", "utf8"));
  } catch {
    return undefined;
  }
}

/** Live connections that fit under an open-file limit with the reserve kept free. */
export function defaultMaxConnections(fileLimit: number | undefined): number {
  if (fileLimit === undefined) return FALLBACK_MAX_CONNECTIONS;
  const reserve = Math.min(fileLimit / 2, Math.max(FD_RESERVE_MIN, fileLimit * FD_RESERVE_SHARE));
  return Math.max(1, Math.floor(fileLimit - reserve));
}

/**
 * Limits and intervals of the live and HTTP layers. The defaults are the product's; tests
 * shrink them to exercise the behaviour quickly. Only the per-address request limit can be
 * changed through the environment (ADDRESS_REQUEST_BURST, ADDRESS_REQUESTS_PER_SECOND), for a
 * venue that puts more phones behind one address than the default allows for.
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
  /** Audience questions per participant: a few at once, then one every ten seconds. */
  participantQuestionBurst: number;
  participantQuestionsPerSecond: number;
  /** Upvotes (and taking them back) per participant: a quick scroll through the list, then a steady rate. */
  participantUpvoteBurst: number;
  participantUpvotesPerSecond: number;
  /** Frames of any kind per WebSocket connection. */
  connectionFrameBurst: number;
  connectionFramesPerSecond: number;
  /**
   * API requests per client address, WebSocket upgrades included: generous, since a whole room
   * may share one NAT address and reconnect at once after a restart.
   */
  addressRequestBurst: number;
  addressRequestsPerSecond: number;
  /** Requests naming an event code that does not exist, per client address: guessing codes is slow. */
  unknownEventBurst: number;
  unknownEventsPerSecond: number;
  /** Wrong moderator keys per event and client address before further wrong ones get 429 for a while. */
  moderatorKeyFailureBurst: number;
  moderatorKeyFailuresPerSecond: number;
  /** Wrong access codes per event and client address before every try is refused for a while. */
  accessCodeFailureBurst: number;
  accessCodeFailuresPerSecond: number;
  /** How long a voter's connection waits for its `hello` before it is greeted as a newcomer. */
  helloGraceMs: number;
};

export const DEFAULT_TUNING: Tuning = {
  pingIntervalMs: 30_000,
  maxBufferedBytes: 256 * 1024,
  maxBehindMs: 10_000,
  maxQueuedBytes: 1024 * 1024,
  participantVoteBurst: 20,
  participantVotesPerSecond: 10,
  participantQuestionBurst: 5,
  participantQuestionsPerSecond: 0.1,
  participantUpvoteBurst: 30,
  participantUpvotesPerSecond: 5,
  connectionFrameBurst: 60,
  connectionFramesPerSecond: 30,
  addressRequestBurst: 600,
  addressRequestsPerSecond: 100,
  unknownEventBurst: 30,
  unknownEventsPerSecond: 2,
  moderatorKeyFailureBurst: 10,
  moderatorKeyFailuresPerSecond: 0.1,
  accessCodeFailureBurst: 10,
  accessCodeFailuresPerSecond: 0.2,
  helloGraceMs: 2_000,
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
  /** PostgreSQL (several nodes, docs/scaling.md); when unset, the SQLite file at databasePath. */
  databaseUrl: string | undefined;
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
  /** Live connections (WebSockets) at once, in all: kept below the open-file limit. */
  maxConnections: number;
  /** Live connections at once from one client address. */
  maxConnectionsPerAddress: number;
  tuning: Tuning;
};

/**
 * Empty strings count as unset, as in most .env files and compose files. `fileLimit` is the
 * process's open-file limit, which the default of MAX_CONNECTIONS is derived from.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, fileLimit = openFileLimit()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = Environment.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  if (e.MAX_CONNECTIONS !== undefined && fileLimit !== undefined && e.MAX_CONNECTIONS >= fileLimit) {
    throw new Error(
      `Invalid configuration:\n  MAX_CONNECTIONS: ${e.MAX_CONNECTIONS} live connections cannot fit under this process's ` +
        `open-file limit of ${fileLimit}; raise the limit (ulimit -n, systemd LimitNOFILE, docker --ulimit nofile) ` +
        `or leave MAX_CONNECTIONS unset (${defaultMaxConnections(fileLimit)} here)`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL,
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
    maxConnections: e.MAX_CONNECTIONS ?? defaultMaxConnections(fileLimit),
    maxConnectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
    tuning: {
      ...DEFAULT_TUNING,
      addressRequestBurst: e.ADDRESS_REQUEST_BURST ?? DEFAULT_TUNING.addressRequestBurst,
      addressRequestsPerSecond: e.ADDRESS_REQUESTS_PER_SECOND ?? DEFAULT_TUNING.addressRequestsPerSecond,
    },
  };
}
