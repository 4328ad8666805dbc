// Audience Q&A over REST: asking, upvoting and taking it back, moderating with either key,
// pre-moderation and blocked words, highlight uniqueness, rate limits, and Q&A switched off.
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_TUNING } from "../../server/config.js";
import type { Question } from "../../shared/question.js";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { storedRows } from "../helpers/stored-rows.js";

const server = useServer({
  // Bursts small enough to reach, refills slow enough that a slow machine does not refill them mid-test.
  tuning: {
    ...DEFAULT_TUNING,
    participantQuestionBurst: 3,
    participantQuestionsPerSecond: 0.01,
    participantUpvoteBurst: 6,
    participantUpvotesPerSecond: 0.01,
  },
});
let event: EventFixture;

/** Turns Q&A on (or changes its settings) as the moderator. */
async function qaSettings(target: EventFixture, qa: Record<string, unknown>) {
  const reply = await request(server.url, "PATCH", `/api/events/${target.code}`, { key: target.key, body: { qa } });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.event;
}

function ask(body: unknown, token?: string, target = event) {
  return request(server.url, "POST", `/api/events/${target.code}/questions`, {
    body,
    headers: token ? { "x-participant-token": token } : {},
  });
}

function upvote(questionId: number, token: string, up = true, target = event) {
  return request(server.url, up ? "PUT" : "DELETE", `/api/events/${target.code}/questions/${questionId}/upvote`, {
    headers: { "x-participant-token": token },
  });
}

function moderate(questionId: number, body: unknown, key = event.key, target = event) {
  return request(server.url, "PATCH", `/api/events/${target.code}/questions/${questionId}`, {
    key,
    body,
  });
}

const list = (key?: string, token?: string, target = event) =>
  request(server.url, "GET", `/api/events/${target.code}/questions`, {
    ...(key ? { key } : {}),
    headers: token ? { "x-participant-token": token } : {},
  });

beforeEach(async () => {
  event = await createEvent(server.url);
  await qaSettings(event, { enabled: true });
});

describe("Q&A settings", () => {
  it("are off, post-moderated and with names by default; blocked words are the moderator's to see", async () => {
    const fresh = await createEvent(server.url);
    const shown = await request(server.url, "GET", `/api/events/${fresh.code}`);
    expect(shown.body.event.qa).toEqual({ enabled: false, moderation: "post", names: true });
    const changed = await qaSettings(fresh, { moderation: "pre", blockedWords: ["Spam"] });
    expect(changed.qa).toEqual({ enabled: false, moderation: "pre", names: true, blockedWords: ["Spam"] });
    const asModerator = await request(server.url, "GET", `/api/events/${fresh.code}`, { key: fresh.key });
    expect(asModerator.body.event.qa.blockedWords).toEqual(["Spam"]);
    expect((await request(server.url, "GET", `/api/events/${fresh.code}`)).body.event.qa).not.toHaveProperty(
      "blockedWords",
    );
  });

  it("refuses questions and upvotes while Q&A is off, with QA_DISABLED", async () => {
    const asked = await ask({ text: "Wie erreichen wir Alleinerziehende?" });
    expect(asked.status).toBe(201);
    await qaSettings(event, { enabled: false });
    const refused = await ask({ text: "Noch eine Frage?" }, asked.body.participantToken);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("QA_DISABLED");
    const upvoted = await upvote(asked.body.question.id, asked.body.participantToken);
    expect(upvoted.status).toBe(409);
    expect(upvoted.body.error.code).toBe("QA_DISABLED");
  });
});

describe("asking", () => {
  it("stores the question normalised, issues a token, and marks it mine for the asker only", async () => {
    const asked = await ask({ text: "  Ｗｉｅ geht es weiter?  ", name: " Ayşe " });
    expect(asked.status).toBe(201);
    expect(asked.body.participantToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(asked.body.question).toMatchObject({
      text: "Wie geht es weiter?",
      name: "Ayşe",
      state: "visible",
      upvotes: 0,
      highlighted: false,
      mine: true,
    });
    const forOthers = (await list()).body.questions;
    expect(forOthers).toHaveLength(1);
    expect(forOthers[0]).not.toHaveProperty("mine");
    expect(JSON.stringify(forOthers)).not.toContain(asked.body.participantToken);
    const forAsker = (await list(undefined, asked.body.participantToken)).body.questions;
    expect(forAsker[0]?.mine).toBe(true);
  });

  it("counts characters as people do, and refuses empty, too long and repeated questions", async () => {
    expect((await ask({ text: "   " })).body.error.code).toBe("INVALID_REQUEST");
    // 300 thumbs with a skin tone are 600 code points but 300 characters.
    expect((await ask({ text: "👍🏽".repeat(300) })).status).toBe(201);
    expect((await ask({ text: "a".repeat(301) })).status).toBe(400);
    const first = await ask({ text: "Gibt es Kinderbetreuung?" });
    const token = first.body.participantToken;
    const again = await ask({ text: "gibt es  KINDERBETREUUNG?" }, token);
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe("INVALID_REQUEST");
    // Another participant may ask the same.
    expect((await ask({ text: "Gibt es Kinderbetreuung?" })).status).toBe(201);
  });

  it("keeps no name when the event allows none, and refuses names over 40 characters", async () => {
    expect((await ask({ text: "Frage eins?", name: "x".repeat(41) })).status).toBe(400);
    await qaSettings(event, { names: false });
    const asked = await ask({ text: "Frage zwei?", name: "Ayşe" });
    expect(asked.status).toBe(201);
    expect(asked.body.question).not.toHaveProperty("name");
  });

  it("refuses the same question sent twice at once, and saves it once", async () => {
    const token = (await ask({ text: "Erste Frage?" })).body.participantToken;
    const replies = await Promise.all([1, 2].map(() => ask({ text: "Zweimal?" }, token)));
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 400]);
    expect((await list()).body.questions.filter((question: Question) => question.text === "Zweimal?")).toHaveLength(1);
  });

  it("rate-limits asks per participant", async () => {
    const token = (await ask({ text: "Frage 1" })).body.participantToken;
    expect((await ask({ text: "Frage 2" }, token)).status).toBe(201);
    expect((await ask({ text: "Frage 3" }, token)).status).toBe(201);
    const limited = await ask({ text: "Frage 4" }, token);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
  });

  it("asks for the event's access code, as votes do", async () => {
    await request(server.url, "PATCH", `/api/events/${event.code}`, { key: event.key, body: { accessCode: "WALD-7" } });
    expect((await ask({ text: "Ohne Code?" })).body.error.code).toBe("ACCESS_CODE_REQUIRED");
    const withCode = await request(server.url, "POST", `/api/events/${event.code}/questions`, {
      body: { text: "Mit Code?" },
      headers: { "x-access-code": "wald-7" },
    });
    expect(withCode.status).toBe(201);
  });
});

describe("moderation", () => {
  it("pre-moderation: a new question waits, reaches only moderators and its asker, then appears once approved", async () => {
    await qaSettings(event, { moderation: "pre" });
    const asked = await ask({ text: "Wartet diese Frage?" });
    expect(asked.body.question.state).toBe("pending");
    const id = asked.body.question.id;
    expect((await list()).body.questions).toEqual([]);
    expect((await list(undefined, asked.body.participantToken)).body.questions.map((q: Question) => q.id)).toEqual([
      id,
    ]);
    expect((await list(event.key)).body.questions.map((q: Question) => q.id)).toEqual([id]);
    // Nobody can upvote what the room cannot see.
    const other = (await ask({ text: "Andere Frage" })).body.participantToken;
    expect((await upvote(id, other)).status).toBe(404);

    expect((await moderate(id, { state: "visible" })).body.question.state).toBe("visible");
    expect((await list()).body.questions.map((q: Question) => q.id)).toEqual([id]);
  });

  it("post-moderation: a question with a blocked word waits, whole words only, after NFKC and case-folding", async () => {
    await qaSettings(event, { blockedWords: ["spam", "böses wort"] });
    expect((await ask({ text: "Ist das SPAM?" })).body.question.state).toBe("pending");
    expect((await ask({ text: "Ist das ｓｐａｍ?" })).body.question.state).toBe("pending");
    expect((await ask({ text: "Ein BÖSES Wort hier" })).body.question.state).toBe("pending");
    expect((await ask({ text: "Hilft ein Spamfilter?" })).body.question.state).toBe("visible");
    expect((await ask({ text: "Ein Wort, böses" })).body.question.state).toBe("visible");
  });

  it("highlights one question at a time", async () => {
    const a = (await ask({ text: "Frage A" })).body.question.id;
    const b = (await ask({ text: "Frage B" })).body.question.id;
    expect((await moderate(a, { highlighted: true })).body.question.highlighted).toBe(true);
    expect((await moderate(b, { highlighted: true })).body.question.highlighted).toBe(true);
    const highlighted = (await list()).body.questions.filter((q: Question) => q.highlighted).map((q: Question) => q.id);
    expect(highlighted).toEqual([b]);
    // Answering it ends the highlight; a pending question cannot be highlighted.
    expect((await moderate(b, { state: "answered" })).body.question).toMatchObject({
      state: "answered",
      highlighted: false,
    });
    expect((await moderate(a, { state: "answered", highlighted: true })).body.error.code).toBe("INVALID_TRANSITION");
  });

  it("refuses moves back into the queue, and deletes questions with their upvotes", async () => {
    const asked = await ask({ text: "Löschen?" });
    const id = asked.body.question.id;
    expect((await moderate(id, { state: "pending" })).status).toBe(409);
    expect((await upvote(id, asked.body.participantToken)).body.question.upvotes).toBe(1);
    const deleted = await request(server.url, "DELETE", `/api/events/${event.code}/questions/${id}`, {
      key: event.key,
    });
    expect(deleted.status).toBe(204);
    expect((await list(event.key)).body.questions).toEqual([]);
    expect((await moderate(id, { state: "visible" })).status).toBe(404);
    const rows = await storedRows(
      server.databasePath,
      "SELECT CAST(count(*) AS integer) AS n FROM upvotes WHERE question_id = ?",
      id,
    );
    expect(rows).toEqual([{ n: 0 }]);
  });

  it("a Q&A moderator key moderates questions and nothing else, and stops working once revoked", async () => {
    const made = await request(server.url, "POST", `/api/events/${event.code}/qa-moderator-key`, { key: event.key });
    expect(made.status).toBe(201);
    const qaKey: string = made.body.qaModeratorKey;
    await qaSettings(event, { moderation: "pre" });
    const id = (await ask({ text: "Für die Helferin" })).body.question.id;
    expect((await list(qaKey)).body.questions.map((q: Question) => q.id)).toEqual([id]);
    expect((await moderate(id, { state: "visible", highlighted: true }, qaKey)).status).toBe(200);

    // Polls and settings stay closed to it, and it never counts as a wrong guess.
    for (let attempt = 0; attempt < 12; attempt++) {
      const poll = await request(server.url, "POST", `/api/events/${event.code}/polls`, {
        key: qaKey,
        body: PICK_TWO_OF_SIX,
      });
      expect(poll.status).toBe(403);
      expect(poll.body.error.code).toBe("FORBIDDEN");
    }
    const settings = await request(server.url, "PATCH", `/api/events/${event.code}`, {
      key: qaKey,
      body: { qa: { enabled: false } },
    });
    expect(settings.status).toBe(403);
    const drafts = await request(server.url, "GET", `/api/events/${event.code}/polls`, { key: qaKey });
    await createPoll(server.url, event, PICK_TWO_OF_SIX);
    expect(drafts.body.polls).toEqual([]);
    const selfMade = await request(server.url, "POST", `/api/events/${event.code}/qa-moderator-key`, { key: qaKey });
    expect(selfMade.status).toBe(403);

    const revoked = await request(server.url, "DELETE", `/api/events/${event.code}/qa-moderator-key`, {
      key: event.key,
    });
    expect(revoked.status).toBe(204);
    expect((await moderate(id, { state: "answered" }, qaKey)).status).toBe(401);
  });
});

describe("upvotes", () => {
  it("counts one per participant, lets the asker upvote their own, and can be taken back", async () => {
    const asked = await ask({ text: "Upvotes?" });
    const id = asked.body.question.id;
    const asker = asked.body.participantToken;
    const other = (await ask({ text: "Andere" })).body.participantToken;
    expect((await upvote(id, asker)).body.question).toMatchObject({ upvotes: 1, mine: true });
    expect((await upvote(id, asker)).body.question.upvotes).toBe(1);
    const second = await upvote(id, other);
    expect(second.body.question.upvotes).toBe(2);
    expect(second.body.question).not.toHaveProperty("mine");
    expect((await upvote(id, other, false)).body.question.upvotes).toBe(1);
    expect((await upvote(id, other, false)).body.question.upvotes).toBe(1);
    expect((await list()).body.questions.find((q: Question) => q.id === id)?.upvotes).toBe(1);
  });

  it("lists the most upvoted first", async () => {
    const first = await ask({ text: "Erste" });
    const second = await ask({ text: "Zweite" });
    await upvote(second.body.question.id, first.body.participantToken);
    expect((await list()).body.questions.map((q: Question) => q.text)).toEqual(["Zweite", "Erste"]);
  });

  it("rate-limits upvotes per participant", async () => {
    const asked = await ask({ text: "Schnell?" });
    const statuses: number[] = [];
    for (let index = 0; index < 8; index++) {
      statuses.push((await upvote(asked.body.question.id, asked.body.participantToken, index % 2 === 0)).status);
    }
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(6)).toEqual([429, 429]);
  });

  it("answers NOT_FOUND for a question of another event", async () => {
    const other = await createEvent(server.url);
    await qaSettings(other, { enabled: true });
    const asked = await ask({ text: "Anderswo" }, undefined, other);
    expect((await upvote(asked.body.question.id, asked.body.participantToken)).status).toBe(404);
    expect((await moderate(asked.body.question.id, { state: "archived" })).status).toBe(404);
  });
});
