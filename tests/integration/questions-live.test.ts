// Audience Q&A over the WebSocket: asks and upvotes acked after commit, question frames only to
// those who may see them (a pending question reaches no voter or screen, not even in a snapshot
// after a reconnect), nothing identifying the asker reaches others, upvote counts coalesced.
import { beforeEach, describe, expect, it } from "vitest";
import { KEY_REVOKED_CLOSE_CODE } from "../../shared/close-codes.js";
import type { Question } from "../../shared/question.js";
import { createEvent, type EventFixture, request } from "../helpers/api.js";
import { connectLive, type LiveClient } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";
import { storedRows } from "../helpers/stored-rows.js";

const server = useServer();
let event: EventFixture;

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

async function qaSettings(qa: Record<string, unknown>) {
  const reply = await request(server.url, "PATCH", `/api/events/${event.code}`, { key: event.key, body: { qa } });
  expect(reply.status).toBe(200);
}

/** A phone, the projector and the moderator's console, each with its snapshot. */
async function room() {
  const phone = await connectLive(server.url, event.code);
  const other = await connectLive(server.url, event.code);
  const screen = await connectLive(server.url, event.code, "?role=screen");
  const moderator = await connectLive(server.url, event.code);
  await Promise.all([phone.next("snapshot"), other.next("snapshot"), screen.next("snapshot")]);
  await moderator.next("snapshot");
  moderator.send({ type: "moderate", moderatorKey: event.key });
  await moderator.next("snapshot", (frame) => frame.role === "moderator");
  return { phone, other, screen, moderator, all: [phone, other, screen, moderator] };
}

const closeAll = (clients: LiveClient[]) => Promise.all(clients.map((client) => client.close()));

/** Every question frame a client got for `id`. */
const questionFrames = (client: LiveClient, id: number) =>
  client.frames.filter((frame) => frame.type === "question" && frame.question.id === id);

async function askLive(client: LiveClient, requestId: string, text: string, name?: string): Promise<Question> {
  client.send({ type: "ask", requestId, text, ...(name ? { name } : {}) });
  const ack = await client.next("ack", (frame) => frame.requestId === requestId);
  if (!("question" in ack)) throw new Error(`not a question ack: ${JSON.stringify(ack)}`);
  return ack.question;
}

beforeEach(async () => {
  event = await createEvent(server.url);
  await qaSettings({ enabled: true });
});

describe("live Q&A", () => {
  it("acks an ask after commit, and sends the question to everyone, marked mine only for the asker", async () => {
    const { phone, other, screen, moderator, all } = await room();
    const question = await askLive(phone, "q1", "Wie geht es weiter?", "Ayşe");
    expect(question).toMatchObject({ text: "Wie geht es weiter?", name: "Ayşe", state: "visible", mine: true });
    const stored = await storedRows(server.databasePath, "SELECT text FROM questions WHERE id = ?", question.id);
    expect(stored).toEqual([{ text: "Wie geht es weiter?" }]);
    for (const client of [other, screen, moderator]) {
      const frame = await client.next("question", (f) => f.question.id === question.id);
      expect(frame.question).not.toHaveProperty("mine");
    }
    const mine = await phone.next("question", (f) => f.question.id === question.id);
    expect(mine.question.mine).toBe(true);
    // Nothing that identifies the asker reaches anyone else.
    const token = (phone.frames.find((f) => f.type === "snapshot") as { participantToken: string }).participantToken;
    for (const client of [other, screen, moderator]) expect(JSON.stringify(client.frames)).not.toContain(token);
    await closeAll(all);
  });

  it("pre-moderation: a pending question reaches only moderators and its asker, also in snapshots after a reconnect", async () => {
    await qaSettings({ moderation: "pre" });
    const { phone, other, screen, moderator, all } = await room();
    const token = (await phone.next("snapshot")).participantToken as string;
    const question = await askLive(phone, "q1", "Geheime Frage?");
    expect(question.state).toBe("pending");
    await moderator.next("question", (f) => f.question.id === question.id);
    await phone.next("question", (f) => f.question.id === question.id);
    await sleep(100);
    expect(questionFrames(other, question.id)).toEqual([]);
    expect(questionFrames(screen, question.id)).toEqual([]);

    // Snapshots after a reconnect: the asker and moderators see it, the other phone and the screen do not.
    const asker = await connectLive(server.url, event.code, "", { hello: { participantToken: token } });
    expect((await asker.next("snapshot")).questions.map((q) => [q.id, q.mine])).toEqual([[question.id, true]]);
    const stranger = await connectLive(server.url, event.code);
    expect((await stranger.next("snapshot")).questions).toEqual([]);
    const projector = await connectLive(server.url, event.code, "?role=screen");
    expect((await projector.next("snapshot")).questions).toEqual([]);
    for (const client of [other, screen, stranger, projector])
      expect(JSON.stringify(client.frames)).not.toContain("Geheime");

    // Approved, it reaches everyone.
    await request(server.url, "PATCH", `/api/events/${event.code}/questions/${question.id}`, {
      key: event.key,
      body: { state: "visible" },
    });
    for (const client of [other, screen, stranger, projector]) {
      expect((await client.next("question", (f) => f.question.id === question.id)).question.state).toBe("visible");
    }
    await closeAll([...all, asker, stranger, projector]);
  });

  it("a question that leaves the public list is deleted from phones and screens, and a rejected one stays the asker's", async () => {
    const { phone, other, screen, moderator, all } = await room();
    const question = await askLive(phone, "q1", "Wird abgelehnt?");
    await Promise.all([other, screen].map((client) => client.next("question", (f) => f.question.id === question.id)));
    await request(server.url, "PATCH", `/api/events/${event.code}/questions/${question.id}`, {
      key: event.key,
      body: { state: "rejected" },
    });
    for (const client of [other, screen]) {
      await client.next("questionDeleted", (f) => f.questionId === question.id);
    }
    expect((await phone.next("question", (f) => f.question.state === "rejected")).question.mine).toBe(true);
    await moderator.next("question", (f) => f.question.state === "rejected");
    await request(server.url, "DELETE", `/api/events/${event.code}/questions/${question.id}`, { key: event.key });
    await phone.next("questionDeleted", (f) => f.questionId === question.id);
    await moderator.next("questionDeleted", (f) => f.questionId === question.id);
    await closeAll(all);
  });

  it("acks upvotes with the new count, restores myUpvotes on reconnect, and sends counts to screens coalesced", async () => {
    const { phone, other, screen, all } = await room();
    const question = await askLive(phone, "q1", "Upvote mich");
    const phones = [phone, other];
    for (let index = 0; index < 12; index++) {
      const voter = phones[index % 2] as LiveClient;
      voter.send({ type: "upvote", requestId: `u${index}`, questionId: question.id, up: index % 4 < 2 });
    }
    const last = await other.next("ack", (f) => f.requestId === "u11");
    expect("question" in last && last.question.upvotes).toBe(0);
    // The screen's last upvotes frame has the final count, and it got fewer frames than changes.
    await sleep(300);
    const counts = screen.frames.flatMap((f) => (f.type === "upvotes" ? [f.upvotes[question.id]] : []));
    expect(counts.at(-1)).toBe(0);
    expect(counts.length).toBeLessThan(12);

    phone.send({ type: "upvote", requestId: "again", questionId: question.id, up: true });
    await phone.next("ack", (f) => f.requestId === "again");
    const token = (await phone.next("snapshot")).participantToken as string;
    const back = await connectLive(server.url, event.code, "", { hello: { participantToken: token } });
    const snapshot = await back.next("snapshot");
    expect(snapshot.myUpvotes).toEqual([question.id]);
    expect(snapshot.questions[0]?.upvotes).toBe(1);
    await closeAll([...all, back]);
  });

  it("refuses asks and upvotes from screens, while Q&A is off, and bad frames, each with its requestId", async () => {
    const { phone, screen, all } = await room();
    screen.send({ type: "ask", requestId: "s", text: "Vom Beamer?" });
    expect(await screen.next("error", (f) => f.requestId === "s")).toMatchObject({ code: "FORBIDDEN" });
    phone.send({ type: "ask", requestId: "bad", text: 42 });
    expect(await phone.next("error", (f) => f.requestId === "bad")).toMatchObject({ code: "INVALID_REQUEST" });
    phone.send({ type: "upvote", requestId: "none", questionId: 999_999, up: true });
    expect(await phone.next("error", (f) => f.requestId === "none")).toMatchObject({ code: "NOT_FOUND" });
    // Beyond any id a database column holds (PostgreSQL's integer): still just no such question.
    phone.send({ type: "upvote", requestId: "huge", questionId: 2 ** 31, up: true });
    expect(await phone.next("error", (f) => f.requestId === "huge")).toMatchObject({ code: "NOT_FOUND" });
    await qaSettings({ enabled: false });
    phone.send({ type: "ask", requestId: "off", text: "Aus?" });
    expect(await phone.next("error", (f) => f.requestId === "off")).toMatchObject({ code: "QA_DISABLED" });
    await closeAll(all);
  });

  it("a Q&A moderator feed sees pending questions but no drafts, and is closed when its key is replaced", async () => {
    await qaSettings({ moderation: "pre" });
    const made = await request(server.url, "POST", `/api/events/${event.code}/qa-moderator-key`, { key: event.key });
    const helper = await connectLive(server.url, event.code);
    await helper.next("snapshot");
    helper.send({ type: "moderate", moderatorKey: made.body.qaModeratorKey });
    const snapshot = await helper.next("snapshot", (f) => f.role === "qaModerator");
    expect(snapshot.event).not.toHaveProperty("accessCode");
    await request(server.url, "POST", `/api/events/${event.code}/polls`, {
      key: event.key,
      body: { type: "rating", question: "Entwurf" },
    });
    const phone = await connectLive(server.url, event.code);
    await phone.next("snapshot");
    const question = await askLive(phone, "q", "Für die Helferin?");
    expect((await helper.next("question", (f) => f.question.id === question.id)).question.state).toBe("pending");
    expect(helper.frames.filter((f) => f.type === "poll")).toEqual([]);

    const closed = new Promise<number>((resolve) => helper.socket.once("close", (code) => resolve(code)));
    await request(server.url, "POST", `/api/events/${event.code}/qa-moderator-key`, { key: event.key });
    expect(await closed).toBe(KEY_REVOKED_CLOSE_CODE);
    await phone.close();
  });
});
