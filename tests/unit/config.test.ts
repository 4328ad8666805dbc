// The environment → configuration step, variable by variable of README's table: the defaults
// it documents, empty strings counted as unset, and bad values refused with a message that
// names the variable (and never repeats a secret).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Config, DEFAULT_TUNING, loadConfig } from "../../server/config.js";

const README = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
const CONFIG_SOURCE = readFileSync(join(import.meta.dirname, "../../server/config.ts"), "utf8");
/** The open-file limit the tests pretend to run under: the 1,024 some systems start with. */
const FILE_LIMIT = 1_024;

type Row = { name: string; defaultText: string };

/** The rows of README's "Configuration" table: variable and default as written there. */
function readmeVariables(): Row[] {
  const section = README.slice(README.indexOf("## Configuration"));
  const table = section.slice(0, section.indexOf("\n## ", 1));
  return [...table.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \| ([^|]*) \|/gm)].map((match) => ({
    name: match[1] ?? "",
    defaultText: (match[2] ?? "").trim(),
  }));
}

/** The variables config.ts's environment schema declares (its keys, one per line). */
function declaredVariables(): string[] {
  const schema = CONFIG_SOURCE.slice(CONFIG_SOURCE.indexOf("const Environment = z.object({"));
  const body = schema.slice(0, schema.indexOf("\n});"));
  return [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*): z\b/gm)].map((match) => match[1] ?? "");
}

type Case = {
  /** Where the variable lands in the configuration. */
  read: (config: Config) => unknown;
  /** A value it takes, and what that value becomes. */
  valid: [string, unknown];
  /** Values that must stop the start. */
  bad: string[];
};

/** One case for every variable of README's table (a test below insists on it). */
const CASES: Record<string, Case> = {
  PORT: { read: (c) => c.port, valid: ["8080", 8080], bad: ["http", "70000", "-1", "80.5"] },
  HOST: { read: (c) => c.host, valid: ["127.0.0.1", "127.0.0.1"], bad: [] },
  DATABASE_PATH: {
    read: (c) => c.databasePath,
    valid: ["/var/lib/handzeichen/votes.db", "/var/lib/handzeichen/votes.db"],
    bad: [],
  },
  DATABASE_URL: {
    read: (c) => c.databaseUrl,
    valid: ["postgres://handzeichen:secret@db:5432/handzeichen", "postgres://handzeichen:secret@db:5432/handzeichen"],
    bad: ["mysql://db/handzeichen", "db:5432"],
  },
  PUBLIC_URL: {
    read: (c) => c.publicUrl,
    valid: ["https://vote.example.org/", "https://vote.example.org"],
    bad: ["vote.example.org", "not a url"],
  },
  ADMIN_TOKEN: {
    read: (c) => c.adminToken,
    valid: ["a-long-admin-token-for-tests", "a-long-admin-token-for-tests"],
    bad: ["short-secret"],
  },
  LOG_LEVEL: { read: (c) => c.logLevel, valid: ["debug", "debug"], bad: ["verbose", "INFO"] },
  LOG_FORMAT: { read: (c) => c.logFormat, valid: ["pretty", "pretty"], bad: ["xml"] },
  TRUST_PROXY: { read: (c) => c.trustProxyHops, valid: ["2", 2], bad: ["-1", "11", "1.5", "yes"] },
  ALLOWED_ORIGINS: {
    read: (c) => c.allowedOrigins,
    valid: [
      "https://stream.example.com/, https://partner.example.org:8443",
      ["https://stream.example.com", "https://partner.example.org:8443"],
    ],
    bad: ["stream.example.com", "https://stream.example.com,partner"],
  },
  METRICS_TOKEN: {
    read: (c) => c.metricsToken,
    valid: ["a-long-metrics-token-for-tests", "a-long-metrics-token-for-tests"],
    bad: ["short-secret"],
  },
  EVENT_RETENTION_DAYS: { read: (c) => c.eventRetentionDays, valid: ["30", 30], bad: ["0", "1.5", "a month"] },
  // At or above the open-file limit the connections could not all be served.
  MAX_CONNECTIONS: { read: (c) => c.maxConnections, valid: ["500", 500], bad: ["0", String(FILE_LIMIT), "many"] },
  MAX_CONNECTIONS_PER_ADDRESS: { read: (c) => c.maxConnectionsPerAddress, valid: ["2000", 2000], bad: ["0", "-3"] },
  ADDRESS_REQUEST_BURST: { read: (c) => c.tuning.addressRequestBurst, valid: ["2500", 2500], bad: ["0", "2.5"] },
  ADDRESS_REQUESTS_PER_SECOND: {
    read: (c) => c.tuning.addressRequestsPerSecond,
    valid: ["2.5", 2.5],
    bad: ["0", "-5", "fast"],
  },
  EVENTS_PER_ADDRESS_PER_HOUR: {
    read: (c) => c.creationLimits.eventsPerAddressPerHour,
    valid: ["120", 120],
    bad: ["0", "2.5", "lots"],
  },
};

const variables = readmeVariables();
const load = (env: Record<string, string>) => loadConfig(env, FILE_LIMIT);
/** The message a bad configuration stops the start with. */
function refusal(env: Record<string, string>): string {
  try {
    load(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}

describe("the configuration's variables", () => {
  it("are the same in README's table and in config.ts, and each has a case here", () => {
    const names = variables.map((row) => row.name);
    expect(names.length).toBeGreaterThan(10);
    expect([...names].sort()).toEqual([...declaredVariables()].sort());
    expect([...names].sort(), "a README variable without a case in tests/unit/config.test.ts").toEqual(
      Object.keys(CASES).sort(),
    );
  });

  it("default to what README's table says", () => {
    const config = load({});
    for (const { name, defaultText } of variables) {
      const value = CASES[name]?.read(config);
      const written = /^`([^`]*)`$/.exec(defaultText)?.[1];
      if (written !== undefined) expect(String(value), name).toBe(written);
      // "(unset)", "(keep)", "(none)", "(from the request)": nothing configured.
      else if (defaultText.startsWith("(")) expect([undefined, []], name).toContainEqual(value);
    }
    // "open-file limit less a quarter" (at least 256 kept back: at 1,024 that is a quarter).
    expect(config.maxConnections).toBe(FILE_LIMIT - FILE_LIMIT / 4);
    expect(loadConfig({}, 20_000).maxConnections).toBe(15_000);
    expect(config.tuning).toEqual(DEFAULT_TUNING);
  });

  it("are read from the environment", () => {
    for (const [name, { read, valid }] of Object.entries(CASES)) {
      const [text, value] = valid;
      expect(read(load({ [name]: text })), name).toEqual(value);
    }
  });

  it("count as unset when empty, as in .env and compose files", () => {
    const empty = Object.fromEntries(variables.map(({ name }) => [name, ""]));
    expect(load(empty)).toEqual(load({}));
  });

  it("stop the start when a value is bad, with a message naming that variable and only that one", () => {
    for (const [name, { bad }] of Object.entries(CASES)) {
      for (const value of bad) {
        // A list's item is named with its index: "ALLOWED_ORIGINS.0: …".
        const [first, ...problems] = refusal({ [name]: value }).split("\n");
        expect(first, `${name}=${value}`).toBe("Invalid configuration:");
        expect(problems.length, `${name}=${value}`).toBeGreaterThan(0);
        for (const problem of problems)
          expect(problem, `${name}=${value}`).toMatch(new RegExp(`^ {2}${name}(\\.\\d+)?: \\S`));
      }
    }
  });

  it("never repeat a token in the message that refuses it", () => {
    for (const name of ["ADMIN_TOKEN", "METRICS_TOKEN"]) {
      expect(refusal({ [name]: "short-secret" })).not.toContain("short-secret");
    }
  });
});
