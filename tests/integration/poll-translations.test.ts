// Poll text in several languages (docs/api.md "Translations"): created and changed over REST,
// checked against the poll, kept across a restart, sent live, counted in the event's text limit.
import { beforeAll, describe, expect, it } from "vitest";
import type { Poll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

const YES_NO = {
  type: "choice",
  question: "Kommen Sie nächstes Jahr wieder?",
  options: ["Ja", "Nein", "Vielleicht"],
};
const TURKISH = { question: "Gelecek yıl tekrar gelir misiniz?", options: ["Evet", "Hayır", "Belki"] };
const ARABIC = { question: "هل ستأتي مرة أخرى العام القادم؟", options: ["نعم", "لا", "ربما"] };

describe("poll translations over REST", () => {
  const server = useServer();
  let event: EventFixture;
  const api = (method: string, path: string, options?: Parameters<typeof request>[3]) =>
    request(server.url, method, path, options);
  const patch = (poll: Poll, body: unknown) =>
    api("PATCH", `/api/events/${event.code}/polls/${poll.id}`, { body, key: event.key });
  const create = (body: unknown) => api("POST", `/api/events/${event.code}/polls`, { body, key: event.key });

  beforeAll(async () => {
    event = await createEvent(server.url);
  });

  it("creates a poll with translations, trimmed, and shows {} for a poll without", async () => {
    const poll = await createPoll(server.url, event, {
      ...YES_NO,
      translations: { tr: { question: `  ${TURKISH.question} `, options: [" Evet", "Hayır ", "Belki"] } },
    });
    expect(poll.translations).toEqual({ tr: TURKISH });
    expect(poll.question).toBe(YES_NO.question);
    const plain = await createPoll(server.url, event, { ...YES_NO, question: "Ohne Übersetzung?" });
    expect(plain.translations).toEqual({});
  });

  it("replaces the whole translations object on PATCH, and {} or null removes them", async () => {
    const poll = await createPoll(server.url, event, { ...YES_NO, translations: { tr: TURKISH } });
    const replaced = await patch(poll, { translations: { ar: ARABIC } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.poll.translations).toEqual({ ar: ARABIC });
    const untouched = await patch(poll, { question: "Kommen Sie wieder?" });
    expect(untouched.body.poll.translations).toEqual({ ar: ARABIC });
    expect((await patch(poll, { translations: {} })).body.poll.translations).toEqual({});
    await patch(poll, { translations: { tr: TURKISH } });
    expect((await patch(poll, { translations: null })).body.poll.translations).toEqual({});
  });

  it("takes a translation of the question only, for a rating poll and for a choice poll", async () => {
    const rating = await createPoll(server.url, event, {
      type: "rating",
      question: "Wie fanden Sie den Tag?",
      translations: { uk: { question: "Як вам цей день?" } },
    });
    expect(rating.translations).toEqual({ uk: { question: "Як вам цей день?" } });
    const choice = await createPoll(server.url, event, {
      ...YES_NO,
      translations: { ru: { question: "Вы придёте?" } },
    });
    expect(choice.translations).toEqual({ ru: { question: "Вы придёте?" } });
  });

  it("refuses translations that do not fit, each with its reason", async () => {
    const poll = await createPoll(server.url, event, YES_NO);
    const refusals: [unknown, RegExp][] = [
      [{ tr: { question: "   ", options: TURKISH.options } }, /translation's question must not be empty/],
      [{ tr: { options: TURKISH.options } }, /tr\.question/],
      [{ fr: { question: "Reviendrez-vous ?" } }, /fr: not a page language/],
      [{ tr: { question: TURKISH.question, options: ["Evet", "Hayır"] } }, /2 options, the poll 3/],
      [{ tr: { question: TURKISH.question, options: ["Evet", "evet", "Belki"] } }, /"evet" is given twice/],
      [
        { tr: { question: TURKISH.question, options: ["Evet", "", "Belki"] } },
        /translated option label must not be empty/,
      ],
      [{ tr: { question: "x".repeat(501) } }, /tr\.question/],
      [{ tr: { question: TURKISH.question, options: ["Evet", "x".repeat(201), "Belki"] } }, /tr\.options\.1/],
      [{ tr: { question: TURKISH.question, extra: 1 } }, /extra/],
      [["tr"], /translations/],
    ];
    for (const [translations, reason] of refusals) {
      const reply = await patch(poll, { translations });
      expect([reply.status, reply.body.error.code], JSON.stringify(translations)).toEqual([400, "INVALID_REQUEST"]);
      expect(reply.body.error.message).toMatch(reason);
    }
    const rating = await create({ type: "rating", question: "Sterne?", translations: { tr: TURKISH } });
    expect([rating.status, rating.body.error.message]).toEqual([
      400,
      expect.stringMatching(/rating poll has no options/),
    ]);
    const created = await create({ ...YES_NO, translations: { tr: { question: "" } } });
    expect([created.status, created.body.error.code]).toEqual([400, "INVALID_REQUEST"]);
  });

  it("asks for fitting translations when the options change, and takes both in one PATCH", async () => {
    const poll = await createPoll(server.url, event, { ...YES_NO, translations: { tr: TURKISH } });
    const alone = await patch(poll, { options: ["Ja", "Nein"] });
    expect([alone.status, alone.body.error.message]).toEqual([
      400,
      expect.stringMatching(/translations\.tr has 3 options, the poll 2/),
    ]);
    const both = await patch(poll, {
      options: ["Ja", "Nein"],
      translations: { tr: { question: TURKISH.question, options: ["Evet", "Hayır"] } },
    });
    expect(both.status).toBe(200);
    expect(both.body.poll.translations.tr.options).toEqual(["Evet", "Hayır"]);
  });

  it("changes a voted poll's translations, never its options", async () => {
    const poll = await createPoll(server.url, event, YES_NO);
    await pollAction(server.url, event, poll.id, "open");
    const optionId = poll.type === "choice" ? poll.options[0]?.id : undefined;
    const vote = await api("POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
      body: { optionIds: [optionId] },
    });
    expect(vote.status).toBe(200);
    const translated = await patch(poll, { translations: { tr: TURKISH, ar: ARABIC } });
    expect(translated.status).toBe(200);
    expect(translated.body.poll.options).toEqual(poll.type === "choice" ? poll.options : []);
    const options = await patch(poll, { options: ["Ja", "Nein", "Weiß nicht"], translations: { tr: TURKISH } });
    expect([options.status, options.body.error.code]).toEqual([409, "POLL_HAS_VOTES"]);
    const results = await api("GET", `/api/events/${event.code}/polls/${poll.id}/results`, { key: event.key });
    expect(results.body.results.options.find((o: { id: number }) => o.id === optionId).count).toBe(1);
  });

  it("sends translations to every screen and phone, live", async () => {
    const poll = await createPoll(server.url, event, YES_NO);
    await pollAction(server.url, event, poll.id, "open");
    const screen = await connectLive(server.url, event.code, "?role=screen");
    const phone = await connectLive(server.url, event.code);
    try {
      const snapshot = await phone.next("snapshot");
      expect(snapshot.polls.find((p) => p.id === poll.id)?.translations).toEqual({});
      await patch(poll, { translations: { tr: TURKISH } });
      for (const client of [screen, phone]) {
        const frame = await client.next("poll", (f) => f.poll.id === poll.id && "tr" in f.poll.translations);
        expect(frame.poll.translations).toEqual({ tr: TURKISH });
      }
    } finally {
      await screen.close();
      await phone.close();
    }
  });

  it("exports the original question and answers", async () => {
    const own = await createEvent(server.url, { title: "Export" });
    const poll = await createPoll(server.url, own, { ...YES_NO, translations: { tr: TURKISH } });
    await pollAction(server.url, own, poll.id, "open");
    const csv = await request(server.url, "GET", `/api/events/${own.code}/export.csv`, { key: own.key });
    expect(csv.body).toContain("Kommen Sie nächstes Jahr wieder?");
    expect(csv.body).not.toContain("Evet");
    const json = await request(server.url, "GET", `/api/events/${own.code}/export.json`, { key: own.key });
    expect(json.body.polls[0].poll).toMatchObject({ question: YES_NO.question, translations: { tr: TURKISH } });
  });
});

describe("poll translations on disk", () => {
  const server = useServer();

  it("survive a restart, as do polls without any", async () => {
    const event = await createEvent(server.url);
    const translated = await createPoll(server.url, event, { ...YES_NO, translations: { tr: TURKISH, ar: ARABIC } });
    const plain = await createPoll(server.url, event, { ...YES_NO, question: "Ohne?" });
    await server.restart();
    const reply = await request(server.url, "GET", `/api/events/${event.code}/polls`, { key: event.key });
    const byId = new Map(reply.body.polls.map((poll: Poll) => [poll.id, poll]));
    expect(byId.get(translated.id)).toMatchObject({ translations: { tr: TURKISH, ar: ARABIC } });
    expect(byId.get(plain.id)).toMatchObject({ translations: {} });
  });
});

describe("poll translations and the event's text limit", () => {
  const server = useServer({
    creationLimits: { eventsPerAddressPerHour: 1000, pollsPerEvent: 100, pollTextPerEvent: 120 },
  });

  it("count towards it, on create and on PATCH", async () => {
    const event = await createEvent(server.url);
    // 28 + 2 + 4 = 34 characters of original; the first translation would add 100.
    const poll = await createPoll(server.url, event, {
      type: "choice",
      question: "Kommen Sie nächstes Jahr an?",
      options: ["Ja", "Nein"],
    });
    const long = { question: "x".repeat(96), options: ["ab", "cd"] };
    const refused = await request(server.url, "PATCH", `/api/events/${event.code}/polls/${poll.id}`, {
      body: { translations: { tr: long } },
      key: event.key,
    });
    expect([refused.status, refused.body.error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    const created = await request(server.url, "POST", `/api/events/${event.code}/polls`, {
      body: { type: "rating", question: "Sterne?", translations: { tr: { question: "x".repeat(90) } } },
      key: event.key,
    });
    expect([created.status, created.body.error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    const fits = await request(server.url, "PATCH", `/api/events/${event.code}/polls/${poll.id}`, {
      body: { translations: { tr: { question: "x".repeat(60), options: ["ab", "cd"] } } },
      key: event.key,
    });
    expect(fits.status).toBe(200);
  });
});
