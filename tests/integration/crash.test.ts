// Durability under kill -9: the real server process is killed at random moments while a
// thousand phones vote and change their votes; after each restart on the same file every
// acknowledged vote is there (the latest one per participant), nothing that was never sent
// is, the results agree with the rows, and the file is sound.
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { ServerMessage } from "../../shared/messages.js";
import type { ChoicePoll } from "../../shared/poll.js";
import type { Question } from "../../shared/question.js";
import type { ChoiceResults } from "../../shared/results.js";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { type ChildServer, useChildServer } from "../helpers/child-server.js";
import { sqliteOf, useServer } from "../helpers/server.js";
import { choiceValue, readStoredVotes, tokenHashOf } from "../helpers/stored-votes.js";
import { connectVoter, type Voter } from "../helpers/voter.js";

const VOTERS = 1_000;
const ROUNDS = 3;
/** Voters connect this many at a time (a listen backlog overflow would only add SYN retries). */
const CONNECT_CONCURRENCY = 100;
/** After every voter is voting, the kill comes somewhere in this window. */
const KILL_AFTER_MS = { min: 300, max: 2_000 };
/** A voter thinks this long between votes: a few votes a second, under the per-participant limit. */
const THINK_MS = { min: 150, max: 450 };
/** Sometimes a voter changes its mind before the first vote is acknowledged (two in flight). */
const SECOND_VOTE_IN_FLIGHT = 0.25;

/** One vote a participant sent, and what became of it. */
type Sent = { value: number; state: "in flight" | "acked" | "rejected" };

type Participant = {
  token: string;
  tokenHash: string;
  /** The stored ballot value found at the last check (null: no vote stored). */
  verified: number | null;
  /** Votes sent since that check, in the order sent. */
  since: Sent[];
};

type RoundCounts = { sent: number; acked: number; rejected: Map<string, number> };

const randomBetween = ({ min, max }: { min: number; max: number }) => min + Math.random() * (max - min);
const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

/** One or two distinct options of six, as "pick two of six" allows. */
function randomSelection(optionIds: readonly number[]): number[] {
  const shuffled = [...optionIds].sort(() => Math.random() - 0.5);
  return shuffled.slice(0, Math.random() < 0.8 ? 2 : 1);
}

/** What the file may hold for a participant: its last acked vote, or one sent after it that was not refused. */
function allowedValues(participant: Participant): Set<number | null> {
  const { since } = participant;
  let lastAcked = -1;
  for (let index = since.length - 1; index >= 0; index--) {
    if (since[index]?.state === "acked") {
      lastAcked = index;
      break;
    }
  }
  const allowed = new Set<number | null>([lastAcked === -1 ? participant.verified : (since[lastAcked]?.value ?? -1)]);
  for (const sent of since.slice(lastAcked + 1)) if (sent.state === "in flight") allowed.add(sent.value);
  return allowed;
}

async function connectAll(
  url: string,
  code: string,
  tokens: readonly (string | undefined)[],
  forwardedFor: (index: number) => string,
): Promise<Voter[]> {
  const voters: Voter[] = new Array(tokens.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < tokens.length; index = next++) {
      voters[index] = await connectVoter(url, code, {
        token: tokens[index],
        headers: { "x-forwarded-for": forwardedFor(index) },
      });
    }
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
  return voters;
}

/** Votes and re-votes until the connection is gone; records every vote before it is sent. */
async function voteUntilDisconnected(
  voter: Voter,
  participant: Participant,
  poll: ChoicePoll,
  positionOf: ReadonlyMap<number, number>,
  round: number,
  counts: RoundCounts,
): Promise<void> {
  for (let sequence = 0; ; ) {
    const inFlight: Promise<boolean>[] = [];
    const burst = Math.random() < SECOND_VOTE_IN_FLIGHT ? 2 : 1;
    for (let k = 0; k < burst; k++) {
      if (voter.socket.readyState !== voter.socket.OPEN) break;
      const optionIds = randomSelection(poll.options.map((option) => option.id));
      const sent: Sent = { value: choiceValue(optionIds, positionOf), state: "in flight" };
      participant.since.push(sent);
      counts.sent++;
      const answered = voter.vote(`r${round}-${sequence++}`, poll.id, { optionIds }).then((answer) => {
        if (answer.kind === "lost") return false;
        if (answer.kind === "ack") {
          const acked = answer.vote;
          if (!("optionIds" in acked) || choiceValue(acked.optionIds, positionOf) !== sent.value) {
            throw new Error(`an ack confirmed ${JSON.stringify(acked)}, not the vote sent (${sent.value})`);
          }
          sent.state = "acked";
          counts.acked++;
        } else {
          sent.state = "rejected";
          counts.rejected.set(answer.code, (counts.rejected.get(answer.code) ?? 0) + 1);
        }
        return true;
      });
      inFlight.push(answered);
    }
    if (inFlight.length === 0) return;
    const answered = await Promise.all(inFlight);
    if (answered.includes(false)) return;
    await sleep(randomBetween(THINK_MS));
  }
}

/** Compares the file and the restarted server with what the participants sent and were told. */
async function checkAfterRestart(
  server: ChildServer,
  databasePath: string,
  event: EventFixture,
  poll: ChoicePoll,
  participants: Participant[],
): Promise<void> {
  const stored = readStoredVotes(databasePath, poll.id);
  expect(stored.integrity).toEqual(["ok"]);
  expect(stored.foreignKeyProblems).toEqual([]);

  // Nobody appears who never voted, and no vote appears that was never sent.
  const known = new Set(participants.map((participant) => participant.tokenHash));
  expect([...stored.participantHashes].filter((hash) => !known.has(hash))).toEqual([]);
  const wrong: string[] = [];
  for (const [index, participant] of participants.entries()) {
    const value = stored.byTokenHash.get(participant.tokenHash) ?? null;
    const allowed = allowedValues(participant);
    if (!allowed.has(value)) {
      const history = participant.since.map((sent) => `${sent.value}:${sent.state}`).join(" ");
      wrong.push(
        `voter ${index}: stored ${value}, allowed ${[...allowed].join("|")} (before: ${participant.verified}; sent: ${history})`,
      );
    }
  }
  expect(wrong.slice(0, 10), `${wrong.length} participants hold a vote they should not`).toEqual([]);

  // The restarted server's results are a recount of the rows.
  const reply = await request<{ results: ChoiceResults }>(
    server.url,
    "GET",
    `/api/events/${event.code}/polls/${poll.id}/results`,
  );
  expect(reply.status).toBe(200);
  const { results } = reply.body;
  expect(results.respondents).toBe(stored.byTokenHash.size);
  for (const option of results.options) {
    const bit = 1 << (stored.positionOf.get(option.id) ?? -1);
    const recount = [...stored.byTokenHash.values()].filter((value) => (value & bit) !== 0).length;
    expect(option.count, `option ${option.id}`).toBe(recount);
  }

  for (const participant of participants) {
    participant.verified = stored.byTokenHash.get(participant.tokenHash) ?? null;
    participant.since = [];
  }
}

/** Each voter's snapshot after a reconnect: same token, and "my vote" is the stored one. */
function checkSnapshots(
  voters: readonly Voter[],
  participants: readonly Participant[],
  poll: ChoicePoll,
  positionOf: ReadonlyMap<number, number>,
) {
  const wrong: string[] = [];
  for (const [index, voter] of voters.entries()) {
    const participant = participants[index] as Participant;
    if (voter.token !== participant.token) wrong.push(`voter ${index} got a new token`);
    const mine = voter.snapshot.myVotes[poll.id];
    const shown = mine && "optionIds" in mine ? choiceValue(mine.optionIds, positionOf) : null;
    if (shown !== participant.verified)
      wrong.push(`voter ${index}: snapshot shows ${shown}, stored ${participant.verified}`);
  }
  expect(wrong.slice(0, 10), `${wrong.length} snapshots disagree with the file`).toEqual([]);
}

describe("kill -9 while a thousand phones vote", () => {
  const server = useChildServer({ env: { TRUST_PROXY: "1" } });

  it("keeps every acknowledged vote, adds none that was never sent, and leaves a sound file", async () => {
    const event = await createEvent(server.url);
    const poll = (await createPoll(server.url, event, PICK_TWO_OF_SIX)) as ChoicePoll;
    expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);
    const { positionOf } = readStoredVotes(server.databasePath, poll.id);
    // Voters reach the server through one trusted proxy, each from its own address.
    const addressOf = (index: number) => `10.0.${index >> 8}.${index & 255}`;

    let participants: Participant[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const tokens = round === 1 ? new Array(VOTERS).fill(undefined) : participants.map((p) => p.token);
      const voters = await connectAll(server.url, event.code, tokens, addressOf);
      if (round === 1) {
        participants = voters.map((voter) => ({
          token: voter.token,
          tokenHash: tokenHashOf(voter.token),
          verified: null,
          since: [],
        }));
      } else {
        checkSnapshots(voters, participants, poll, positionOf);
      }

      const counts: RoundCounts = { sent: 0, acked: 0, rejected: new Map() };
      const voting = voters.map((voter, index) =>
        voteUntilDisconnected(voter, participants[index] as Participant, poll, positionOf, round, counts),
      );
      await sleep(randomBetween(KILL_AFTER_MS));
      const ended = await server.kill("SIGKILL");
      expect(ended.signal).toBe("SIGKILL");
      await Promise.all(voting);
      // The round proves something only if votes were acknowledged before the kill.
      expect(
        counts.acked,
        `round ${round}: ${JSON.stringify({ ...counts, rejected: [...counts.rejected] })}`,
      ).toBeGreaterThan(0);
      expect([...counts.rejected.keys()].filter((code) => code !== "RATE_LIMITED")).toEqual([]);

      await server.restart();
      await checkAfterRestart(server, server.databasePath, event, poll, participants);
    }

    const voters = await connectAll(
      server.url,
      event.code,
      participants.map((p) => p.token),
      addressOf,
    );
    checkSnapshots(voters, participants, poll, positionOf);
    await Promise.all(voters.map((voter) => voter.close()));
  }, 90_000);
});

// ---------------------------------------------------------------------------------------------
// Upvotes: the same group commit, so the same promise. Phones upvote and take back among
// questions until the kill; after the restart, every acknowledged upvote state is on disk and
// the counts the restarted server shows are exactly the rows.

const UPVOTERS = 300;
const QUESTIONS = 20;
/** A phone changes one upvote every this often: under the per-participant upvote limit. */
const UPVOTE_THINK_MS = { min: 120, max: 350 };

/** One phone's upvote socket: sends upvote frames, resolves each by requestId ("lost" when cut). */
type Upvoter = {
  token: string;
  upvote(requestId: string, questionId: number, up: boolean): Promise<"acked" | "refused" | "lost">;
  close(): void;
};

function connectUpvoter(url: string, code: string, address: string, token?: string): Promise<Upvoter> {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/api/events/${code}/live`, {
    headers: { "x-forwarded-for": address },
  });
  const pending = new Map<string, (answer: "acked" | "refused" | "lost") => void>();
  socket.on("close", () => {
    for (const answer of pending.values()) answer("lost");
    pending.clear();
  });
  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    socket.once("open", () =>
      socket.send(JSON.stringify({ type: "hello", ...(token ? { participantToken: token } : {}) })),
    );
    socket.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as ServerMessage;
      if (frame.type === "snapshot" && frame.participantToken) {
        resolve({
          token: frame.participantToken,
          upvote: (requestId, questionId, up) =>
            new Promise((answer) => {
              if (socket.readyState !== WebSocket.OPEN) return answer("lost");
              pending.set(requestId, answer);
              socket.send(JSON.stringify({ type: "upvote", requestId, questionId, up }));
            }),
          close: () => socket.close(),
        });
      } else if ((frame.type === "ack" || frame.type === "error") && typeof frame.requestId === "string") {
        pending.get(frame.requestId)?.(frame.type === "ack" ? "acked" : "refused");
        pending.delete(frame.requestId);
      }
    });
  });
}

/** What the file holds: (token hash, question id) pairs upvoted, and the count per question. */
function readStoredUpvotes(databasePath: string): {
  pairs: Set<string>;
  counts: Map<number, number>;
  integrity: unknown;
} {
  const db = new Sqlite(databasePath, { fileMustExist: true, readonly: true });
  try {
    const rows = db
      .prepare<[], { tokenHash: string; questionId: number }>(
        "SELECT p.token_hash AS tokenHash, u.question_id AS questionId FROM upvotes u JOIN participants p ON p.id = u.participant_id",
      )
      .all();
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.questionId, (counts.get(row.questionId) ?? 0) + 1);
    return {
      pairs: new Set(rows.map((row) => `${row.tokenHash} ${row.questionId}`)),
      counts,
      integrity: db.pragma("integrity_check", { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe("kill -9 while phones upvote questions", () => {
  const server = useChildServer({ env: { TRUST_PROXY: "1" } });

  it("keeps every acknowledged upvote, and the restarted server's counts are exactly the rows", async () => {
    const event = await createEvent(server.url);
    await request(server.url, "PATCH", `/api/events/${event.code}`, {
      key: event.key,
      body: { qa: { enabled: true } },
    });
    const questionIds: number[] = [];
    for (let index = 0; index < QUESTIONS; index++) {
      const asked = await request(server.url, "POST", `/api/events/${event.code}/questions`, {
        body: { text: `Frage ${index}?` },
        headers: { "x-forwarded-for": `10.9.0.${index}` },
      });
      expect(asked.status).toBe(201);
      questionIds.push(asked.body.question.id);
    }
    const addressOf = (index: number) => `10.1.${index >> 8}.${index & 255}`;
    const upvoters: Upvoter[] = [];
    for (let index = 0; index < UPVOTERS; index++) {
      upvoters.push(await connectUpvoter(server.url, event.code, addressOf(index)));
    }
    /** Per "token hash, question id": the states the file may hold (the last acked, or one still in flight). */
    const lastAcked = new Map<string, boolean>();
    const inFlight = new Map<string, boolean[]>();
    let acked = 0;
    const running = upvoters.map(async (upvoter, index) => {
      const hash = tokenHashOf(upvoter.token);
      for (let sequence = 0; ; sequence++) {
        const questionId = questionIds[Math.floor(Math.random() * questionIds.length)] as number;
        const pair = `${hash} ${questionId}`;
        const up = !(lastAcked.get(pair) ?? false);
        inFlight.set(pair, [...(inFlight.get(pair) ?? []), up]);
        const answer = await upvoter.upvote(`${index}-${sequence}`, questionId, up);
        if (answer === "lost") return;
        inFlight.set(pair, (inFlight.get(pair) ?? []).slice(1));
        if (answer === "acked") {
          lastAcked.set(pair, up);
          acked++;
        }
        await sleep(randomBetween(UPVOTE_THINK_MS));
      }
    });
    await sleep(randomBetween(KILL_AFTER_MS));
    expect((await server.kill("SIGKILL")).signal).toBe("SIGKILL");
    await Promise.all(running);
    expect(acked).toBeGreaterThan(0);

    await server.restart();
    const stored = readStoredUpvotes(server.databasePath);
    expect(stored.integrity).toBe("ok");
    const wrong: string[] = [];
    for (const pair of new Set([...lastAcked.keys(), ...inFlight.keys()])) {
      const allowed = new Set([lastAcked.get(pair) ?? false, ...(inFlight.get(pair) ?? [])]);
      if (!allowed.has(stored.pairs.has(pair))) wrong.push(pair);
    }
    expect(wrong.slice(0, 10), `${wrong.length} upvotes differ from what was acknowledged`).toEqual([]);
    const listed = await request<{ questions: Question[] }>(server.url, "GET", `/api/events/${event.code}/questions`);
    for (const question of listed.body.questions) {
      expect(question.upvotes, `question ${question.id}`).toBe(stored.counts.get(question.id) ?? 0);
    }
    expect(listed.body.questions).toHaveLength(QUESTIONS);
  }, 60_000);
});

describe("durability settings", () => {
  const server = useServer();

  it("runs with synchronous=FULL and a write-ahead log", async () => {
    // synchronous is a setting of the connection: read it from the server's own.
    const sqlite = sqliteOf(server.app);
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
  });
});
