// Wrong moderator keys are counted per event and address, and only real wrong keys count: a
// prankster guessing on the venue Wi-Fi must not lock the real moderator out.
import { describe, expect, it } from "vitest";
import { DEFAULT_TUNING } from "../../server/config.js";
import { createEvent, EVENT_RATING, type EventFixture, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

const BURST = DEFAULT_TUNING.moderatorKeyFailureBurst;

const server = useServer();

/** Creates a poll with `key` (a moderator route), as everyone here shares one address. */
const createPollWith = (event: EventFixture, key: string | undefined) =>
  request(server.url, "POST", `/api/events/${event.code}/polls`, { body: EVENT_RATING, ...(key ? { key } : {}) });

async function lockOut(event: EventFixture): Promise<void> {
  for (let i = 0; i < BURST; i++) expect((await createPollWith(event, `guess-${i}`)).status).toBe(401);
  const locked = await createPollWith(event, "guess-again");
  expect([locked.status, locked.body.error.code]).toEqual([429, "RATE_LIMITED"]);
}

describe("the moderator key lockout", () => {
  it("does not lock the address out of other events", async () => {
    const guessedAt = await createEvent(server.url);
    const mine = await createEvent(server.url);
    await lockOut(guessedAt);
    expect((await createPollWith(mine, mine.key)).status).toBe(201);
    expect((await createPollWith(mine, "my-typo")).status).toBe(401);
  });

  it("lets the right key in during a lockout, over REST and on the live feed", async () => {
    const event = await createEvent(server.url);
    await lockOut(event);
    expect((await createPollWith(event, event.key)).status).toBe(201);
    const moderator = await connectLive(server.url, event.code);
    moderator.send({ type: "moderate", moderatorKey: event.key });
    expect((await moderator.next("snapshot", (frame) => frame.role === "moderator")).event.accessCode).toBeNull();
    // Wrong keys are still refused with 429 while the lockout lasts.
    moderator.send({ type: "moderate", moderatorKey: "guess-on-the-socket" });
    expect((await moderator.next("error")).code).toBe("RATE_LIMITED");
    await moderator.close();
  });

  it("does not count requests without a key", async () => {
    const event = await createEvent(server.url);
    for (let i = 0; i < BURST + 5; i++) {
      const reply = await createPollWith(event, undefined);
      expect([reply.status, reply.body.error.code]).toEqual([401, "UNAUTHORIZED"]);
    }
    expect((await createPollWith(event, "first-wrong-key")).status).toBe(401);
  });
});
