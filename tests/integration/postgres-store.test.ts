// The PostgreSQL store against a real PostgreSQL: every method of the port gives what the SQLite
// store gives for the same writes, the group commit's batches keep those meanings, and two stores
// on one database (two nodes) neither lose nor double a vote and take turns on an event.
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BatchReport, PollNotOpen, type RecordedVote, type Store } from "../../server/store/port.js";
import { StalledWrite } from "../../server/store/postgres/group-commit.js";
import { createPostgresStore } from "../../server/store/postgres/store.js";
import type { Poll } from "../../shared/poll.js";
import { freshDatabaseUrl } from "../helpers/postgres.js";
import { tokenHashOf } from "../helpers/stored-votes.js";

const journal = JSON.parse(
  readFileSync(new URL("../../migrations/postgres/meta/_journal.json", import.meta.url), "utf8"),
) as { entries: unknown[] };

const NOW = Date.parse("2031-05-04T10:00:00.000Z");

let url: string;
let store: Store;
/** A second node on the same database. */
let other: Store;
let sql: pg.Client;
const batches: BatchReport[] = [];

beforeAll(async () => {
  url = await freshDatabaseUrl();
  store = await createPostgresStore(url, { onBatch: (report) => batches.push(report) });
  other = await createPostgresStore(url);
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await other?.close();
  await store?.close();
});

let codes = 0;
async function newEvent(target: Store = store) {
  const event = await target.insertEvent({
    code: `event-${++codes}`,
    title: `Event ${codes}`,
    locale: "de",
    moderatorKeyHash: "ab".repeat(32),
    createdAt: NOW,
  });
  if (!event) throw new Error("event code taken");
  return event;
}

const common = (eventCode: string, position: number) => ({
  id: 0,
  eventCode,
  position,
  state: "open" as const,
  question: `Question ${position}?`,
  resultsVisibility: "live" as const,
  createdAt: new Date(NOW).toISOString(),
  openedAt: null,
  closedAt: null,
  translations: {},
});

const choicePoll = (eventCode: string, position = 1, labels = ["Ja", "Nein", "Vielleicht"]): Poll => ({
  ...common(eventCode, position),
  type: "choice",
  options: labels.map((label) => ({ id: 0, label })),
  minSelections: 1,
  maxSelections: 2,
});
const ratingPoll = (eventCode: string, position = 1): Poll => ({
  ...common(eventCode, position),
  type: "rating",
  scale: 7,
});
const textPoll = (eventCode: string, position = 1): Poll => ({
  ...common(eventCode, position),
  type: "text",
  maxAnswers: 3,
  maxLength: 30,
  moderation: "pre",
  stopWords: true,
});

async function count(query: string, values: unknown[] = []): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${query}) AS q`, values);
  return rows[0]?.n ?? 0;
}

/** Applies the recorded votes' (previous → value) changes: what a node's tally in memory holds. */
function tallyOf(recorded: readonly { value: number; result: RecordedVote }[]) {
  const tally = new Map<number, number>();
  for (const { value, result } of recorded) {
    if (result.previous !== null) tally.set(result.previous, (tally.get(result.previous) ?? 0) - 1);
    tally.set(value, (tally.get(value) ?? 0) + 1);
  }
  return new Map([...tally].filter(([, votes]) => votes !== 0));
}

describe("events", () => {
  it("stores a new event with the defaults and refuses a code that is taken", async () => {
    const event = await newEvent();
    expect(event).toEqual({
      id: expect.any(Number),
      code: event.code,
      title: event.title,
      locale: "de",
      createdAt: "2031-05-04T10:00:00.000Z",
      moderatorKeyHash: "ab".repeat(32),
      accessCode: null,
      screen: { show: "join" },
      qa: { enabled: false, moderation: "post", names: true, blockedWords: [] },
      qaModeratorKeyHash: null,
    });
    const again = await store.insertEvent({
      code: event.code,
      title: "Another",
      locale: "en",
      moderatorKeyHash: "cd".repeat(32),
      createdAt: NOW,
    });
    expect(again).toBeNull();
  });

  it("updates the fields, the screen and the Q&A settings, and reads them back", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, choicePoll(event.code));
    const updated = await store.updateEvent(event.id, {
      title: "Neu",
      locale: "ar",
      accessCode: "raum-12",
      qa: { enabled: true, moderation: "pre", names: false, blockedWords: ["böse", "مرحبا"] },
      qaModeratorKeyHash: "ef".repeat(32),
      screen: { show: "poll", pollId: poll.id },
    });
    expect(updated).toMatchObject({
      title: "Neu",
      locale: "ar",
      accessCode: "raum-12",
      qa: { enabled: true, moderation: "pre", names: false, blockedWords: ["böse", "مرحبا"] },
      qaModeratorKeyHash: "ef".repeat(32),
      screen: { show: "poll", pollId: poll.id },
    });
    expect((await store.loadEvent(event.code))?.event).toEqual(updated);
    const cleared = await store.updateEvent(event.id, { accessCode: null, screen: { show: "qa" } });
    expect(cleared).toMatchObject({ accessCode: null, screen: { show: "qa" }, title: "Neu" });
    await expect(store.updateEvent(2_000_000_000, { title: "x" })).rejects.toThrow(/vanished/);
  });

  it("reads no event for an unknown code", async () => {
    expect(await store.loadEvent("no-such-event")).toBeNull();
  });
});

describe("polls", () => {
  it("stores polls of every kind with new ids, options in order, translations", async () => {
    const event = await newEvent();
    const choice = await store.insertPoll(event.id, {
      ...choicePoll(event.code),
      translations: { en: { question: "Yes or no?", options: ["Yes", "No", "Maybe"] } },
    });
    expect(choice.id).toBeGreaterThan(0);
    expect(choice).toMatchObject({
      type: "choice",
      eventCode: event.code,
      translations: { en: { question: "Yes or no?", options: ["Yes", "No", "Maybe"] } },
    });
    if (choice.type !== "choice") throw new Error("not a choice poll");
    expect(choice.options.map((option) => option.label)).toEqual(["Ja", "Nein", "Vielleicht"]);
    const ids = choice.options.map((option) => option.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(3);
    const rating = await store.insertPoll(event.id, ratingPoll(event.code, 2));
    const text = await store.insertPoll(event.id, textPoll(event.code, 3));
    expect(rating).toEqual({ ...ratingPoll(event.code, 2), id: rating.id });
    expect(text).toEqual({ ...textPoll(event.code, 3), id: text.id });

    const loaded = await store.loadEvent(event.code);
    expect(loaded?.polls).toEqual([choice, rating, text]);
    expect(loaded?.wordMarks).toEqual([]);
    const everything = await store.load();
    expect(everything.polls.filter((poll) => poll.eventCode === event.code)).toEqual([choice, rating, text]);
  });

  it("saves edits, replaces options given with id 0, deletes and sets the screen in one transaction", async () => {
    const event = await newEvent();
    const first = await store.insertPoll(event.id, choicePoll(event.code, 1));
    const second = await store.insertPoll(event.id, choicePoll(event.code, 2, ["A", "B"]));
    const third = await store.insertPoll(event.id, ratingPoll(event.code, 3));
    if (second.type !== "choice") throw new Error("not a choice poll");

    const opened = { ...second, position: 1, state: "open" as const, openedAt: new Date(NOW + 1000).toISOString() };
    const relabelled = { ...third, position: 2, question: "Wie gut?" };
    const saved = await store.savePolls({
      update: [opened, relabelled],
      delete: [first.id],
      screen: { eventId: event.id, screen: { show: "poll", pollId: second.id } },
    });
    expect(saved.polls).toEqual([opened, relabelled]);
    expect(saved.event?.screen).toEqual({ show: "poll", pollId: second.id });

    const replaced = await store.savePolls({
      update: [
        {
          ...opened,
          options: [
            { id: 0, label: "C" },
            { id: 0, label: "D" },
            { id: 0, label: "E" },
          ],
        },
      ],
    });
    expect(replaced.event).toBeUndefined();
    const [withNewOptions] = replaced.polls;
    if (withNewOptions?.type !== "choice") throw new Error("not a choice poll");
    expect(withNewOptions.options.map((option) => option.label)).toEqual(["C", "D", "E"]);
    expect(withNewOptions.options.every((option) => !second.options.some((old) => old.id === option.id))).toBe(true);

    const loaded = await store.loadEvent(event.code);
    expect(loaded?.polls).toEqual([withNewOptions, relabelled]);
    expect(loaded?.event.screen).toEqual({ show: "poll", pollId: second.id });
    expect(await count("SELECT 1 FROM options WHERE poll_id = $1", [second.id])).toBe(3);
  });

  it("rolls the whole change back when a part of it fails", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    await expect(
      store.savePolls({
        update: [
          { ...poll, question: "Changed?" },
          { ...poll, id: 2_000_000_000 },
        ],
        delete: [],
      }),
    ).rejects.toThrow(/vanished/);
    expect((await store.loadEvent(event.code))?.polls).toEqual([poll]);
  });
});

describe("votes and answers", () => {
  it("records a vote, a changed vote, and tells a new participant", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, choicePoll(event.code));
    const other = await store.insertPoll(event.id, ratingPoll(event.code, 2));
    const token = tokenHashOf(`voter-${poll.id}`);
    expect(await store.recordVote(poll.id, token, 0b001, NOW)).toEqual({ previous: null, newParticipant: true });
    expect(await store.recordVote(poll.id, token, 0b110, NOW + 1)).toEqual({ previous: 0b001, newParticipant: false });
    expect(await store.recordVote(other.id, token, 4, NOW + 2)).toEqual({ previous: null, newParticipant: false });
    expect(await store.recordVote(poll.id, tokenHashOf(`second-${poll.id}`), 0b110, NOW)).toEqual({
      previous: null,
      newParticipant: true,
    });

    expect(await store.votesOf(token, [poll.id, other.id, 2_000_000_000])).toEqual(
      new Map([
        [poll.id, 0b110],
        [other.id, 4],
      ]),
    );
    expect(await store.votesOf(tokenHashOf("nobody"), [poll.id])).toEqual(new Map());
    expect(await store.loadTally(poll.id)).toEqual({
      voteCounts: [{ pollId: poll.id, value: 0b110, votes: 2 }],
      answers: [],
    });
    const { voteCounts } = await store.load();
    expect(voteCounts.filter((row) => row.pollId === poll.id || row.pollId === other.id)).toEqual([
      { pollId: poll.id, value: 0b110, votes: 2 },
      { pollId: other.id, value: 4, votes: 1 },
    ]);
    const rows = await sql.query("SELECT created_at, updated_at FROM votes WHERE poll_id = $1 ORDER BY id", [poll.id]);
    expect(rows.rows[0]).toEqual({ created_at: String(NOW), updated_at: String(NOW + 1) });
  });

  it("draws no participant id for a vote of a participant already known", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    const known = tokenHashOf(`known-${poll.id}`);
    await store.recordVote(poll.id, known, 1, NOW);
    for (let i = 0; i < 5; i++) await store.recordVote(poll.id, known, 2 + i, NOW);
    await store.recordVote(poll.id, tokenHashOf(`next-${poll.id}`), 1, NOW);
    const { rows } = await sql.query<{ id: number }>(
      "SELECT id FROM participants WHERE token_hash = ANY($1) ORDER BY id",
      [[known, tokenHashOf(`next-${poll.id}`)]],
    );
    expect(rows[1]?.id).toBe((rows[0]?.id ?? 0) + 1);
  });

  it("records answers to a text poll with the earlier ones, oldest vote first", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, textPoll(event.code));
    const ada = tokenHashOf(`ada-${poll.id}`);
    const ben = tokenHashOf(`ben-${poll.id}`);
    expect(await store.recordAnswers(poll.id, ada, ["Kaffee", "Tee"], NOW)).toEqual({
      previous: null,
      newParticipant: true,
    });
    expect(await store.recordAnswers(poll.id, ben, ["شاي"], NOW + 1)).toEqual({ previous: null, newParticipant: true });
    expect(await store.recordAnswers(poll.id, ada, ["Wasser"], NOW + 2)).toEqual({
      previous: ["Kaffee", "Tee"],
      newParticipant: false,
    });
    const adaId = (await sql.query("SELECT id FROM participants WHERE token_hash = $1", [ada])).rows[0].id;
    const benId = (await sql.query("SELECT id FROM participants WHERE token_hash = $1", [ben])).rows[0].id;
    const answers = [
      { pollId: poll.id, participantId: adaId, answers: ["Wasser"], updatedAt: NOW + 2 },
      { pollId: poll.id, participantId: benId, answers: ["شاي"], updatedAt: NOW + 1 },
    ];
    expect(await store.answersOfPoll(poll.id)).toEqual(answers);
    expect(await store.loadTally(poll.id)).toEqual({
      // A text vote's value is its number of answers.
      voteCounts: [{ pollId: poll.id, value: 1, votes: 2 }],
      answers,
    });
    expect((await store.load()).answers.filter((row) => row.pollId === poll.id)).toEqual(answers);
    expect(await store.answersOf(ada, [poll.id])).toEqual(new Map([[poll.id, ["Wasser"]]]));
    expect(await store.answersOf(tokenHashOf("nobody"), [poll.id])).toEqual(new Map());
  });

  it("keeps any text as it was given, quotes, braces, backslashes and all", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, textPoll(event.code));
    const tricky = ['say "hi"', "back\\slash", "{a,b}", "NULL", "", "مرحبا 👋🏽", "a'b;--"];
    const voter = tokenHashOf(`tricky-${poll.id}`);
    await Promise.all([
      store.recordAnswers(poll.id, voter, tricky.slice(0, 3), NOW),
      store.recordAnswers(poll.id, tokenHashOf(`tricky2-${poll.id}`), tricky.slice(3), NOW),
    ]);
    expect(await store.recordAnswers(poll.id, voter, ["x"], NOW)).toMatchObject({ previous: tricky.slice(0, 3) });
    expect((await store.answersOfPoll(poll.id)).map((row) => row.answers)).toEqual([["x"], tricky.slice(3)]);
    const ids = await Promise.all(
      tricky.map((text, i) =>
        store.insertQuestion(event.id, voter, { text, name: i % 2 === 0 ? text : undefined, state: "visible" }, NOW),
      ),
    );
    const stored = await Promise.all(ids.map((id) => store.loadQuestion(id)));
    expect(stored.map((row) => [row?.text, row?.name])).toEqual(
      tricky.map((text, i) => [text, i % 2 === 0 ? text : null]),
    );
  });

  it("deletes a poll's votes and tells how many", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    for (let i = 0; i < 3; i++) await store.recordVote(poll.id, tokenHashOf(`reset-${poll.id}-${i}`), i + 1, NOW);
    expect(await store.deleteVotes(poll.id)).toBe(3);
    expect(await store.deleteVotes(poll.id)).toBe(0);
    expect(await store.loadTally(poll.id)).toEqual({ voteCounts: [], answers: [] });
  });
});

describe("questions and upvotes", () => {
  it("stores a question and reads it back with its asker", async () => {
    const event = await newEvent();
    const asker = tokenHashOf(`asker-${event.id}`);
    const id = await store.insertQuestion(event.id, asker, { text: "Warum?", name: undefined, state: "visible" }, NOW);
    const named = await store.insertQuestion(event.id, asker, { text: "Wie?", name: "Ayşe", state: "pending" }, NOW);
    expect(await store.loadQuestion(id)).toEqual({
      id,
      eventCode: event.code,
      text: "Warum?",
      name: null,
      state: "visible",
      highlighted: false,
      createdAt: NOW,
      askerHash: asker,
    });
    expect((await store.load()).questions.filter((row) => row.eventCode === event.code)).toEqual([
      await store.loadQuestion(id),
      await store.loadQuestion(named),
    ]);
    expect(await store.loadQuestion(2_000_000_000)).toBeNull();
  });

  it("counts an upvote once and takes it back once, as the database saw it", async () => {
    const event = await newEvent();
    const id = await store.insertQuestion(
      event.id,
      tokenHashOf("q"),
      { text: "?", name: undefined, state: "visible" },
      NOW,
    );
    const fan = tokenHashOf(`fan-${id}`);
    expect(await store.setUpvote(id, fan, true, NOW)).toBe(1);
    expect(await store.setUpvote(id, fan, true, NOW)).toBe(0);
    expect(await store.setUpvote(id, tokenHashOf(`fan2-${id}`), true, NOW)).toBe(1);
    expect(await store.loadUpvoteCounts(event.id)).toEqual([{ questionId: id, upvotes: 2 }]);
    expect(await store.upvotesOf(fan, event.id)).toEqual([id]);
    expect(await store.setUpvote(id, fan, false, NOW)).toBe(-1);
    expect(await store.setUpvote(id, fan, false, NOW)).toBe(0);
    expect(await store.upvotesOf(fan, event.id)).toEqual([]);
    // Taking back an upvote of a token never seen creates no participant.
    const stranger = tokenHashOf(`stranger-${id}`);
    expect(await store.setUpvote(id, stranger, false, NOW)).toBe(0);
    expect(await count("SELECT 1 FROM participants WHERE token_hash = $1", [stranger])).toBe(0);
    expect((await store.load()).upvoteCounts).toContainEqual({ questionId: id, upvotes: 1 });
  });

  it("saves moderators' changes and deletes a question with its upvotes", async () => {
    const event = await newEvent();
    const asker = tokenHashOf("moderated");
    const a = await store.insertQuestion(event.id, asker, { text: "A", name: undefined, state: "pending" }, NOW);
    const b = await store.insertQuestion(event.id, asker, { text: "B", name: undefined, state: "visible" }, NOW);
    await store.setUpvote(b, tokenHashOf("fan-b"), true, NOW);
    await store.updateQuestions([
      { id: a, state: "visible", highlighted: true },
      { id: b, state: "answered", highlighted: false },
    ]);
    expect(await store.loadQuestion(a)).toMatchObject({ state: "visible", highlighted: true });
    expect(await store.loadQuestion(b)).toMatchObject({ state: "answered", highlighted: false });
    await store.deleteQuestion(b);
    expect(await store.loadQuestion(b)).toBeNull();
    expect(await store.loadUpvoteCounts(event.id)).toEqual([]);
    await expect(store.setUpvote(b, tokenHashOf("late-fan"), true, NOW)).rejects.toMatchObject({ code: "23503" });
  });
});

describe("word marks", () => {
  it("sets, changes and removes a word group's mark", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, textPoll(event.code));
    await store.storeWordMark(poll.id, "kaffee", "hidden", NOW);
    await store.storeWordMark(poll.id, "tee", "approved", NOW + 1);
    await store.storeWordMark(poll.id, "kaffee", "approved", NOW + 2);
    await store.storeWordMark(poll.id, "wasser", "hidden", NOW + 3);
    await store.storeWordMark(poll.id, "wasser", null, NOW + 4);
    const marks = [
      { pollId: poll.id, groupKey: "tee", mark: "approved" },
      { pollId: poll.id, groupKey: "kaffee", mark: "approved" },
    ];
    expect((await store.loadEvent(event.code))?.wordMarks).toEqual(marks);
    expect((await store.load()).wordMarks.filter((mark) => mark.pollId === poll.id)).toEqual(marks);
  });
});

describe("deleting events", () => {
  it("deletes everything in them and the participants left with nothing", async () => {
    const doomed = await newEvent();
    const kept = await newEvent();
    const doomedPoll = await store.insertPoll(doomed.id, textPoll(doomed.code));
    const keptPoll = await store.insertPoll(kept.id, ratingPoll(kept.code));
    const onlyHere = tokenHashOf(`only-${doomed.id}`);
    const alsoElsewhere = tokenHashOf(`also-${doomed.id}`);
    const asker = tokenHashOf(`asker-${doomed.id}`);
    const upvoter = tokenHashOf(`upvoter-${doomed.id}`);
    await store.recordAnswers(doomedPoll.id, onlyHere, ["weg"], NOW);
    await store.recordAnswers(doomedPoll.id, alsoElsewhere, ["auch"], NOW);
    await store.recordVote(keptPoll.id, alsoElsewhere, 3, NOW);
    const question = await store.insertQuestion(doomed.id, asker, { text: "?", name: "A", state: "visible" }, NOW);
    await store.setUpvote(question, upvoter, true, NOW);
    await store.storeWordMark(doomedPoll.id, "weg", "hidden", NOW);

    expect(await store.deleteEvents([doomed.id])).toEqual({ erased: true });
    expect(await store.loadEvent(doomed.code)).toBeNull();
    expect(await store.loadEvent(kept.code)).not.toBeNull();
    for (const table of ["polls", "questions"]) {
      expect(await count(`SELECT 1 FROM ${table} WHERE event_id = $1`, [doomed.id])).toBe(0);
    }
    expect(await count("SELECT 1 FROM votes WHERE poll_id = $1", [doomedPoll.id])).toBe(0);
    expect(await count("SELECT 1 FROM text_answers")).toBe(
      await count("SELECT 1 FROM votes v JOIN polls p ON p.id = v.poll_id WHERE p.type = 'text'"),
    );
    expect(await count("SELECT 1 FROM word_marks WHERE poll_id = $1", [doomedPoll.id])).toBe(0);
    const left = await sql.query<{ token_hash: string }>(
      "SELECT token_hash FROM participants WHERE token_hash = ANY($1)",
      [[onlyHere, alsoElsewhere, asker, upvoter]],
    );
    expect(left.rows.map((row) => row.token_hash)).toEqual([alsoElsewhere]);
    expect(await store.votesOf(alsoElsewhere, [keptPoll.id])).toEqual(new Map([[keptPoll.id, 3]]));
    expect(await store.deleteEvents([])).toEqual({ erased: true });
  });
});

describe("the group commit", () => {
  it("writes what arrives together in one batch, each vote's previous as if one after another", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    const second = await store.insertPoll(event.id, ratingPoll(event.code, 2));
    const voter = tokenHashOf(`batch-${poll.id}`);
    await store.flush();
    batches.length = 0;
    const results = await Promise.all([
      store.recordVote(poll.id, voter, 1, NOW),
      store.recordVote(second.id, voter, 5, NOW),
      store.recordVote(poll.id, voter, 2, NOW + 1),
      store.recordVote(poll.id, tokenHashOf(`batch-other-${poll.id}`), 2, NOW),
      store.recordVote(poll.id, voter, 3, NOW + 2),
    ]);
    expect(results).toEqual([
      { previous: null, newParticipant: true },
      { previous: null, newParticipant: false },
      { previous: 1, newParticipant: false },
      { previous: null, newParticipant: true },
      { previous: 2, newParticipant: false },
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([{ size: 5, failed: 0, durationMs: expect.any(Number) }]);
    expect(await store.loadTally(poll.id)).toEqual({
      voteCounts: [
        { pollId: poll.id, value: 2, votes: 1 },
        { pollId: poll.id, value: 3, votes: 1 },
      ],
      answers: [],
    });
    const rows = await sql.query("SELECT created_at, updated_at FROM votes WHERE poll_id = $1 AND value = 3", [
      poll.id,
    ]);
    expect(rows.rows).toEqual([{ created_at: String(NOW), updated_at: String(NOW + 2) }]);
  });

  it("gives answers, questions and upvotes within one batch their meaning one after another", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, textPoll(event.code));
    const question = await store.insertQuestion(
      event.id,
      tokenHashOf("asker"),
      { text: "?", name: undefined, state: "visible" },
      NOW,
    );
    const fan = tokenHashOf(`batch-fan-${question}`);
    const writer = tokenHashOf(`batch-writer-${poll.id}`);
    await store.flush();
    batches.length = 0;
    const [a1, a2, q1, q2, u1, u2, u3, u4] = await Promise.all([
      store.recordAnswers(poll.id, writer, ["eins"], NOW),
      store.recordAnswers(poll.id, writer, ["zwei", "drei"], NOW),
      store.insertQuestion(event.id, writer, { text: "Erste", name: undefined, state: "visible" }, NOW),
      store.insertQuestion(event.id, writer, { text: "Zweite", name: undefined, state: "visible" }, NOW),
      store.setUpvote(question, fan, true, NOW),
      store.setUpvote(question, fan, true, NOW),
      store.setUpvote(question, fan, false, NOW),
      store.setUpvote(question, fan, true, NOW),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches.map((batch) => batch.size)).toEqual([8]);
    expect([a1, a2]).toEqual([
      { previous: null, newParticipant: true },
      { previous: ["eins"], newParticipant: false },
    ]);
    expect(q2).toBeGreaterThan(q1 as number);
    expect((await store.loadQuestion(q1 as number))?.text).toBe("Erste");
    expect((await store.loadQuestion(q2 as number))?.text).toBe("Zweite");
    expect([u1, u2, u3, u4]).toEqual([1, 0, -1, 1]);
    expect(await store.loadUpvoteCounts(event.id)).toEqual([{ questionId: question, upvotes: 1 }]);
    expect(await store.answersOf(writer, [poll.id])).toEqual(new Map([[poll.id, ["zwei", "drei"]]]));
  });

  it("fails a write that cannot be done alone; the rest of its batch commits", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    const gone = await store.insertPoll(event.id, ratingPoll(event.code, 2));
    const question = await store.insertQuestion(
      event.id,
      tokenHashOf("a"),
      { text: "?", name: undefined, state: "visible" },
      NOW,
    );
    await store.deleteQuestion(question);
    await store.savePolls({ update: [], delete: [gone.id] });
    await store.flush();
    batches.length = 0;
    const writes = [
      ...Array.from({ length: 20 }, (_, i) =>
        store.recordVote(poll.id, tokenHashOf(`ok-${poll.id}-${i}`), 1 + (i % 5), NOW),
      ),
      store.recordVote(gone.id, tokenHashOf(`late-${poll.id}`), 1, NOW),
      ...Array.from({ length: 20 }, (_, i) => store.recordVote(poll.id, tokenHashOf(`ok2-${poll.id}-${i}`), 2, NOW)),
      // Given and taken back in one batch: no row is written, yet the upvote alone fails.
      store.setUpvote(question, tokenHashOf("fan"), true, NOW),
      store.setUpvote(question, tokenHashOf("fan"), false, NOW),
    ];
    const outcomes = await Promise.allSettled(writes);
    const rejected = outcomes.flatMap((outcome, index) => (outcome.status === "rejected" ? [index] : []));
    expect(rejected).toEqual([20, 41]);
    // The poll's row is gone: no vote for it is written (the batch goes on, see the next test).
    expect((outcomes[20] as PromiseRejectedResult).reason).toBeInstanceOf(PollNotOpen);
    expect((outcomes[41] as PromiseRejectedResult).reason).toMatchObject({ code: "23503" });
    expect((outcomes[42] as PromiseFulfilledResult<number>).value).toBe(0);
    // The batch is reported once its last part has committed, after the writes were answered.
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([{ size: 43, failed: 1, durationMs: expect.any(Number) }]);
    const counts = (await store.loadTally(poll.id)).voteCounts.reduce((sum, row) => sum + row.votes, 0);
    expect(counts).toBe(40);
  });

  it("refuses votes and answers for a poll not open as stored, in a batch whose other votes commit", async () => {
    const event = await newEvent();
    const open = await store.insertPoll(event.id, ratingPoll(event.code));
    const closed = await store.insertPoll(event.id, { ...ratingPoll(event.code, 2), state: "closed" });
    const draft = await store.insertPoll(event.id, { ...textPoll(event.code, 3), state: "draft" });
    const outcomes = await Promise.allSettled([
      store.recordVote(open.id, tokenHashOf(`open-${open.id}`), 3, NOW),
      store.recordVote(closed.id, tokenHashOf(`closed-${open.id}`), 3, NOW),
      store.recordAnswers(draft.id, tokenHashOf(`draft-${open.id}`), ["Kaffee"], NOW),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "rejected"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ pollId: closed.id });
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(PollNotOpen);
    expect(await count("SELECT 1 FROM votes WHERE poll_id = ANY($1)", [[open.id, closed.id, draft.id]])).toBe(1);
  });

  it("commits no write queued before the node stood still", async () => {
    const stalls = { epoch: 0, stop() {} };
    const node = await createPostgresStore(url, {}, { stalls });
    try {
      const event = await newEvent(node);
      const poll = await node.insertPoll(event.id, ratingPoll(event.code));
      const queued = node.recordVote(poll.id, tokenHashOf(`before-${poll.id}`), 2, NOW);
      // The stall comes after the write was queued, before its batch commits.
      stalls.epoch = 1;
      await expect(queued).rejects.toBeInstanceOf(StalledWrite);
      // Queued after it: committed as usual.
      await expect(node.recordVote(poll.id, tokenHashOf(`after-${poll.id}`), 3, NOW)).resolves.toMatchObject({
        previous: null,
      });
      expect(await count("SELECT 1 FROM votes WHERE poll_id = $1", [poll.id])).toBe(1);
    } finally {
      await node.close();
    }
  });

  it("fails every write of a batch whose COMMIT fails", async () => {
    // A check PostgreSQL makes only at COMMIT, in a database of this test's own.
    const database = await freshDatabaseUrl();
    const reports: BatchReport[] = [];
    const node = await createPostgresStore(database, { onBatch: (report) => reports.push(report) });
    const admin = new pg.Client({ connectionString: database });
    await admin.connect();
    try {
      await admin.query(`CREATE FUNCTION refuse_99() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.value = 99 THEN RAISE EXCEPTION 'no 99 at commit'; END IF; RETURN NEW; END $$`);
      await admin.query(`CREATE CONSTRAINT TRIGGER refuse_99 AFTER INSERT OR UPDATE ON votes
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_99()`);
      const event = await newEvent(node);
      const poll = await node.insertPoll(event.id, ratingPoll(event.code));
      await node.flush();
      const outcomes = await Promise.allSettled([
        node.recordVote(poll.id, tokenHashOf("c1"), 1, NOW),
        node.recordVote(poll.id, tokenHashOf("c2"), 99, NOW),
        node.recordVote(poll.id, tokenHashOf("c3"), 2, NOW),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
      expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({ message: "no 99 at commit" });
      await new Promise((resolve) => setImmediate(resolve));
      expect(reports.at(-1)).toMatchObject({ size: 3, failed: 3 });
      expect((await node.loadTally(poll.id)).voteCounts).toEqual([]);
      // The writer goes on with the next batch.
      expect(await node.recordVote(poll.id, tokenHashOf("c1"), 3, NOW)).toEqual({
        previous: null,
        newParticipant: true,
      });
    } finally {
      await admin.end();
      await node.close();
    }
  });

  it("acknowledges a write only once it is committed", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    const voter = tokenHashOf(`ack-${poll.id}`);
    await store.recordVote(poll.id, voter, 1, NOW);
    // Another connection holds the vote's row: the batch waits for it, and with it the ack.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT 1 FROM votes WHERE poll_id = $1 FOR UPDATE", [poll.id]);
      let acked = false;
      const vote = store.recordVote(poll.id, voter, 2, NOW).then(async (result) => {
        acked = true;
        // Whoever hears of the ack finds the vote in the database.
        const { rows } = await sql.query("SELECT value FROM votes WHERE poll_id = $1", [poll.id]);
        return { result, stored: rows[0]?.value };
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(acked).toBe(false);
      expect(store.pendingWrites).toBe(1);
      await holder.query("COMMIT");
      expect(await vote).toEqual({ result: { previous: 1, newParticipant: false }, stored: 2 });
      expect(store.pendingWrites).toBe(0);
    } finally {
      await holder.end();
    }
  });

  it("commits queued writes on flush and on close", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    const node = await createPostgresStore(url);
    const queued = Array.from({ length: 5 }, (_, i) =>
      node.recordVote(poll.id, tokenHashOf(`close-${poll.id}-${i}`), 4, NOW),
    );
    expect(node.pendingWrites).toBe(5);
    await node.flush();
    expect(node.pendingWrites).toBe(0);
    expect(await count("SELECT 1 FROM votes WHERE poll_id = $1", [poll.id])).toBe(5);
    const more = node.recordVote(poll.id, tokenHashOf(`close-${poll.id}-late`), 4, NOW);
    await node.close();
    await expect(Promise.all([...queued, more])).resolves.toHaveLength(6);
    expect(await count("SELECT 1 FROM votes WHERE poll_id = $1", [poll.id])).toBe(6);
    await expect(node.recordVote(poll.id, tokenHashOf("after-close"), 1, NOW)).rejects.toThrow(/closed/);
  });
});

describe("two nodes on one database", () => {
  it("neither loses nor doubles a vote when the same voters vote on both at once", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    const voters = Array.from({ length: 60 }, (_, i) => tokenHashOf(`both-${poll.id}-${i}`));
    const recorded: { value: number; result: RecordedVote }[] = [];
    const vote = async (node: Store, round: number) => {
      const writes = voters.map(async (voter, i) => {
        const value = 1 + ((i * 3 + round) % 7);
        recorded.push({ value, result: await node.recordVote(poll.id, voter, value, NOW + round) });
      });
      await Promise.all(writes);
    };
    // Each node votes round after round, both at once: one node's batches change the rows the
    // other's batches are about to replace, so their "previous" must be read under a lock.
    const rounds = async (node: Store, first: number) => {
      for (let round = first; round < 40; round += 2) await vote(node, round);
    };
    await Promise.all([rounds(store, 0), rounds(other, 1)]);
    const { voteCounts } = await store.loadTally(poll.id);
    expect(voteCounts.reduce((sum, row) => sum + row.votes, 0)).toBe(voters.length);
    // Every node's tally, built from the previous ballots the writes returned, equals the database's.
    expect(tallyOf(recorded)).toEqual(new Map(voteCounts.map((row) => [row.value, row.votes])));
    expect(recorded.filter(({ result }) => result.newParticipant)).toHaveLength(voters.length);
  });

  it("counts a new voter's first vote once when it reaches both nodes at once", async () => {
    const event = await newEvent();
    const poll = await store.insertPoll(event.id, ratingPoll(event.code));
    for (let round = 0; round < 20; round++) {
      const voter = tokenHashOf(`twice-${poll.id}-${round}`);
      const [a, b] = await Promise.all([
        store.recordVote(poll.id, voter, 1, NOW),
        other.recordVote(poll.id, voter, 2, NOW),
      ]);
      const recorded = [
        { value: 1, result: a },
        { value: 2, result: b },
      ];
      const stored = (await store.votesOf(voter, [poll.id])).get(poll.id);
      // One of them came first: the other saw it as its previous.
      expect([a.previous, b.previous].sort()).toEqual([null, stored === 1 ? 2 : 1].sort());
      expect(a.newParticipant !== b.newParticipant).toBe(true);
      expect(tallyOf(recorded)).toEqual(new Map([[stored, 1]]));
    }
  });

  it("keeps a vote acknowledged on one node while another deletes the voter's only other event", async () => {
    const kept = await newEvent();
    const keptPoll = await store.insertPoll(kept.id, ratingPoll(kept.code));
    for (let round = 0; round < 30; round++) {
      const doomed = await newEvent();
      const doomedPoll = await store.insertPoll(doomed.id, ratingPoll(doomed.code));
      const voter = tokenHashOf(`leaving-${doomed.id}`);
      await store.recordVote(doomedPoll.id, voter, 1, NOW);
      const [, vote] = await Promise.all([
        store.deleteEvents([doomed.id]),
        other.recordVote(keptPoll.id, voter, 2, NOW),
      ]);
      // The vote stands, with its participant (created anew when the deletion took the old one).
      expect(vote.previous).toBeNull();
      expect(await store.votesOf(voter, [keptPoll.id])).toEqual(new Map([[keptPoll.id, 2]]));
    }
  });

  it("runs one change of an event at a time across nodes, changes of other events meanwhile", async () => {
    const event = await newEvent();
    const elsewhere = await newEvent();
    const log: string[] = [];
    const change = (name: string, ms: number) => async () => {
      log.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`${name} ends`);
      return name;
    };
    const first = store.exclusive(event.id, change("A", 300));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const results = await Promise.all([
      first,
      other.exclusive(event.id, change("B", 10)),
      store.exclusive(event.id, change("C", 10)),
      other.exclusive(elsewhere.id, change("X", 10)),
    ]);
    expect(results).toEqual(["A", "B", "C", "X"]);
    expect(log.slice(0, 3)).toEqual(["A starts", "X starts", "X ends"]);
    expect(log.indexOf("A ends")).toBeLessThan(Math.min(log.indexOf("B starts"), log.indexOf("C starts")));
    for (const name of ["B", "C"]) expect(log.indexOf(`${name} ends`)).toBe(log.indexOf(`${name} starts`) + 1);
  });

  it("frees an event's lock when a change fails", async () => {
    const event = await newEvent();
    await expect(
      store.exclusive(event.id, async () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    const within = Promise.race([
      other.exclusive(event.id, async () => "done"),
      new Promise((resolve) => setTimeout(() => resolve("still locked"), 2000)),
    ]);
    expect(await within).toBe("done");
  });
});

describe("migrations", () => {
  it("are applied once when nodes start together, and found applied on the next start", async () => {
    const fresh = await freshDatabaseUrl();
    const nodes = await Promise.all(Array.from({ length: 3 }, () => createPostgresStore(fresh)));
    await Promise.all(nodes.map((node) => node.close()));
    const again = await createPostgresStore(fresh);
    await again.ping();
    await again.close();
    const client = new pg.Client({ connectionString: fresh });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
      expect(rows[0].n).toBe(journal.entries.length);
    } finally {
      await client.end();
    }
  });

  it("refuses a database whose encoding cannot hold every script", async () => {
    const latin = new URL(await freshDatabaseUrl());
    const name = `${latin.pathname.slice(1)}_latin1`;
    await sql.query(`CREATE DATABASE ${name} ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
    latin.pathname = `/${name}`;
    await expect(createPostgresStore(latin.toString())).rejects.toThrow(/encoding is LATIN1/);
  });

  it("refuses a database it cannot reach", async () => {
    const unreachable = new URL(url);
    unreachable.port = "1";
    await expect(createPostgresStore(unreachable.toString())).rejects.toThrow();
  });
});
