// Access codes are short and read out in the room, so they can be guessed: the code is checked
// when it is entered (REST and WebSocket), wrong guesses are slowed per event and address, and
// a wrong code learns nothing about the polls.
import { describe, expect, it } from "vitest";
import { DEFAULT_TUNING } from "../../server/config.js";
import {
  createEvent,
  createPoll,
  EVENT_RATING,
  type EventFixture,
  pollAction,
  type Reply,
  request,
} from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

const BURST = DEFAULT_TUNING.accessCodeFailureBurst;

// One trusted proxy: X-Forwarded-For then names the guesser's address.
const server = useServer({ trustProxyHops: 1 });

async function eventWithCode(accessCode = "Wald-42"): Promise<EventFixture> {
  const event = await createEvent(server.url);
  await request(server.url, "PATCH", `/api/events/${event.code}`, { body: { accessCode }, key: event.key });
  return event;
}

const enterCode = (event: EventFixture, accessCode: string, address: string) =>
  request(server.url, "POST", `/api/events/${event.code}/access`, {
    body: { accessCode },
    headers: { "x-forwarded-for": address },
  });

const errorOf = (reply: Reply<{ error?: { code: string } }>) => [reply.status, reply.body?.error?.code];

describe("entering the access code", () => {
  it("is checked at once over REST, whatever the case of the letters", async () => {
    const event = await eventWithCode();
    expect((await enterCode(event, "Wald-42", "198.51.100.1")).status).toBe(204);
    expect((await enterCode(event, " wALD-42 ", "198.51.100.1")).status).toBe(204);
    expect(errorOf(await enterCode(event, "Wald-43", "198.51.100.1"))).toEqual([403, "ACCESS_CODE_REQUIRED"]);
    const open = await createEvent(server.url);
    expect((await enterCode(open, "anything", "198.51.100.1")).status).toBe(204);
  });

  it("is checked at once on the live feed, and the accepted code stays with the connection", async () => {
    const event = await eventWithCode();
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    const phone = await connectLive(server.url, event.code);
    expect((await phone.next("snapshot")).accessGranted).toBe(false);
    phone.send({ type: "access", requestId: "a1", accessCode: "wald-41" });
    expect(await phone.next("error", (frame) => frame.requestId === "a1")).toMatchObject({
      code: "ACCESS_CODE_REQUIRED",
    });
    phone.send({ type: "access", requestId: "a2", accessCode: "WALD-42" });
    await phone.next("accessGranted", (frame) => frame.requestId === "a2");
    phone.send({ type: "vote", requestId: "v1", pollId: poll.id, rating: 5 });
    expect(await phone.next("ack")).toMatchObject({ vote: { pollId: poll.id, rating: 5 } });
    await phone.close();
  });

  it("answers a wrong code the same whatever the poll and its state", async () => {
    const event = await eventWithCode();
    const [open, closed, draft] = [
      await createPoll(server.url, event, EVENT_RATING),
      await createPoll(server.url, event, EVENT_RATING),
      await createPoll(server.url, event, EVENT_RATING),
    ];
    await pollAction(server.url, event, closed.id, "open");
    await pollAction(server.url, event, closed.id, "close");
    await pollAction(server.url, event, open.id, "open");
    const voteWith = (pollId: number | string, accessCode: string, address: string) =>
      request(server.url, "POST", `/api/events/${event.code}/polls/${pollId}/votes`, {
        body: { rating: 9 },
        headers: { "x-access-code": accessCode, "x-forwarded-for": address },
      });
    const wrong = await Promise.all(
      [open.id, closed.id, draft.id, 999_999, "abc"].map((id) => voteWith(id, "Wald-41", "198.51.100.2")),
    );
    expect(wrong[0]?.body.error.code).toBe("ACCESS_CODE_REQUIRED");
    expect(wrong.map((reply) => [reply.status, reply.body])).toEqual(wrong.map(() => [403, wrong[0]?.body]));
    // With the right code the poll's state shows, as it should.
    expect(errorOf(await voteWith(closed.id, "Wald-42", "198.51.100.3"))).toEqual([409, "POLL_CLOSED"]);

    const phone = await connectLive(server.url, event.code, "", {
      hello: { accessCode: "Wald-41" },
    });
    for (const [requestId, pollId] of [
      ["open", open.id],
      ["closed", closed.id],
      ["draft", draft.id],
      ["none", 999_999],
    ] as const) {
      phone.send({ type: "vote", requestId, pollId, rating: 9 });
      expect((await phone.next("error", (frame) => frame.requestId === requestId)).code).toBe("ACCESS_CODE_REQUIRED");
    }
    await phone.close();
  });
});

describe("guessing the access code", () => {
  it("is slowed after a small burst of wrong codes from one address, on one socket too: then every code is refused", async () => {
    const event = await eventWithCode();
    const guesser = await connectLive(server.url, event.code);
    await guesser.next("snapshot");
    const guesses = 50;
    for (let i = 0; i < guesses; i++) guesser.send({ type: "access", requestId: i, accessCode: `guess-${i}` });
    guesser.send({ type: "access", requestId: "right", accessCode: "Wald-42" });
    const answers = await Promise.all(
      [...Array.from({ length: guesses }, (_, i) => i), "right"].map((requestId) =>
        guesser.next("error", (frame) => frame.requestId === requestId),
      ),
    );
    const codes = answers.map((frame) => frame.code);
    expect(codes.slice(0, BURST)).toEqual(Array(BURST).fill("ACCESS_CODE_REQUIRED"));
    // Locked: the right code is refused unchecked, so the answers tell a guesser nothing.
    expect(new Set(codes.slice(BURST))).toEqual(new Set(["RATE_LIMITED"]));
    expect(guesser.frames.some((frame) => frame.type === "accessGranted")).toBe(false);
    await guesser.close();
  });

  it("counts REST and WebSocket guesses together, per event and address; other addresses and events are not locked", async () => {
    const event = await eventWithCode();
    const other = await eventWithCode();
    const address = "203.0.113.9";
    for (let i = 0; i < BURST; i++) {
      expect(errorOf(await enterCode(event, `guess-${i}`, address))).toEqual([403, "ACCESS_CODE_REQUIRED"]);
    }
    expect(errorOf(await enterCode(event, "Wald-42", address))).toEqual([429, "RATE_LIMITED"]);
    const vote = await request(server.url, "POST", `/api/events/${event.code}/polls/1/votes`, {
      body: { rating: 1 },
      headers: { "x-access-code": "Wald-42", "x-forwarded-for": address },
    });
    expect(errorOf(vote)).toEqual([429, "RATE_LIMITED"]);
    // The live feed takes the address from the same header behind the trusted proxy.
    const phone = await connectLive(server.url, event.code, "", {
      hello: { accessCode: "Wald-42" },
      headers: { "x-forwarded-for": address },
    });
    expect((await phone.next("snapshot")).accessGranted).toBe(false);
    phone.send({ type: "access", requestId: "a1", accessCode: "Wald-42" });
    expect((await phone.next("error", (frame) => frame.requestId === "a1")).code).toBe("RATE_LIMITED");
    await phone.close();
    expect((await enterCode(event, "Wald-42", "203.0.113.10")).status).toBe(204);
    expect((await enterCode(other, "Wald-42", address)).status).toBe(204);
  });

  it("does not count a missing code as a guess", async () => {
    const event = await eventWithCode();
    const address = "203.0.113.20";
    for (let i = 0; i < BURST + 5; i++) {
      const reply = await request(server.url, "POST", `/api/events/${event.code}/polls/1/votes`, {
        body: { rating: 1 },
        headers: { "x-forwarded-for": address },
      });
      expect(errorOf(reply)).toEqual([403, "ACCESS_CODE_REQUIRED"]);
    }
    expect((await enterCode(event, "Wald-42", address)).status).toBe(204);
  });
});
