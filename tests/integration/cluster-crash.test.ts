// Several nodes under kill -9: three real server processes on one PostgreSQL. A thousand phones
// spread over them vote round after round while one node is killed mid-burst; its phones
// reconnect to the others with their tokens and send again what was not acknowledged, as the
// voter page does. Then the rows, read with plain SQL, hold every acknowledged vote once, and
// every running node's figures (REST and projector) equal the rows. Before that, two narrower
// cases: a node killed between a vote's COMMIT and telling the others (only its missing
// heartbeats tell them), and a poll another node first hears of when it is open already.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANNEL } from "../../server/cluster/channel.js";
import type { ChoicePoll } from "../../shared/poll.js";
import type { ChoiceResults, Results } from "../../shared/results.js";
import {
  createEvent,
  createPoll,
  type EventFixture,
  PICK_TWO_OF_SIX,
  pollAction,
  type Reply,
  request,
} from "../helpers/api.js";
import { type ChildServer, spawnServer } from "../helpers/child-server.js";
import { connectLive, type LiveClient } from "../helpers/live-client.js";
import { freshDatabaseUrl } from "../helpers/postgres.js";
import { tempDatabasePath } from "../helpers/server.js";
import { choiceValue, tokenHashOf } from "../helpers/stored-votes.js";
import { connectVoter, type Voter } from "../helpers/voter.js";

const NODES = 3;
const VOTERS = 1_000;
const ROUNDS = 3;
/** Phones connect this many at a time. */
const CONNECT_CONCURRENCY = 100;
/** A phone's first vote of a round comes somewhere in this window after the poll opened. */
const FIRST_VOTE_WITHIN_MS = 500;
/** Votes a phone sends per round: the first, then changes of mind. */
const VOTES_PER_PHONE = { min: 1, max: 3 };
/** A phone thinks this long between votes: under the per-participant vote limit. */
const THINK_MS = { min: 80, max: 300 };
/** Sometimes a phone changes its mind before the last vote is acknowledged (two in flight). */
const CHANGE_IN_FLIGHT = 0.25;
/** The kill comes this long after the burst began: while votes are being sent and committed. */
const KILL_AFTER_MS = { min: 150, max: 600 };
/** ...and not before the node to be killed has acknowledged this many votes (a slow start on a busy machine). */
const ACKED_BEFORE_KILL = 20;
/** Once votes stop, every node shows the database's figures within this (the reconcile re-reads quiet polls after 0.5 s). */
const FIGURES_SETTLE_MS = 2_000;
const FIGURES_CHECK_MS = 100;
/** A node re-reads a poll it learned of once the poll has been quiet for 0.5 s. */
const QUIET_AFTER_NEWS_MS = 1_000;
/** A notification the killed node sent before it died has arrived by then. */
const NOTIFY_ARRIVES_MS = 200;
/**
 * The others take a node for dead after 3.5 s without its heartbeat (sent every second) and
 * re-read everything, each tally once quiet for 0.5 s (docs/scaling.md "A node dies": about 5 s).
 */
const GONE_NOTICED_MS = 8_000;
/** Tries at killing a node between a vote's COMMIT and its notification. */
const KILL_ATTEMPTS = 3;
/** Polls created and opened at once, each a try at a node hearing of one only when it is open. */
const OPENED_AT_ONCE_ATTEMPTS = 3;

const randomBetween = ({ min, max }: { min: number; max: number }) => min + Math.random() * (max - min);
const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

/** One vote a phone sent, and what became of it. */
type Sent = {
  value: number;
  /** "confirmed": the snapshot after a reconnect showed it stored, so the phone did not send it again. */
  state: "in flight" | "acked" | "confirmed" | "rejected";
};

type Phone = {
  index: number;
  token: string;
  tokenHash: string;
  /** The node the phone connects to when it may choose (the load balancer's pick). */
  home: number;
  voter: Voter;
  /** The node the phone is connected to now. */
  node: number;
  /** This round's votes, in the order sent. */
  sent: Sent[];
  reconnecting: Promise<void> | null;
};

type RoundCounts = {
  sent: number;
  acked: number;
  /** Acknowledged by the node that was killed, before it was. */
  ackedByVictim: number;
  confirmed: number;
  resent: number;
  reconnected: number;
  rejected: Map<string, number>;
};

/** One or two distinct options of six, as "pick two of six" allows. */
function randomSelection(optionIds: readonly number[]): number[] {
  const shuffled = [...optionIds].sort(() => Math.random() - 0.5);
  return shuffled.slice(0, Math.random() < 0.8 ? 2 : 1);
}

/** The three nodes: spawned on one database before the tests, killed after. */
function useNodes() {
  const nodes: (ChildServer | null)[] = new Array(NODES).fill(null);
  // The servers need a DATABASE_PATH; with DATABASE_URL set they never open it.
  const unusedFile = tempDatabasePath();
  let databaseUrl = "";
  const spawnNode = async (index: number) => {
    nodes[index] = await spawnServer(unusedFile.path, { DATABASE_URL: databaseUrl });
  };
  beforeAll(async () => {
    databaseUrl = await freshDatabaseUrl();
    // One after the other: the first migrates, the others find the schema in place.
    for (let index = 0; index < NODES; index++) await spawnNode(index);
  });
  afterAll(async () => {
    await Promise.all(nodes.map((node) => node?.kill("SIGKILL")));
    unusedFile.cleanup();
  });
  return {
    get databaseUrl() {
      return databaseUrl;
    },
    node(index: number): ChildServer {
      const node = nodes[index];
      if (!node) throw new Error(`node ${index} is not running`);
      return node;
    },
    running: () => nodes.flatMap((node, index) => (node ? [index] : [])),
    async kill(index: number) {
      const node = nodes[index];
      nodes[index] = null;
      return node?.kill("SIGKILL");
    },
    restart: spawnNode,
  };
}

/** A poll's votes as stored, read with plain SQL: the auditor's view, no server code. */
async function readStoredPoll(databaseUrl: string, pollId: number) {
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const votes = await sql.query<{ token_hash: string; value: number }>(
      `SELECT p.token_hash, v.value FROM votes v JOIN participants p ON p.id = v.participant_id
       WHERE v.poll_id = $1`,
      [pollId],
    );
    const byTokenHash = new Map<string, number>();
    const twice: string[] = [];
    for (const row of votes.rows) {
      if (byTokenHash.has(row.token_hash)) twice.push(row.token_hash);
      byTokenHash.set(row.token_hash, row.value);
    }
    const options = await sql.query<{ id: number; position: number }>(
      "SELECT id, position FROM options WHERE poll_id = $1",
      [pollId],
    );
    const participants = await sql.query<{ token_hash: string }>("SELECT token_hash FROM participants");
    return {
      byTokenHash,
      /** Participants with more than one vote on the poll. */
      twice,
      positionOf: new Map(options.rows.map((option) => [option.id, option.position])),
      participantHashes: participants.rows.map((row) => row.token_hash),
    };
  } finally {
    await sql.end();
  }
}

type StoredPoll = Awaited<ReturnType<typeof readStoredPoll>>;

/** What the nodes tell each other, overheard on their channel: whether any told of votes on a poll. */
async function listenToNodes(databaseUrl: string) {
  const sql = new pg.Client({ connectionString: databaseUrl });
  const payloads: string[] = [];
  sql.on("notification", (message) => {
    if (message.payload !== undefined) payloads.push(message.payload);
  });
  await sql.connect();
  await sql.query(`LISTEN ${CHANNEL}`);
  return {
    votedOn: (pollId: number) =>
      payloads.some((payload) =>
        ((JSON.parse(payload) as { votes?: [number, number, number][] }).votes ?? []).some(([id]) => id === pollId),
      ),
    close: () => sql.end(),
  };
}

/** The figures the stored votes make: respondents and each option's count. */
function figuresOf(stored: StoredPoll) {
  const values = [...stored.byTokenHash.values()];
  return {
    respondents: values.length,
    options: Object.fromEntries(
      [...stored.positionOf].map(([id, position]) => [
        id,
        values.filter((value) => (value & (1 << position)) !== 0).length,
      ]),
    ),
  };
}

type Figures = ReturnType<typeof figuresOf>;

const figuresShown = (results: ChoiceResults): Figures => ({
  respondents: results.respondents,
  options: Object.fromEntries(results.options.map((option) => [option.id, option.count])),
});

/** What a screen shows of a poll now: its last results frame, or its snapshot's results. */
function lastResultsOn(screen: LiveClient, pollId: number): Results | undefined {
  for (let index = screen.frames.length - 1; index >= 0; index--) {
    const frame = screen.frames[index];
    if (frame?.type === "results" && frame.pollId === pollId) return frame.results;
    if (frame?.type === "snapshot") return frame.results[String(pollId)];
  }
  return undefined;
}

describe("three node processes on one PostgreSQL", () => {
  const cluster = useNodes();
  const phones: Phone[] = [];
  /** A projector on every running node, per event code: node index → its screen socket. */
  const screens = new Map<string, Map<number, LiveClient>>();
  function screensOf(code: string): Map<number, LiveClient> {
    const known = screens.get(code);
    if (known) return known;
    const ofEvent = new Map<number, LiveClient>();
    screens.set(code, ofEvent);
    return ofEvent;
  }

  afterAll(async () => {
    for (const phone of phones) phone.voter.socket.terminate();
    for (const ofEvent of screens.values()) for (const screen of ofEvent.values()) screen.socket.terminate();
  });

  /** Connects phones to their home nodes, `CONNECT_CONCURRENCY` at a time (new ones get a token). */
  async function connectHome(code: string, indexes: readonly number[], tokens?: readonly string[]) {
    let next = 0;
    const worker = async () => {
      for (let n = next++; n < indexes.length; n = next++) {
        const index = indexes[n] as number;
        const home = index % NODES;
        const voter = await connectVoter(cluster.node(home).url, code, { token: tokens?.[n] });
        const phone = phones[index];
        if (phone) {
          phone.voter = voter;
          phone.node = home;
        } else {
          phones[index] = {
            index,
            token: voter.token,
            tokenHash: tokenHashOf(voter.token),
            home,
            voter,
            node: home,
            sent: [],
            reconnecting: null,
          };
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
  }

  /** The phone's connection dropped: it connects to another running node, with its token. */
  function reconnect(phone: Phone, code: string, counts: RoundCounts): Promise<void> {
    if (phone.voter.socket.readyState === phone.voter.socket.OPEN) return Promise.resolve();
    phone.reconnecting ??= (async () => {
      const others = cluster.running();
      const target = others[phone.index % others.length] as number;
      phone.voter = await connectVoter(cluster.node(target).url, code, { token: phone.token });
      phone.node = target;
      counts.reconnected++;
    })().finally(() => {
      phone.reconnecting = null;
    });
    return phone.reconnecting;
  }

  /**
   * Sends one vote and follows it to its end, as the voter page does: cut off unanswered, the
   * phone reconnects; if the snapshot shows the vote stored, it is done, else the latest vote
   * goes out again (same request id) on the new connection.
   */
  async function castVote(
    phone: Phone,
    poll: ChoicePoll,
    optionIds: number[],
    requestId: string,
    positionOf: ReadonlyMap<number, number>,
    counts: RoundCounts,
    victim: { index: number; killed: boolean },
  ): Promise<void> {
    const sent: Sent = { value: choiceValue(optionIds, positionOf), state: "in flight" };
    phone.sent.push(sent);
    counts.sent++;
    for (;;) {
      const node = phone.node;
      const answer = await phone.voter.vote(requestId, poll.id, { optionIds });
      if (answer.kind === "ack") {
        if (!("optionIds" in answer.vote) || choiceValue(answer.vote.optionIds, positionOf) !== sent.value) {
          throw new Error(`an ack confirmed ${JSON.stringify(answer.vote)}, not the vote sent (${sent.value})`);
        }
        sent.state = "acked";
        counts.acked++;
        if (node === victim.index && !victim.killed) counts.ackedByVictim++;
        return;
      }
      if (answer.kind === "error") {
        sent.state = "rejected";
        counts.rejected.set(answer.code, (counts.rejected.get(answer.code) ?? 0) + 1);
        return;
      }
      await reconnect(phone, poll.eventCode, counts);
      // The page keeps only its latest vote waiting; an earlier one is replaced by it.
      if (phone.sent.at(-1) !== sent) return;
      const stored = phone.voter.snapshot.myVotes[String(poll.id)];
      if (stored && "optionIds" in stored && choiceValue(stored.optionIds, positionOf) === sent.value) {
        sent.state = "confirmed";
        counts.confirmed++;
        return;
      }
      counts.resent++;
    }
  }

  /** One phone's round: a first vote, then changes of mind, sometimes before the last was acknowledged. */
  async function voteRound(
    phone: Phone,
    poll: ChoicePoll,
    round: number,
    positionOf: ReadonlyMap<number, number>,
    counts: RoundCounts,
    victim: { index: number; killed: boolean },
  ): Promise<void> {
    await sleep(Math.random() * FIRST_VOTE_WITHIN_MS);
    const votes = Math.floor(randomBetween({ min: VOTES_PER_PHONE.min, max: VOTES_PER_PHONE.max + 1 }));
    const answered: Promise<void>[] = [];
    for (let sequence = 0; sequence < votes; sequence++) {
      const optionIds = randomSelection(poll.options.map((option) => option.id));
      const requestId = `r${round}-${sequence}`;
      answered.push(castVote(phone, poll, optionIds, requestId, positionOf, counts, victim));
      if (sequence + 1 < votes && Math.random() >= CHANGE_IN_FLIGHT) await answered.at(-1);
      await sleep(randomBetween(THINK_MS));
    }
    await Promise.all(answered);
  }

  /** A screen on every running node that has none (a killed node's screen went with it). */
  async function openScreens(code: string) {
    const ofEvent = screensOf(code);
    for (const [index, screen] of ofEvent) {
      if (screen.socket.readyState !== screen.socket.OPEN) ofEvent.delete(index);
    }
    for (const index of cluster.running()) {
      if (ofEvent.has(index)) continue;
      const screen = await connectLive(cluster.node(index).url, code, "?role=screen");
      await screen.next("snapshot");
      ofEvent.set(index, screen);
    }
  }

  /** Every running node's figures, by REST and on its screen, against the rows; the differences. */
  async function differences(event: EventFixture, pollId: number, expected: Figures): Promise<string[]> {
    const found: string[] = [];
    for (const index of cluster.running()) {
      const reply = await request<{ results: ChoiceResults }>(
        cluster.node(index).url,
        "GET",
        `/api/events/${event.code}/polls/${pollId}/results`,
      );
      const rest = figuresShown(reply.body.results);
      if (JSON.stringify(rest) !== JSON.stringify(expected)) found.push(`node ${index} REST ${JSON.stringify(rest)}`);
      const screen = screensOf(event.code).get(index);
      const onScreen = screen ? lastResultsOn(screen, pollId) : undefined;
      const shown = onScreen?.type === "choice" ? figuresShown(onScreen) : onScreen;
      if (JSON.stringify(shown) !== JSON.stringify(expected)) {
        found.push(`node ${index} screen ${JSON.stringify(shown)}`);
      }
    }
    return found;
  }

  /** Waits until every running node shows the stored figures; fails with what differs after `withinMs`. */
  async function expectFiguresOfDatabase(
    event: EventFixture,
    pollId: number,
    expected: Figures,
    when: string,
    withinMs = FIGURES_SETTLE_MS,
  ) {
    const deadline = Date.now() + withinMs;
    let found = await differences(event, pollId, expected);
    while (found.length > 0 && Date.now() < deadline) {
      await sleep(FIGURES_CHECK_MS);
      found = await differences(event, pollId, expected);
    }
    expect(found, `${when}: the database holds ${JSON.stringify(expected)}`).toEqual([]);
  }

  /**
   * Waits until every running node answers `path` as `known` says: what one node stored reaches
   * the others over the channel a moment later (a moderator's next click may land on any node).
   */
  async function everyNodeKnows<T>(path: string, known: (reply: Reply<T>) => boolean, key?: string) {
    for (const index of cluster.running()) {
      while (!known(await request<T>(cluster.node(index).url, "GET", path, { key }))) await sleep(10);
    }
  }

  it("counts a vote whose node died before telling the others, once they notice it is gone", async () => {
    const event = await createEvent(cluster.node(0).url);
    await everyNodeKnows(`/api/events/${event.code}`, (reply) => reply.status === 200);
    await openScreens(event.code);
    const victim = 1;
    const channel = await listenToNodes(cluster.databaseUrl);
    try {
      for (let attempt = 1; ; attempt++) {
        const poll = (await createPoll(cluster.node(0).url, event, PICK_TWO_OF_SIX)) as ChoicePoll;
        expect((await pollAction(cluster.node(0).url, event, poll.id, "open")).status).toBe(200);
        await everyNodeKnows<{ polls: { id: number; state: string }[] }>(
          `/api/events/${event.code}/polls`,
          (reply) => reply.body.polls.some((listed) => listed.id === poll.id && listed.state === "open"),
          event.key,
        );
        // Every node has re-read the poll it just learned of: nothing makes one re-read it again
        // (this test runs first: no node has died yet whose silence would make them re-read).
        await sleep(QUIET_AFTER_NEWS_MS);

        // A node tells the others of a vote some milliseconds after its COMMIT (its outbox
        // batches votes): killed the moment its ack arrives, it never does.
        const node = cluster.node(victim);
        const phone = await connectVoter(node.url, event.code);
        phone.socket.on("message", (data) => {
          if ((JSON.parse(data.toString()) as { type: string }).type === "ack") node.process.kill("SIGKILL");
        });
        const answer = await phone.vote("only", poll.id, { optionIds: [poll.options[0]?.id as number] });
        expect(answer.kind).toBe("ack");
        await cluster.kill(victim);
        await sleep(NOTIFY_ARRIVES_MS);
        const stored = await readStoredPoll(cluster.databaseUrl, poll.id);
        expect(stored.byTokenHash.size).toBe(1);

        if (!channel.votedOn(poll.id)) {
          await expectFiguresOfDatabase(event, poll.id, figuresOf(stored), "the survivors", GONE_NOTICED_MS);
          await cluster.restart(victim);
          await openScreens(event.code);
          await expectFiguresOfDatabase(event, poll.id, figuresOf(stored), "after the restart");
          return;
        }
        // The node told the others before the kill landed (a busy machine): once more.
        await cluster.restart(victim);
        await openScreens(event.code);
        if (attempt === KILL_ATTEMPTS) throw new Error("the node always told the others before it was killed");
      }
    } finally {
      await channel.close();
      // Failed half-way: the other tests need all three nodes.
      if (!cluster.running().includes(victim)) await cluster.restart(victim);
    }
  }, 60_000);

  it("shows a poll opened right after its creation with its results on every node's screen", async () => {
    const event = await createEvent(cluster.node(0).url);
    await everyNodeKnows(`/api/events/${event.code}`, (reply) => reply.status === 200);
    await openScreens(event.code);
    for (let attempt = 0; attempt < OPENED_AT_ONCE_ATTEMPTS; attempt++) {
      // Opened at once: another node may first hear of the poll when it is open already.
      const poll = await createPoll(cluster.node(0).url, event, PICK_TWO_OF_SIX);
      expect((await pollAction(cluster.node(0).url, event, poll.id, "open")).status).toBe(200);
      for (const screen of screensOf(event.code).values()) {
        await screen.next("results", (frame) => frame.pollId === poll.id && frame.results.respondents === 0);
      }
    }
  });

  it("keeps every acknowledged vote once when a node is killed mid-burst, and every node's figures end equal to the database's", async () => {
    const event = await createEvent(cluster.node(0).url);
    const code = event.code;
    await everyNodeKnows(`/api/events/${code}`, (reply) => reply.status === 200);
    const everyone = Array.from({ length: VOTERS }, (_, index) => index);
    await connectHome(code, everyone);

    for (let round = 1; round <= ROUNDS; round++) {
      // Phones a kill moved elsewhere come back to their node, as a load balancer spreads them again.
      const away = phones.filter(
        (phone) => phone.node !== phone.home || phone.voter.socket.readyState !== phone.voter.socket.OPEN,
      );
      for (const phone of away) phone.voter.socket.terminate();
      await connectHome(
        code,
        away.map((phone) => phone.index),
        away.map((phone) => phone.token),
      );
      await openScreens(code);

      // Created on one node, opened on the next: every node learns of it over the channel.
      const poll = (await createPoll(cluster.node(round % NODES).url, event, PICK_TWO_OF_SIX)) as ChoicePoll;
      await everyNodeKnows<{ polls: { id: number }[] }>(
        `/api/events/${code}/polls`,
        (reply) => reply.body.polls.some((listed) => listed.id === poll.id),
        event.key,
      );
      expect((await pollAction(cluster.node((round + 1) % NODES).url, event, poll.id, "open")).status).toBe(200);
      for (const screen of screensOf(code).values()) {
        await screen.next("poll", (frame) => frame.poll.id === poll.id && frame.poll.state === "open");
      }
      const { positionOf } = await readStoredPoll(cluster.databaseUrl, poll.id);

      const victim = { index: (round - 1) % NODES, killed: false };
      const counts: RoundCounts = {
        sent: 0,
        acked: 0,
        ackedByVictim: 0,
        confirmed: 0,
        resent: 0,
        reconnected: 0,
        rejected: new Map(),
      };
      for (const phone of phones) phone.sent = [];
      const voting = phones.map((phone) => voteRound(phone, poll, round, positionOf, counts, victim));
      await sleep(randomBetween(KILL_AFTER_MS));
      for (const waitUntil = Date.now() + 10_000; counts.ackedByVictim < ACKED_BEFORE_KILL; ) {
        if (Date.now() > waitUntil) throw new Error(`node ${victim.index} acknowledged no votes`);
        await sleep(5);
      }
      const sentBeforeKill = counts.sent;
      victim.killed = true;
      expect((await cluster.kill(victim.index))?.signal).toBe("SIGKILL");
      await Promise.all(voting);

      const label = `round ${round}, node ${victim.index} killed after ${sentBeforeKill} votes sent`;
      const tally = JSON.stringify({ ...counts, rejected: [...counts.rejected] });
      // The round proves something only if the killed node's phones had to move.
      expect(counts.reconnected, `${label}: ${tally}`).toBeGreaterThan(0);
      expect([...counts.rejected.keys()], `${label}: ${tally}`).toEqual([]);

      // The rows: every phone's last vote, as acknowledged. A phone sends its latest vote again
      // until it is acknowledged (or the snapshot shows it stored), so each one's last is settled.
      const stored = await readStoredPoll(cluster.databaseUrl, poll.id);
      const wrong: string[] = [];
      for (const phone of phones) {
        const last = phone.sent.at(-1);
        const value = stored.byTokenHash.get(phone.tokenHash) ?? null;
        if (last && (last.state === "acked" || last.state === "confirmed") && value === last.value) continue;
        const history = phone.sent.map((sent) => `${sent.value}:${sent.state}`).join(" ");
        wrong.push(`phone ${phone.index}: stored ${value} (sent: ${history})`);
      }
      expect(wrong.slice(0, 10), `${label}: ${wrong.length} phones' last votes are not stored as acknowledged`).toEqual(
        [],
      );
      // Nobody twice: one vote per participant, one participant per token, no vote of a stranger.
      expect(stored.twice, `${label}: participants with two votes`).toEqual([]);
      const known = new Set(phones.map((phone) => phone.tokenHash));
      expect(new Set(stored.participantHashes).size, `${label}: participants stored twice`).toBe(
        stored.participantHashes.length,
      );
      expect(
        [...stored.byTokenHash.keys()].filter((hash) => !known.has(hash)),
        `${label}: votes of no phone`,
      ).toEqual([]);
      expect(stored.byTokenHash.size, label).toBe(VOTERS);

      // The figures: the survivors' first, before the killed node is back, then all three.
      const expected = figuresOf(stored);
      await expectFiguresOfDatabase(event, poll.id, expected, `${label}, survivors`);
      await cluster.restart(victim.index);
      await openScreens(code);
      await expectFiguresOfDatabase(event, poll.id, expected, `${label}, after the restart`);
    }
  }, 120_000);
});
