// The REST API's contract: status codes, error codes, auth, and what each route returns.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createEvent,
  createPoll,
  EVENT_RATING,
  type EventFixture,
  PICK_TWO_OF_SIX,
  pollAction,
  request,
} from "../helpers/api.js";
import { useServer } from "../helpers/server.js";

const server = useServer();
let event: EventFixture;
const api = (method: string, path: string, options?: Parameters<typeof request>[3]) =>
  request(server.url, method, path, options);

beforeAll(async () => {
  event = await createEvent(server.url);
});

describe("events", () => {
  it("generates a six-digit code and a moderator key of at least 128 bits", async () => {
    const reply = await api("POST", "/api/events", { body: { title: "Fachtagung" } });
    expect(reply.status).toBe(201);
    expect(reply.body.event).toMatchObject({ title: "Fachtagung", locale: "en" });
    expect(reply.body.event.code).toMatch(/^[0-9]{6}$/);
    expect(Buffer.from(reply.body.moderatorKey, "base64url").length).toBeGreaterThanOrEqual(16);
  });

  it("takes codes case-insensitively and refuses a taken one with 409", async () => {
    const first = await api("POST", "/api/events", { body: { title: "A", code: "Tagung-2020" } });
    expect(first.body.event.code).toBe("tagung-2020");
    expect((await api("GET", "/api/events/TAGUNG-2020")).body.event.title).toBe("A");
    const again = await api("POST", "/api/events", { body: { title: "B", code: "tagung-2020" } });
    expect([again.status, again.body.error.code]).toEqual([409, "EVENT_CODE_TAKEN"]);
  });

  it("refuses bad fields with 400 INVALID_REQUEST and a readable message", async () => {
    for (const body of [
      {},
      { title: "" },
      { title: "x", code: "a!" },
      { title: "x", code: "ab" },
      { title: "x", locale: "fr" },
    ]) {
      const reply = await api("POST", "/api/events", { body });
      expect([reply.status, reply.body.error.code]).toEqual([400, "INVALID_REQUEST"]);
      expect(reply.body.error.message.length).toBeGreaterThan(10);
    }
  });

  it("answers malformed JSON with 400 and an unknown event with 404", async () => {
    const bad = await api("POST", "/api/events", { rawBody: "{nope", headers: { "content-type": "application/json" } });
    expect([bad.status, bad.body.error.code]).toEqual([400, "INVALID_REQUEST"]);
    const missing = await api("GET", "/api/events/no-such-event");
    expect([missing.status, missing.body.error.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("refuses a body over the limit with 413", async () => {
    const reply = await api("POST", "/api/events", { body: { title: "x".repeat(200_000) } });
    expect([reply.status, reply.body.error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
  });
});

describe("moderator authentication", () => {
  it("refuses a missing key, a wrong key of any length and another event's key with 401", async () => {
    const other = await createEvent(server.url);
    for (const key of [undefined, "x", "wrong".repeat(300), other.key]) {
      const reply = await api("POST", `/api/events/${event.code}/polls`, { body: EVENT_RATING, key });
      expect([reply.status, reply.body.error.code]).toEqual([401, "UNAUTHORIZED"]);
    }
  });

  describe("with ADMIN_TOKEN set", () => {
    const admin = "a-long-admin-token-for-tests";
    const gated = useServer({ adminToken: admin });

    it("requires ADMIN_TOKEN to create events", async () => {
      const without = await request(gated.url, "POST", "/api/events", { body: { title: "x" } });
      expect(without.status).toBe(401);
      const withToken = await request(gated.url, "POST", "/api/events", { body: { title: "x" }, key: admin });
      expect(withToken.status).toBe(201);
    });
  });
});

describe("polls", () => {
  it("shows drafts to moderators only", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    const anyone = await api("GET", `/api/events/${event.code}/polls`);
    const moderator = await api("GET", `/api/events/${event.code}/polls`, { key: event.key });
    expect(anyone.body.polls.map((p: { id: number }) => p.id)).not.toContain(poll.id);
    expect(moderator.body.polls.map((p: { id: number }) => p.id)).toContain(poll.id);
  });

  it("refuses invalid polls with 400", async () => {
    const bodies = [
      { type: "choice", question: "?", options: ["only one"] },
      { type: "choice", question: "?", options: Array.from({ length: 13 }, (_, i) => `o${i}`) },
      { type: "choice", question: "?", options: ["a", "b"], maxSelections: 3 },
      { type: "choice", question: "?", options: ["a", "a"] },
      { type: "rating", question: "?", scale: 11 },
      { type: "poll", question: "?" },
    ];
    for (const body of bodies) {
      const reply = await api("POST", `/api/events/${event.code}/polls`, { body, key: event.key });
      expect([reply.status, reply.body.error.code], JSON.stringify(body)).toEqual([400, "INVALID_REQUEST"]);
    }
  });

  it("edits options only while a poll has no votes (409 POLL_HAS_VOTES after)", async () => {
    const poll = await createPoll(server.url, event, PICK_TWO_OF_SIX);
    const path = `/api/events/${event.code}/polls/${poll.id}`;
    const edited = await api("PATCH", path, { body: { options: ["Ja", "Nein", "Vielleicht"] }, key: event.key });
    expect(edited.body.poll.options.map((o: { label: string }) => o.label)).toEqual(["Ja", "Nein", "Vielleicht"]);
    await pollAction(server.url, event, poll.id, "open");
    await api("POST", `${path}/votes`, { body: { optionIds: [edited.body.poll.options[0].id] } });
    const refused = await api("PATCH", path, { body: { options: ["Ja", "Nein"] }, key: event.key });
    expect([refused.status, refused.body.error.code]).toEqual([409, "POLL_HAS_VOTES"]);
    const reworded = await api("PATCH", path, { body: { question: "Neu?" }, key: event.key });
    expect(reworded.body.poll.question).toBe("Neu?");
  });

  it("reorders polls by position", async () => {
    const own = await createEvent(server.url);
    const [a, b, c] = [
      await createPoll(server.url, own, EVENT_RATING),
      await createPoll(server.url, own, EVENT_RATING),
      await createPoll(server.url, own, EVENT_RATING),
    ];
    await api("PATCH", `/api/events/${own.code}/polls/${c.id}`, { body: { position: 1 }, key: own.key });
    const listed = await api("GET", `/api/events/${own.code}/polls`, { key: own.key });
    expect(listed.body.polls.map((p: { id: number; position: number }) => [p.id, p.position])).toEqual([
      [c.id, 1],
      [a.id, 2],
      [b.id, 3],
    ]);
  });

  it("opening one poll closes the other; closing a draft is 409; unknown polls are 404", async () => {
    const own = await createEvent(server.url);
    const first = await createPoll(server.url, own, EVENT_RATING);
    const second = await createPoll(server.url, own, EVENT_RATING);
    await pollAction(server.url, own, first.id, "open");
    await pollAction(server.url, own, second.id, "open");
    const listed = await api("GET", `/api/events/${own.code}/polls`);
    expect(listed.body.polls.map((p: { state: string }) => p.state)).toEqual(["closed", "open"]);
    const third = await createPoll(server.url, own, EVENT_RATING);
    const closeDraft = await pollAction(server.url, own, third.id, "close");
    expect([closeDraft.status, (closeDraft.body as unknown as { error: { code: string } }).error.code]).toEqual([
      409,
      "INVALID_TRANSITION",
    ]);
    for (const id of ["999999", "abc", String(first.id + 100_000)]) {
      const reply = await api("POST", `/api/events/${own.code}/polls/${id}/open`, { key: own.key });
      expect([reply.status, reply.body.error.code]).toEqual([404, "NOT_FOUND"]);
    }
    const elsewhere = await api("POST", `/api/events/${event.code}/polls/${first.id}/open`, { key: event.key });
    expect(elsewhere.status).toBe(404);
  });

  it("deletes a poll with 204", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    const path = `/api/events/${event.code}/polls/${poll.id}`;
    expect((await api("DELETE", path, { key: event.key })).status).toBe(204);
    expect((await api("DELETE", path, { key: event.key })).status).toBe(404);
  });
});

describe("votes", () => {
  it("counts a vote changed while open once, and refuses votes on a closed poll with 409", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    const votes = `/api/events/${event.code}/polls/${poll.id}/votes`;
    const notYet = await api("POST", votes, { body: { rating: 3 } });
    expect([notYet.status, notYet.body.error.code]).toEqual([409, "POLL_CLOSED"]);
    await pollAction(server.url, event, poll.id, "open");
    const first = await api("POST", votes, { body: { rating: 2 } });
    expect(first.body.vote).toEqual({ pollId: poll.id, rating: 2 });
    const token = first.body.participantToken;
    const changed = await api("POST", votes, { body: { rating: 5 }, headers: { "x-participant-token": token } });
    expect(changed.body).toEqual({ participantToken: token, vote: { pollId: poll.id, rating: 5 } });
    const results = await api("GET", `/api/events/${event.code}/polls/${poll.id}/results`);
    expect(results.body.results).toMatchObject({ respondents: 1, average: 5 });

    await pollAction(server.url, event, poll.id, "close");
    const late = await api("POST", votes, { body: { rating: 1 }, headers: { "x-participant-token": token } });
    expect([late.status, late.body.error.code]).toEqual([409, "POLL_CLOSED"]);
  });

  it("answers invalid votes with 422 INVALID_VOTE and unknown polls with 404", async () => {
    const poll = await createPoll(server.url, event, PICK_TWO_OF_SIX);
    await pollAction(server.url, event, poll.id, "open");
    const votes = `/api/events/${event.code}/polls/${poll.id}/votes`;
    const [a, b, c] = poll.type === "choice" ? poll.options.map((o) => o.id) : [];
    for (const body of [
      { optionIds: [] },
      { optionIds: [a, b, c] },
      { optionIds: [a, a] },
      { optionIds: [1e9] },
      { rating: 3 },
      { optionIds: "a" },
      {},
    ]) {
      const reply = await api("POST", votes, { body });
      expect([reply.status, reply.body.error.code], JSON.stringify(body)).toEqual([422, "INVALID_VOTE"]);
    }
    const unknown = await api("POST", `/api/events/${event.code}/polls/99999/votes`, { body: { rating: 1 } });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("refuses a participant token the server cannot have issued", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    const reply = await api("POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
      body: { rating: 1 },
      headers: { "x-participant-token": "short" },
    });
    expect([reply.status, reply.body.error.code]).toEqual([400, "INVALID_REQUEST"]);
  });

  it("resets a poll: its votes are gone, its state stays", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    await api("POST", `/api/events/${event.code}/polls/${poll.id}/votes`, { body: { rating: 4 } });
    const reset = await pollAction(server.url, event, poll.id, "reset");
    expect(reset.body.poll.state).toBe("open");
    const results = await api("GET", `/api/events/${event.code}/polls/${poll.id}/results`);
    expect(results.body.results).toMatchObject({ respondents: 0, average: 0 });
  });
});

describe("results visibility", () => {
  it("hides 'closed' results from voters until closed, and 'hidden' results from everyone but moderators", async () => {
    const onClose = await createPoll(server.url, event, { ...EVENT_RATING, resultsVisibility: "closed" });
    const hidden = await createPoll(server.url, event, { ...EVENT_RATING, resultsVisibility: "hidden" });
    for (const poll of [onClose, hidden]) {
      await pollAction(server.url, event, poll.id, "open");
      const path = `/api/events/${event.code}/polls/${poll.id}/results`;
      expect((await api("GET", path)).status).toBe(401);
      expect((await api("GET", path, { key: event.key })).status).toBe(200);
      await pollAction(server.url, event, poll.id, "close");
    }
    expect((await api("GET", `/api/events/${event.code}/polls/${onClose.id}/results`)).status).toBe(200);
    expect((await api("GET", `/api/events/${event.code}/polls/${hidden.id}/results`)).status).toBe(401);
  });
});

describe("export and health", () => {
  it("exports one CSV row per option and rating value, for moderators only", async () => {
    const own = await createEvent(server.url);
    await createPoll(server.url, own, PICK_TWO_OF_SIX);
    await createPoll(server.url, own, EVENT_RATING);
    const csv = await api("GET", `/api/events/${own.code}/export.csv`, { key: own.key });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = String(csv.body).trim().split("\r\n");
    expect(lines).toHaveLength(1 + 6 + 5);
    expect(lines[2]).toContain("Multiplikatoren in den Quartieren");
    expect((await api("GET", `/api/events/${own.code}/export.csv`)).status).toBe(401);
  });

  it("answers /healthz while the database answers", async () => {
    expect((await api("GET", "/healthz")).body).toEqual({ ok: true });
  });
});
