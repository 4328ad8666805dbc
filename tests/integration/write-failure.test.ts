// A write that fails never turns into an ack: the voters whose votes did not reach the disk
// get an error, the others in the same burst get their acks, and the results count exactly
// what is stored. The failures are real SQLite failures, set up through a second connection
// on the same file (a trigger, a deferred constraint, a lock), not mocks.
import Sqlite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ErrorBody, ErrorCode } from "../../shared/errors.js";
import type { ResultsMessage } from "../../shared/messages.js";
import type { RatingPoll } from "../../shared/poll.js";
import type { RatingResults } from "../../shared/results.js";
import { createEvent, createPoll, EVENT_RATING, type EventFixture, pollAction, request } from "../helpers/api.js";
import { connectLive, type LiveClient } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";
import { readStoredVotes, tokenHashOf } from "../helpers/stored-votes.js";
import { connectVoter, type VoteAnswer, type Voter } from "../helpers/voter.js";

const VOTERS = 50;
/** Long enough for the last coalesced results frame to reach the projector. */
const RESULTS_SETTLE_MS = 400;

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));
const ratingOf = (index: number) => 1 + (index % 5);

// A fresh server and file for every test: each one breaks the database its own way.
const server = useServer({}, { eachTest: true });
let saboteur: Sqlite.Database;
let event: EventFixture;
let poll: RatingPoll;
let screen: LiveClient;

beforeEach(async () => {
  // A second connection on the same file, as an administrator's sqlite3 shell would be.
  saboteur = new Sqlite(server.databasePath);
  saboteur.pragma("busy_timeout = 10000");
  event = await createEvent(server.url);
  poll = (await createPoll(server.url, event, EVENT_RATING)) as RatingPoll;
  await pollAction(server.url, event, poll.id, "open");
  screen = await connectLive(server.url, event.code, "?role=screen");
  await screen.next("snapshot");
});
afterEach(async () => {
  await screen.close();
  if (saboteur.inTransaction) saboteur.exec("ROLLBACK");
  saboteur.close();
});

async function connectVoters(count: number): Promise<Voter[]> {
  const voters: Voter[] = [];
  for (let index = 0; index < count; index++) voters.push(await connectVoter(server.url, event.code));
  return voters;
}

/** Every voter sends its vote in the same turn of the event loop: one burst, as at a show of hands. */
function burst(voters: readonly Voter[], rating: (index: number) => number, tag: string): Promise<VoteAnswer[]> {
  return Promise.all(voters.map((voter, index) => voter.vote(`${tag}-${index}`, poll.id, { rating: rating(index) })));
}

async function restResults(): Promise<RatingResults> {
  const reply = await request<{ results: RatingResults }>(
    server.url,
    "GET",
    `/api/events/${event.code}/polls/${poll.id}/results`,
  );
  return reply.body.results;
}

/** The results a recount of `stored` (rating by participant) gives: respondents and counts per value. */
function recount(stored: Iterable<number>) {
  const ratings = [...stored];
  return {
    respondents: ratings.length,
    counts: Array.from({ length: poll.scale }, (_, k) => ratings.filter((rating) => rating === k + 1).length),
  };
}
const figures = (results: RatingResults) => ({
  respondents: results.respondents,
  counts: results.distribution.map((entry) => entry.count),
});

/** REST results, the projector's last results frame and the file all equal `expected`. */
async function expectEverywhere(expected: Map<string, number>) {
  const stored = readStoredVotes(server.databasePath, poll.id);
  expect(stored.byTokenHash).toEqual(expected);
  expect(stored.integrity).toEqual(["ok"]);
  const want = recount(expected.values());
  expect(figures(await restResults())).toEqual(want);
  await sleep(RESULTS_SETTLE_MS);
  const onScreen = screen.frames
    .filter((frame): frame is ResultsMessage => frame.type === "results" && frame.pollId === poll.id)
    .at(-1);
  if (want.respondents > 0 || onScreen) {
    expect(onScreen && figures(onScreen.results as RatingResults)).toEqual(want);
  }
}

/**
 * The votes of a burst (every voter voting ratingOf) that were acknowledged, by token hash,
 * once each answer is checked: every voter got exactly one, and all who voted `refused` got an error.
 */
function acknowledgedVotes(voters: readonly Voter[], answers: readonly VoteAnswer[], refused: number) {
  const acknowledged = new Map<string, number>();
  for (const [index, voter] of voters.entries()) {
    const answer = answers[index] as VoteAnswer;
    expect(answer.kind, `voter ${index}`).not.toBe("lost");
    if (ratingOf(index) === refused) expect(answer.kind, `voter ${index} voted ${refused}`).toBe("error");
    if (answer.kind === "ack") acknowledged.set(tokenHashOf(voter.token), ratingOf(index));
    expect(voter.answers.filter((entry) => entry.requestId === `burst-${index}`)).toHaveLength(1);
  }
  return acknowledged;
}

describe("a write that fails inside the transaction", () => {
  it("answers the voters whose insert was aborted with an error and acks the rest of the burst", async () => {
    const voters = await connectVoters(VOTERS);
    // Ten voters already voted 4 before the disk started refusing: their change to 3 must not stick.
    const early = voters.slice(0, 10);
    const before = await burst(early, () => 4, "before");
    expect(before.every((answer) => answer.kind === "ack")).toBe(true);

    saboteur.exec(`
      CREATE TRIGGER refuse_insert_of_three BEFORE INSERT ON votes WHEN NEW.value = 3
        BEGIN SELECT RAISE(ABORT, 'disk says no'); END;
      CREATE TRIGGER refuse_update_to_three BEFORE UPDATE ON votes WHEN NEW.value = 3
        BEGIN SELECT RAISE(ABORT, 'disk says no'); END;
    `);
    const rating = (index: number) => (index < early.length ? 3 : ratingOf(index));
    const answers = await burst(voters, rating, "burst");

    const expected = new Map<string, number>();
    for (const [index, voter] of voters.entries()) {
      const answer = answers[index] as VoteAnswer;
      if (rating(index) === 3) {
        expect(answer.kind, `voter ${index} voted 3`).toBe("error");
        if (answer.kind === "error") expect(ErrorCode.options).toContain(answer.code);
        // An aborted change leaves the earlier vote in place.
        if (index < early.length) expected.set(tokenHashOf(voter.token), 4);
      } else {
        expect(answer, `voter ${index} voted ${rating(index)}`).toEqual({
          kind: "ack",
          vote: { pollId: poll.id, rating: rating(index) },
        });
        expected.set(tokenHashOf(voter.token), rating(index));
      }
      expect(voter.answers.filter((entry) => entry.requestId === `burst-${index}`)).toHaveLength(1);
    }
    await expectEverywhere(expected);

    // The same over REST: no 200 for a vote that is not on disk.
    const refused = await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
      body: { rating: 3 },
    });
    expect(refused.status).not.toBe(200);
    expect(ErrorBody.safeParse(refused.body).success).toBe(true);
    await expectEverywhere(expected);

    // The restarted server rebuilds the same figures from the file.
    await screen.close();
    await server.restart();
    screen = await connectLive(server.url, event.code, "?role=screen");
    expect(figures((await screen.next("snapshot")).results[poll.id] as RatingResults)).toEqual(
      recount(expected.values()),
    );
  });

  it("acks no vote of a batch whose COMMIT fails, and recovers once the fault is gone", async () => {
    const voters = await connectVoters(VOTERS);
    // A deferred foreign key is only checked at COMMIT: any batch holding a 2 cannot commit.
    saboteur.exec(`
      CREATE TABLE sabotage_parent (id INTEGER PRIMARY KEY);
      CREATE TABLE sabotage_child (parent_id INTEGER REFERENCES sabotage_parent (id) DEFERRABLE INITIALLY DEFERRED);
      CREATE TRIGGER sabotage_commit AFTER INSERT ON votes WHEN NEW.value = 2
        BEGIN INSERT INTO sabotage_child VALUES (-1); END;
    `);
    const answers = await burst(voters, ratingOf, "burst");
    const expected = acknowledgedVotes(voters, answers, 2);
    // Exactly the acked votes are stored and counted: a failed batch leaves nothing behind.
    await expectEverywhere(expected);
    expect(saboteur.prepare("SELECT count(*) FROM sabotage_child").pluck().get()).toBe(0);

    saboteur.exec("DROP TRIGGER sabotage_commit");
    const refusedIndexes = answers.flatMap((answer, index) => (answer.kind === "error" ? [index] : []));
    const retried = await burst(
      refusedIndexes.map((index) => voters[index] as Voter),
      (k) => ratingOf(refusedIndexes[k] as number),
      "retry",
    );
    expect(retried.every((answer) => answer.kind === "ack")).toBe(true);
    await expectEverywhere(new Map(voters.map((voter, index) => [tokenHashOf(voter.token), ratingOf(index)])));
  });

  it("acks no vote of a batch whose whole transaction a trigger rolled back", async () => {
    const voters = await connectVoters(VOTERS);
    // RAISE(ROLLBACK) ends the transaction itself, savepoints and all, in the middle of a batch.
    saboteur.exec(`
      CREATE TRIGGER roll_back_on_five BEFORE INSERT ON votes WHEN NEW.value = 5
        BEGIN SELECT RAISE(ROLLBACK, 'disk says no to everyone'); END;
    `);
    const expected = acknowledgedVotes(voters, await burst(voters, ratingOf, "burst"), 5);
    await expectEverywhere(expected);

    // The next burst, without fives, is taken whole: the writer did not stay in a broken state.
    const again = await burst(voters, (index) => 1 + (index % 4), "again");
    expect(again.map((answer) => answer.kind)).toEqual(voters.map(() => "ack"));
    await expectEverywhere(new Map(voters.map((voter, index) => [tokenHashOf(voter.token), 1 + (index % 4)])));
  });

  it("acks nothing while another process holds the write lock, and takes votes again after", async () => {
    const voters = await connectVoters(10);
    // The write lock is held elsewhere (a backup, a shell): BEGIN IMMEDIATE waits out the
    // busy timeout and fails. The event loop is blocked meanwhile, so the lock is released
    // only after the server has given up on the batch.
    saboteur.exec("BEGIN IMMEDIATE");
    const answers = await burst(voters, ratingOf, "locked");
    saboteur.exec("ROLLBACK");
    expect(answers.map((answer) => answer.kind)).toEqual(voters.map(() => "error"));
    await expectEverywhere(new Map());

    const again = await burst(voters, ratingOf, "unlocked");
    expect(again.map((answer) => answer.kind)).toEqual(voters.map(() => "ack"));
    await expectEverywhere(new Map(voters.map((voter, index) => [tokenHashOf(voter.token), ratingOf(index)])));
  }, 60_000);
});
