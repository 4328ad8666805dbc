// Durability of open answers under kill -9: the server process is killed while phones send and
// change their answers; after the restart every participant's answers on file are the last
// acknowledged ones (or one still in flight), and the word groups the server rebuilds agree
// with a recount of the rows.
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { groupKeyOf } from "../../server/domain/word-groups.js";
import type { TextResults } from "../../shared/results.js";
import { createEvent, createPoll, pollAction, request } from "../helpers/api.js";
import { useChildServer } from "../helpers/child-server.js";
import { tokenHashOf } from "../helpers/stored-votes.js";
import { connectVoter } from "../helpers/voter.js";

const VOTERS = 200;
const KILL_AFTER_MS = { min: 300, max: 1_500 };
const THINK_MS = { min: 100, max: 300 };
/** Few words, so that groups are shared and change spelling under load. */
const WORDS = ["Kaffee", "kaffee", "KAFFEE", "Tee", "Wasser", "Saft", "saft ", "Milch"];

const randomBetween = ({ min, max }: { min: number; max: number }) => min + Math.random() * (max - min);
const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));
const pick = () => WORDS[Math.floor(Math.random() * WORDS.length)] as string;

/** The answers on file per participant (by token hash), and whether the file is sound. */
function readStoredAnswers(databasePath: string, pollId: number) {
  const db = new Sqlite(databasePath, { fileMustExist: true, readonly: true });
  try {
    const rows = db
      .prepare<[number], { tokenHash: string; answers: string }>(
        `SELECT p.token_hash AS tokenHash, t.answers FROM votes v
         JOIN text_answers t ON t.vote_id = v.id JOIN participants p ON p.id = v.participant_id
         WHERE v.poll_id = ?`,
      )
      .all(pollId);
    return {
      byParticipant: new Map(rows.map((row) => [row.tokenHash, JSON.parse(row.answers) as string[]])),
      integrity: db.pragma("integrity_check", { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe("kill -9 while phones send open answers", () => {
  const server = useChildServer({ env: { TRUST_PROXY: "1" } });

  it("keeps every acknowledged answer, and the rebuilt groups are a recount of the rows", async () => {
    const event = await createEvent(server.url);
    const poll = await createPoll(server.url, event, { type: "text", question: "Was trinken Sie?", maxAnswers: 3 });
    await pollAction(server.url, event, poll.id, "open");
    const voters = await Promise.all(
      Array.from({ length: VOTERS }, (_, index) =>
        connectVoter(server.url, event.code, { headers: { "x-forwarded-for": `10.7.${index >> 8}.${index & 255}` } }),
      ),
    );
    /** Per token hash: the answers the file may hold (the last acked, or one still in flight). */
    const lastAcked = new Map<string, string>();
    const inFlight = new Map<string, Set<string>>();
    let acked = 0;
    const running = voters.map(async (voter, index) => {
      const hash = tokenHashOf(voter.token);
      for (let sequence = 0; ; sequence++) {
        const answers = Array.from({ length: 1 + Math.floor(Math.random() * 3) }, pick);
        const sent = JSON.stringify(answers.map((answer) => answer.trim()));
        inFlight.set(hash, (inFlight.get(hash) ?? new Set()).add(sent));
        const answer = await voter.vote(`${index}-${sequence}`, poll.id, { answers });
        if (answer.kind === "lost") return;
        inFlight.get(hash)?.delete(sent);
        if (answer.kind === "ack") {
          lastAcked.set(hash, sent);
          acked++;
        }
        await sleep(randomBetween(THINK_MS));
      }
    });
    await sleep(randomBetween(KILL_AFTER_MS));
    expect((await server.kill("SIGKILL")).signal).toBe("SIGKILL");
    await Promise.all(running);
    expect(acked).toBeGreaterThan(0);

    await server.restart();
    const stored = readStoredAnswers(server.databasePath, poll.id);
    expect(stored.integrity).toBe("ok");
    const wrong: string[] = [];
    for (const hash of new Set([...lastAcked.keys(), ...inFlight.keys()])) {
      const onFile = stored.byParticipant.get(hash);
      const allowed = new Set([lastAcked.get(hash), ...(inFlight.get(hash) ?? [])]);
      if (!allowed.has(onFile === undefined ? undefined : JSON.stringify(onFile))) wrong.push(hash);
    }
    expect(wrong.slice(0, 10), `${wrong.length} participants' answers differ from what was acknowledged`).toEqual([]);

    const reply = await request(server.url, "GET", `/api/events/${event.code}/polls/${poll.id}/results`);
    const results = reply.body.results as TextResults;
    expect(results.respondents).toBe(stored.byParticipant.size);
    const recount = new Map<string, number>();
    for (const answers of stored.byParticipant.values()) {
      for (const key of new Set(answers.map((answer) => groupKeyOf(answer, "de")))) {
        recount.set(key, (recount.get(key) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries(results.words.map((word) => [word.key, word.count]))).toEqual(
      Object.fromEntries(recount),
    );
  }, 60_000);
});
