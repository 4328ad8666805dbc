// A write the API answers with success is on disk: with the disk really full (a tmpfs filled
// to the last byte), every write is answered with an error and changes nothing, not even in
// memory; once there is room again, writes succeed, and after a kill -9 and a restart exactly
// what was answered as saved is there.
import { describe, expect, it } from "vitest";
import { ErrorBody } from "../../shared/errors.js";
import type { ModeratorEvent } from "../../shared/event.js";
import type { ChoicePoll, Poll } from "../../shared/poll.js";
import {
  createEvent,
  createPoll,
  type EventFixture,
  PICK_TWO_OF_SIX,
  pollAction,
  type Reply,
  request,
} from "../helpers/api.js";
import { useChildServer } from "../helpers/child-server.js";
import { smallDiskUnavailable, useSmallDisk } from "../helpers/small-disk.js";

/** Room for the database and a WAL of a few hundred pages; the filler takes the rest. */
const DISK_BYTES = 8 * 1024 * 1024;
const PARTICIPANT = "p".repeat(43);

const unavailable = smallDiskUnavailable();

type World = { event: ModeratorEvent; polls: Poll[]; respondents: number; doomedExists: boolean };

async function worldOf(url: string, event: EventFixture, doomed: EventFixture, pollId: number): Promise<World> {
  const [shown, polls, results, other] = await Promise.all([
    request(url, "GET", `/api/events/${event.code}`, { key: event.key }),
    request(url, "GET", `/api/events/${event.code}/polls`, { key: event.key }),
    request(url, "GET", `/api/events/${event.code}/polls/${pollId}/results`, { key: event.key }),
    request(url, "GET", `/api/events/${doomed.code}`),
  ]);
  return {
    event: shown.body.event,
    polls: polls.body.polls,
    respondents: results.body.results.respondents,
    doomedExists: other.status === 200,
  };
}

const refusedAsServerError = (reply: Reply) => ({
  status: reply.status >= 500 ? "5xx" : reply.status,
  shape: ErrorBody.safeParse(reply.body).success,
});

describe.skipIf(unavailable !== null)(`writes on a full disk${unavailable ? ` (skipped: ${unavailable})` : ""}`, () => {
  const disk = useSmallDisk(DISK_BYTES);
  const server = useChildServer({ place: () => disk.place() });

  it("answers every write with an error, changes nothing, and keeps exactly what it answered as saved", async () => {
    const { url } = server;
    const event = await createEvent(url);
    const doomed = await createEvent(url, { title: "To be deleted" });
    const first = await createPoll(url, event, PICK_TWO_OF_SIX);
    const voted = (await createPoll(url, event, PICK_TWO_OF_SIX)) as ChoicePoll;
    const last = await createPoll(url, event, PICK_TWO_OF_SIX);
    expect((await pollAction(url, event, voted.id, "open")).status).toBe(200);
    const option = voted.options[0]?.id;
    const votePath = `/api/events/${event.code}/polls/${voted.id}/votes`;
    const vote = await request(url, "POST", votePath, {
      body: { optionIds: [option] },
      headers: { "x-participant-token": PARTICIPANT },
    });
    expect(vote.status).toBe(200);
    const before = await worldOf(url, event, doomed, voted.id);

    expect(disk.fill()).toBeGreaterThan(0);
    const polls = `/api/events/${event.code}/polls`;
    const attempts: Record<string, () => Promise<Reply>> = {
      "create an event": () => request(url, "POST", "/api/events", { body: { title: "On a full disk", code: "full" } }),
      "set the access code": () =>
        request(url, "PATCH", `/api/events/${event.code}`, { key: event.key, body: { accessCode: "Wilhelmsburg" } }),
      "rename the event": () =>
        request(url, "PATCH", `/api/events/${event.code}`, { key: event.key, body: { title: "Renamed" } }),
      "create a poll": () => request(url, "POST", polls, { key: event.key, body: PICK_TWO_OF_SIX }),
      "edit a poll": () =>
        request(url, "PATCH", `${polls}/${first.id}`, { key: event.key, body: { question: "Edited?" } }),
      "reorder the polls": () =>
        request(url, "PATCH", `${polls}/${last.id}`, { key: event.key, body: { position: 1 } }),
      "open a poll": () => pollAction(url, event, first.id, "open"),
      "close a poll": () => pollAction(url, event, voted.id, "close"),
      "reset a poll": () => pollAction(url, event, voted.id, "reset"),
      "delete a poll": () => request(url, "DELETE", `${polls}/${first.id}`, { key: event.key }),
      "delete an event": () => request(url, "DELETE", `/api/events/${doomed.code}`, { key: doomed.key }),
      "vote again": () =>
        request(url, "POST", votePath, {
          body: { optionIds: [voted.options[1]?.id] },
          headers: { "x-participant-token": PARTICIPANT },
        }),
    };
    const answers: Record<string, ReturnType<typeof refusedAsServerError>> = {};
    for (const [what, attempt] of Object.entries(attempts)) answers[what] = refusedAsServerError(await attempt());
    const refused = { status: "5xx", shape: true };
    expect(answers).toEqual(Object.fromEntries(Object.keys(attempts).map((what) => [what, refused])));
    // Nothing refused took effect in memory either: the server shows what the file holds.
    expect(await worldOf(url, event, doomed, voted.id)).toEqual(before);
    expect((await request(url, "GET", "/api/events/full")).status).toBe(404);

    disk.free();
    const saved = await request(url, "PATCH", `/api/events/${event.code}`, {
      key: event.key,
      body: { accessCode: "Wilhelmsburg" },
    });
    expect(saved.status).toBe(200);
    const after = await worldOf(url, event, doomed, voted.id);
    expect(after.event.accessCode).toBe("Wilhelmsburg");

    // kill -9: nothing gets a chance to be written at shutdown.
    await server.kill("SIGKILL");
    await server.restart();
    expect(await worldOf(server.url, event, doomed, voted.id)).toEqual(after);
    expect((await request(server.url, "GET", "/api/events/full")).status).toBe(404);
  });
});
