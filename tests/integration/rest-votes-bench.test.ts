// The REST vote benchmark in miniature: participants voting over keep-alive HTTP against a real
// server process. A correctness check only (every vote answered, the results equal the acked
// votes); no timing is asserted, `npm run bench -- --scenario rest-votes` measures.
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { ScenarioContext } from "../../bench/scenarios/context.js";
import { REST_VOTES, runRestVotes } from "../../bench/scenarios/rest-votes.js";
import { buildServer, SERVER_ENTRY } from "../../bench/server-process.js";

const context: ScenarioContext = { log: () => {}, serverEntry: SERVER_ENTRY };
const SMOKE_TIMEOUT_MS = 60_000;

beforeAll(() => {
  // `npm test` builds first; a lone `vitest run` builds the server here.
  if (!existsSync(SERVER_ENTRY)) buildServer();
}, SMOKE_TIMEOUT_MS);

describe("the REST vote benchmark, in miniature", () => {
  it(
    "answers every vote of 40 participants on their keep-alive connections, and the results match",
    async () => {
      const result = await runRestVotes(context, {
        ...REST_VOTES,
        participants: 40,
        rate: 100,
        durationMs: 1_500,
        warmUpMs: 100,
      });
      expect(result.checks.filter((c) => !c.ok)).toEqual([]);
      expect(result.figures.find((f) => f.name === "votes acked (after the warm-up)")?.value).toBe(150);
    },
    SMOKE_TIMEOUT_MS,
  );
});
