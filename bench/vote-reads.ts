// What PostgreSQL spent on reading the votes while nodes started: pg_stat_statements (loaded by
// startPostgres with statementStats) before and after, told apart by statement.
import pg from "pg";

export type StatementTotals = { query: string; calls: number; ms: number };
export type Statements = Map<string, StatementTotals>;

/** A statement that counts votes, as a node's tallies are built (server/store/postgres/votes.ts countVotes). */
const COUNTS_VOTES = /count\(\*\)[\s\S]*\bFROM votes\b/i;
/** The same for PostgreSQL's regular expressions (no [\s\S] needed: "." matches newlines there). */
const COUNTS_VOTES_SQL = "count\\(\\*\\).*\\mFROM votes\\M";
/** How many of the busiest statements a window lists. */
const LISTED = 4;

/** Every statement's calls and execution time so far, by its query id. */
export async function readStatements(url: string): Promise<Statements> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; query: string; calls: string; ms: number }>(
      "SELECT queryid::text AS id, query, calls::text, total_exec_time AS ms FROM pg_stat_statements",
    );
    return new Map(rows.map((row) => [row.id, { query: row.query, calls: Number(row.calls), ms: row.ms }]));
  } finally {
    await client.end();
  }
}

/**
 * Between two readings: the statements that counted votes (how often, how long in all), and the
 * busiest statements of any kind, their text shortened to one line.
 */
export function voteReads(before: Statements, after: Statements) {
  const changed: StatementTotals[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    const calls = now.calls - (then?.calls ?? 0);
    // The benchmark's own readings are not the nodes' work.
    if (calls > 0 && !now.query.includes("pg_stat_statements"))
      changed.push({ query: now.query, calls, ms: now.ms - (then?.ms ?? 0) });
  }
  const counts = changed.filter((statement) => COUNTS_VOTES.test(statement.query));
  const busiest = changed
    .sort((a, b) => b.ms - a.ms)
    .slice(0, LISTED)
    .map((statement) => ({ ...statement, query: statement.query.replace(/\s+/g, " ").slice(0, 90) }));
  return {
    calls: counts.reduce((sum, statement) => sum + statement.calls, 0),
    ms: counts.reduce((sum, statement) => sum + statement.ms, 0),
    statements: busiest,
  };
}

const WATCH_EVERY_MS = 50;

export type CountWatch = {
  /** When a vote count was last seen finished (performance.now()), to within WATCH_EVERY_MS; 0: none yet. */
  lastAt(): number;
  stop(): Promise<void>;
};

/** Watches pg_stat_statements for vote counts finishing (a statement's calls grow when it ends). */
export async function watchVoteCounts(url: string): Promise<CountWatch> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const countsSoFar = async () => {
    const { rows } = await client.query<{ calls: string }>(
      "SELECT coalesce(sum(calls), 0)::text AS calls FROM pg_stat_statements WHERE query ~* $1",
      [COUNTS_VOTES_SQL],
    );
    return Number(rows[0]?.calls ?? 0);
  };
  let seen = await countsSoFar();
  let lastAt = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await new Promise((wake) => setTimeout(wake, WATCH_EVERY_MS));
      const calls = await countsSoFar();
      if (calls > seen) lastAt = performance.now();
      seen = calls;
    }
  })();
  return {
    lastAt: () => lastAt,
    async stop() {
      stopped = true;
      await loop.catch(() => {});
      await client.end();
    },
  };
}
