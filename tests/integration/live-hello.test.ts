// Secrets after the upgrade: a voter says who it is in its first frame (`hello`), never in the
// URL that proxies log; older clients that say nothing, or send another frame first, still work.
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TUNING } from "../../server/config.js";
import { createEvent, createPoll, EVENT_RATING, type EventFixture, pollAction, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

/** So long on the main server that a client answered within the test's wait was greeted at once… */
const LONG_GRACE_MS = 60_000;
/** …and short on a second one, for the clients that say nothing. */
const SHORT_GRACE_MS = 200;

const server = useServer({ tuning: { ...DEFAULT_TUNING, helloGraceMs: LONG_GRACE_MS } });
const quick = useServer({ tuning: { ...DEFAULT_TUNING, helloGraceMs: SHORT_GRACE_MS } });
let event: EventFixture;
let pollId: number;
/** A participant who voted 4 on the event's open rating poll. */
let token: string;

beforeAll(async () => {
  event = await createEvent(server.url);
  await request(server.url, "PATCH", `/api/events/${event.code}`, { body: { accessCode: "Wald-42" }, key: event.key });
  const poll = await createPoll(server.url, event, EVENT_RATING);
  pollId = poll.id;
  await pollAction(server.url, event, pollId, "open");
  const vote = await request(server.url, "POST", `/api/events/${event.code}/polls/${pollId}/votes`, {
    body: { rating: 4 },
    headers: { "x-access-code": "Wald-42" },
  });
  token = vote.body.participantToken;
});

describe("hello, the voter's first frame", () => {
  it("brings the participant token and the access code; the snapshot follows it", async () => {
    const phone = await connectLive(server.url, event.code, "", { hello: false });
    phone.send({ type: "hello", participantToken: token, accessCode: "wald-42" });
    const snapshot = await phone.next("snapshot");
    expect(snapshot.participantToken).toBe(token);
    expect(snapshot.myVotes[pollId]).toEqual({ pollId, rating: 4 });
    expect(snapshot.accessGranted).toBe(true);
    // The accepted code stays with the connection: votes need nothing more.
    phone.send({ type: "vote", requestId: "v1", pollId, rating: 5 });
    expect(await phone.next("ack")).toMatchObject({ vote: { pollId, rating: 5 } });
    expect(phone.frames.filter((frame) => frame.type === "error")).toEqual([]);
    await phone.close();
  });

  it("sends a voter nothing before its snapshot, not even a room's broadcast", async () => {
    const phone = await connectLive(server.url, event.code, "", { hello: false });
    const other = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, other.id, "open");
    phone.send({ type: "hello", participantToken: token });
    await phone.next("snapshot");
    expect(phone.frames[0]?.type).toBe("snapshot");
    await pollAction(server.url, event, pollId, "open");
    await phone.close();
  });

  it("issues a new token to a hello without one, and tells a voter without the code that it may not vote", async () => {
    const phone = await connectLive(server.url, event.code);
    const snapshot = await phone.next("snapshot");
    expect(snapshot.participantToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(snapshot.participantToken).not.toBe(token);
    expect(snapshot.accessGranted).toBe(false);
    await phone.close();
  });

  it("is said once: a second hello is refused and changes nothing", async () => {
    const phone = await connectLive(server.url, event.code, "", { hello: { participantToken: token } });
    await phone.next("snapshot");
    phone.send({ type: "hello" });
    expect(await phone.next("error")).toMatchObject({ code: "INVALID_REQUEST" });
    expect(phone.frames.filter((frame) => frame.type === "snapshot")).toHaveLength(1);
    await phone.close();
  });

  it("greets screens at once: they hold no secrets", async () => {
    const screen = await connectLive(server.url, event.code, "?role=screen");
    const snapshot = await screen.next("snapshot");
    expect([snapshot.role, snapshot.participantToken, snapshot.accessGranted]).toEqual(["screen", null, undefined]);
    await screen.close();
  });
});

describe("clients written before hello", () => {
  it("get the snapshot after the grace period when they say nothing", async () => {
    const own = await createEvent(quick.url);
    const silent = await connectLive(quick.url, own.code, "", { hello: false });
    const snapshot = await silent.next("snapshot");
    expect(snapshot.role).toBe("voter");
    expect(snapshot.participantToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await silent.close();
  });

  it("are greeted at once when their first frame is of another type, which is then answered", async () => {
    const script = await connectLive(server.url, event.code, "", { hello: false });
    script.send({ type: "vote", requestId: "v1", pollId, rating: 3 });
    const error = await script.next("error");
    expect(error).toMatchObject({ code: "ACCESS_CODE_REQUIRED", requestId: "v1" });
    expect(script.frames[0]?.type).toBe("snapshot");
    await script.close();
  });

  it("may still bring their secrets in the URL, for one release, and are greeted at once", async () => {
    const old = await connectLive(server.url, event.code, `?participant=${token}&access=Wald-42`);
    const snapshot = await old.next("snapshot");
    expect([snapshot.participantToken, snapshot.accessGranted]).toEqual([token, true]);
    await old.close();
    // A percent-encoded name is the same parameter to the server (and so must be redacted in logs too).
    const encoded = await connectLive(server.url, event.code, `?%70articipant=${token}`, { hello: false });
    expect((await encoded.next("snapshot")).participantToken).toBe(token);
    await encoded.close();
  });

  it("still count a hello that comes after the grace period: a slow phone gets its own token back", async () => {
    const own = await createEvent(quick.url);
    const rating = await createPoll(quick.url, own, EVENT_RATING);
    await pollAction(quick.url, own, rating.id, "open");
    const vote = await request(quick.url, "POST", `/api/events/${own.code}/polls/${rating.id}/votes`, {
      body: { rating: 2 },
    });
    const mine: string = vote.body.participantToken;
    const slow = await connectLive(quick.url, own.code, "", { hello: false });
    const first = await slow.next("snapshot");
    expect(first.participantToken).not.toBe(mine);
    slow.send({ type: "hello", participantToken: mine });
    const second = await slow.next("snapshot", (frame) => frame !== first);
    expect(second.participantToken).toBe(mine);
    expect(second.myVotes[rating.id]).toEqual({ pollId: rating.id, rating: 2 });
    await slow.close();
  });
});
