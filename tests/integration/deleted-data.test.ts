// Deleted means deleted: once an event is deleted (by its moderator, or past its retention),
// nothing of it can be read back from the files SQLite keeps (the database, its WAL and its
// shared-memory index), not even from free pages or old WAL frames. The files are searched
// byte by byte, as someone with a copy of the data folder would.
import { existsSync, readFileSync } from "node:fs";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { ChoicePoll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { tokenHashOf } from "../helpers/stored-votes.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every string of an event that the files may hold, each one unique to that event. */
type Traces = { strings: string[]; event: EventFixture };

/**
 * An event with a title, an access code, a poll, options, a vote, a question, an upvote, open
 * answers and a hidden word group, all carrying `marker`.
 */
async function eventWithTraces(url: string, marker: string): Promise<Traces> {
  const event = await createEvent(url, { title: `Title ${marker}` });
  const accessCode = `Code-${marker}`;
  await request(url, "PATCH", `/api/events/${event.code}`, { key: event.key, body: { accessCode } });
  const poll = (await createPoll(url, event, {
    type: "choice",
    question: `Question ${marker}?`,
    options: [`Option ${marker} A`, `Option ${marker} B`],
  })) as ChoicePoll;
  await pollAction(url, event, poll.id, "open");
  const vote = await request(url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
    body: { optionIds: [poll.options[0]?.id] },
    headers: { "x-access-code": accessCode },
  });
  expect(vote.status).toBe(200);
  // Audience Q&A: a question with a name, its upvote by someone who never voted, and a blocked word.
  await request(url, "PATCH", `/api/events/${event.code}`, {
    key: event.key,
    body: { qa: { enabled: true, blockedWords: [`Blocked${marker}`] } },
  });
  const headers = { "x-access-code": accessCode };
  const asked = await request(url, "POST", `/api/events/${event.code}/questions`, {
    body: { text: `Asked ${marker}?`, name: `Name${marker}` },
    headers,
  });
  expect(asked.status).toBe(201);
  const upvote = await request(url, "PUT", `/api/events/${event.code}/questions/${asked.body.question.id}/upvote`, {
    headers,
  });
  expect(upvote.status).toBe(200);
  const qaKey = await request(url, "POST", `/api/events/${event.code}/qa-moderator-key`, { key: event.key });
  // An open-text poll: its answers, and a hidden word group.
  const textPoll = await createPoll(url, event, { type: "text", question: "Ein Wort?", maxAnswers: 2 });
  await pollAction(url, event, textPoll.id, "open");
  const answered = await request(url, "POST", `/api/events/${event.code}/polls/${textPoll.id}/votes`, {
    body: { answers: [`Answer${marker}`, `Hidden${marker}`] },
    headers,
  });
  expect(answered.status).toBe(200);
  const hidden = await request(url, "POST", `/api/events/${event.code}/polls/${textPoll.id}/hidden`, {
    key: event.key,
    body: { text: `Hidden${marker}` },
  });
  expect(hidden.status).toBe(200);
  const strings = [
    marker,
    accessCode,
    // Only hashes of the moderator key and the participant token are stored: those must go too.
    tokenHashOf(event.key),
    tokenHashOf(vote.body.participantToken),
    tokenHashOf(asked.body.participantToken),
    tokenHashOf(upvote.body.participantToken),
    tokenHashOf(qaKey.body.qaModeratorKey),
  ];
  return { strings, event };
}

/** Which of `strings` can be found in the database, its WAL or its shared-memory file. */
function foundIn(databasePath: string, strings: readonly string[]): string[] {
  const files = [databasePath, `${databasePath}-wal`, `${databasePath}-shm`].filter((path) => existsSync(path));
  const contents = files.map((path) => readFileSync(path));
  return strings.filter((text) => contents.some((bytes) => bytes.includes(Buffer.from(text))));
}

describe("deleted data", () => {
  // A fresh file for every test: the search reads the whole file, and each test fills it its own way.
  const server = useServer({}, { eachTest: true });

  it("leaves no trace of a deleted event in the database, its WAL or its shared memory", async () => {
    const { databasePath } = server;
    const kept = await eventWithTraces(server.url, "KEPT7c1d");
    const doomed = await eventWithTraces(server.url, "GONE5e2f");
    // The search finds what is there: both events are in the files now.
    expect(foundIn(databasePath, [...kept.strings, ...doomed.strings])).toEqual([...kept.strings, ...doomed.strings]);

    const deleted = await request(server.url, "DELETE", `/api/events/${doomed.event.code}`, { key: doomed.event.key });
    expect(deleted.status).toBe(204);
    // While the server runs, as a backup taken now would copy the files…
    expect(foundIn(databasePath, doomed.strings)).toEqual([]);
    expect(foundIn(databasePath, kept.strings)).toEqual(kept.strings);
    // …and after it stopped.
    await server.stop();
    expect(foundIn(databasePath, doomed.strings)).toEqual([]);
    expect(foundIn(databasePath, kept.strings)).toEqual(kept.strings);
  });

  it("leaves no trace of an event deleted past its retention", async () => {
    const { databasePath } = server;
    const kept = await eventWithTraces(server.url, "KEPT9a3b");
    const doomed = await eventWithTraces(server.url, "OLD4c8d0");
    await server.stop();
    // Ten days pass for the doomed event: its creation time is moved back, as an operator could.
    const file = new Sqlite(databasePath);
    file.prepare("UPDATE events SET created_at = ? WHERE code = ?").run(Date.now() - 10 * DAY_MS, doomed.event.code);
    file.close();
    expect(foundIn(databasePath, [...kept.strings, ...doomed.strings])).toEqual([...kept.strings, ...doomed.strings]);

    // The retention sweep runs at start.
    await server.restart({ eventRetentionDays: 7 });
    expect((await request(server.url, "GET", `/api/events/${doomed.event.code}`)).status).toBe(404);
    expect((await request(server.url, "GET", `/api/events/${kept.event.code}`)).status).toBe(200);
    expect(foundIn(databasePath, doomed.strings)).toEqual([]);
    expect(foundIn(databasePath, kept.strings)).toEqual(kept.strings);
  });
});
