// Creation is bounded: without ADMIN_TOKEN one address creates a limited number of events an
// hour, and an event holds a limited number of polls and characters of poll text, so nobody
// can fill the disk (or every phone's snapshot) from one laptop.
import { describe, expect, it } from "vitest";
import { DEFAULT_POLL_TEXT_PER_EVENT, DEFAULT_POLLS_PER_EVENT, loadConfig } from "../../server/config.js";
import { ErrorBody } from "../../shared/errors.js";
import { MAX_OPTION_LABEL_LENGTH, MAX_OPTIONS, MAX_QUESTION_LENGTH } from "../../shared/limits.js";
import { createEvent, createPoll, type EventFixture, type Reply, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";

const ADMIN_TOKEN = "a-long-enough-admin-token";

const errorOf = (reply: Reply) => {
  const { error } = ErrorBody.parse(reply.body);
  return { status: reply.status, code: error.code, message: error.message };
};

function createEventFrom(url: string, address?: string, token?: string): Promise<Reply> {
  return request(url, "POST", "/api/events", {
    body: { title: "Workshop" },
    headers: address ? { "x-forwarded-for": address } : {},
    ...(token ? { key: token } : {}),
  });
}

/** A choice poll of nearly the most text the schemas allow (options one short, to number them). */
const longestPoll = (n: number) => ({
  type: "choice",
  question: `${n} ${"q".repeat(MAX_QUESTION_LENGTH - String(n).length - 1)}`,
  options: Array.from(
    { length: MAX_OPTIONS },
    (_, k) => `${k} ${"o".repeat(MAX_OPTION_LABEL_LENGTH - 2 - String(k).length)}`,
  ),
});
const LONGEST_POLL_TEXT = MAX_QUESTION_LENGTH + MAX_OPTIONS * (MAX_OPTION_LABEL_LENGTH - 1);

/** Settings that allow `eventsPerAddressPerHour` new events an hour from one address. */
const withEventsPerHour = (eventsPerAddressPerHour: number) => ({
  creationLimits: { ...loadConfig({}).creationLimits, eventsPerAddressPerHour },
});

describe("events per address and hour", () => {
  describe("from behind a proxy", () => {
    const limit = 3;
    const server = useServer({ trustProxyHops: 1, ...withEventsPerHour(limit) });

    it("are refused past the limit with 429 RATE_LIMITED, for that address only", async () => {
      for (let k = 0; k < limit; k++) expect((await createEventFrom(server.url, "203.0.113.7")).status).toBe(201);
      const refused = errorOf(await createEventFrom(server.url, "203.0.113.7"));
      expect(refused).toEqual({
        status: 429,
        code: "RATE_LIMITED",
        message: `At most ${limit} events can be created per hour from one address; please try again later.`,
      });
      // Another address has its own budget, and invalid bodies spend none of it.
      for (let k = 0; k < limit; k++) {
        const invalid = await request(server.url, "POST", "/api/events", {
          body: { title: "" },
          headers: { "x-forwarded-for": "198.51.100.2" },
        });
        expect(invalid.status).toBe(400);
      }
      for (let k = 0; k < limit; k++) expect((await createEventFrom(server.url, "198.51.100.2")).status).toBe(201);
    });
  });

  describe("when ADMIN_TOKEN guards creation", () => {
    const server = useServer({ adminToken: ADMIN_TOKEN, ...withEventsPerHour(1) });

    it("do not apply", async () => {
      for (let k = 0; k < 3; k++) expect((await createEventFrom(server.url, undefined, ADMIN_TOKEN)).status).toBe(201);
    });
  });

  it("are set with EVENTS_PER_ADDRESS_PER_HOUR (default 30)", () => {
    expect(loadConfig({}).creationLimits.eventsPerAddressPerHour).toBe(30);
    expect(loadConfig({ EVENTS_PER_ADDRESS_PER_HOUR: "5" }).creationLimits.eventsPerAddressPerHour).toBe(5);
    expect(() => loadConfig({ EVENTS_PER_ADDRESS_PER_HOUR: "0" })).toThrow(/EVENTS_PER_ADDRESS_PER_HOUR/);
  });
});

describe("what one event holds", () => {
  // One server for both tests: each has an event of its own, and the limits are per event.
  const server = useServer();
  let event: EventFixture;
  const polls = () => `/api/events/${event.code}/polls`;

  it(`is at most ${DEFAULT_POLLS_PER_EVENT} polls: the next one gets 400 with a plain message`, async () => {
    event = await createEvent(server.url);
    for (let n = 1; n <= DEFAULT_POLLS_PER_EVENT; n++)
      await createPoll(server.url, event, { type: "rating", question: `${n}?` });
    const refused = await request(server.url, "POST", polls(), {
      key: event.key,
      body: { type: "rating", question: "One more?" },
    });
    expect(errorOf(refused)).toEqual({
      status: 400,
      code: "INVALID_REQUEST",
      message: `An event holds at most ${DEFAULT_POLLS_PER_EVENT} polls; delete one to add another.`,
    });
    // Room again after a deletion.
    const first = (await request(server.url, "GET", polls(), { key: event.key })).body.polls[0];
    expect((await request(server.url, "DELETE", `${polls()}/${first.id}`, { key: event.key })).status).toBe(204);
    expect(
      (await request(server.url, "POST", polls(), { key: event.key, body: { type: "rating", question: "Now?" } }))
        .status,
    ).toBe(201);
  });

  it(`is at most ${DEFAULT_POLL_TEXT_PER_EVENT} characters of poll text, for new polls and for edits`, async () => {
    event = await createEvent(server.url);
    const fitting = Math.floor(DEFAULT_POLL_TEXT_PER_EVENT / LONGEST_POLL_TEXT);
    for (let n = 0; n < fitting; n++) await createPoll(server.url, event, longestPoll(n));
    let room = DEFAULT_POLL_TEXT_PER_EVENT - fitting * LONGEST_POLL_TEXT;
    // Rating polls with the longest question fill up the rest, to less than one such question.
    for (; room >= MAX_QUESTION_LENGTH; room -= MAX_QUESTION_LENGTH) {
      await createPoll(server.url, event, { type: "rating", question: "r".repeat(MAX_QUESTION_LENGTH) });
    }

    const tooMuch = await request(server.url, "POST", polls(), { key: event.key, body: longestPoll(fitting) });
    expect(errorOf(tooMuch)).toEqual({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: `The polls of an event hold at most ${DEFAULT_POLL_TEXT_PER_EVENT} characters of questions and options together; this would make ${DEFAULT_POLL_TEXT_PER_EVENT - room + LONGEST_POLL_TEXT}. Shorten or delete some polls first.`,
    });
    // A short poll still fits; growing its question past the budget does not.
    const short = await createPoll(server.url, event, { type: "rating", question: "Kurz?" });
    const grown = "g".repeat(MAX_QUESTION_LENGTH);
    const edit = await request(server.url, "PATCH", `${polls()}/${short.id}`, {
      key: event.key,
      body: { question: grown },
    });
    expect(errorOf(edit)).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    // Edits that do not grow the text are always taken.
    const same = await request(server.url, "PATCH", `${polls()}/${short.id}`, {
      key: event.key,
      body: { question: "Knapp?" },
    });
    expect(same.status).toBe(200);
  });
});
