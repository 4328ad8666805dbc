// Each route's input is checked by its declared schemas, after the route's hook has found the
// event and the caller's rights: several faults at once get the answer of the first in the
// documented order (docs/api.md, "Errors" and the vote route's table).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { ChoicePoll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { startServer, type TestServer } from "../helpers/server.js";

const ACCESS_CODE = "Wald-42";

let server: TestServer;
let event: EventFixture;
let poll: ChoicePoll;

beforeAll(async () => {
  server = await startServer();
  event = await createEvent(server.url);
  poll = (await createPoll(server.url, event, PICK_TWO_OF_SIX)) as ChoicePoll;
  await pollAction(server.url, event, poll.id, "open");
  await request(server.url, "PATCH", `/api/events/${event.code}`, {
    key: event.key,
    body: { accessCode: ACCESS_CODE },
  });
});
afterAll(async () => {
  await server.close();
  server.cleanup();
});

const answer = (reply: { status: number; body: { error: { code: string; message: string } } }) => [
  reply.status,
  reply.body.error.code,
  reply.body.error.message,
];

describe("a REST vote with several faults", () => {
  const vote = (pollId: string, headers: Record<string, string>) =>
    request(server.url, "POST", `/api/events/${event.code}/polls/${pollId}/votes`, { body: {}, headers });

  it("is refused for its access code first, whatever else is wrong", async () => {
    expect(answer(await vote("abc", { "x-participant-token": "short" }))).toEqual([
      403,
      "ACCESS_CODE_REQUIRED",
      "This event asks for its access code to vote.",
    ]);
  });

  it("then for a participant token this server cannot have issued", async () => {
    expect(answer(await vote("abc", { "x-access-code": ACCESS_CODE, "x-participant-token": "short" }))).toEqual([
      400,
      "INVALID_REQUEST",
      "X-Participant-Token is not a token this server issued; leave it out to get one.",
    ]);
  });

  it("then for a poll id that cannot name a poll, then for its ballot", async () => {
    expect(answer(await vote("abc", { "x-access-code": ACCESS_CODE }))).toEqual([
      404,
      "NOT_FOUND",
      `Event "${event.code}" has no poll abc.`,
    ]);
    expect(answer(await vote(String(poll.id), { "x-access-code": ACCESS_CODE }))).toEqual([
      422,
      "INVALID_VOTE",
      'A vote is {"optionIds": [ids…]} or {"rating": n}.',
    ]);
  });
});

describe("a moderator's change with several faults", () => {
  const patch = (pollId: string, key?: string) =>
    request(server.url, "PATCH", `/api/events/${event.code}/polls/${pollId}`, {
      body: { question: "", type: "rating" },
      ...(key ? { key } : {}),
    });

  it("is refused for the missing key before its path and body", async () => {
    expect((await patch("0")).status).toBe(401);
  });

  it("then for its poll id, then for its body, with every problem named", async () => {
    expect(answer(await patch("0", event.key))).toEqual([404, "NOT_FOUND", `Event "${event.code}" has no poll 0.`]);
    const [status, code, message] = answer(await patch(String(poll.id), event.key));
    expect([status, code]).toEqual([400, "INVALID_REQUEST"]);
    expect(message).toMatch(/^Invalid request body: question: question must not be empty; Unrecognized key: "type"\.$/);
  });

  it("takes an empty body as no fields", async () => {
    const reply = await request(server.url, "POST", `/api/events/${event.code}/polls`, {
      key: event.key,
      headers: { "content-type": "application/json" },
      rawBody: "",
    });
    expect(answer(reply)).toEqual([400, "INVALID_REQUEST", expect.stringMatching(/^Invalid request body: /)]);
  });
});

describe("the live feed's URL", () => {
  it("is refused before the upgrade when a query parameter comes twice", async () => {
    const refusal = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const socket = new WebSocket(
        `${server.url.replace(/^http/, "ws")}/api/events/${event.code}/live?role=screen&role=screen`,
      );
      socket.once("open", () => reject(new Error("upgraded")));
      socket.once("unexpected-response", (_request, response) => {
        let text = "";
        response.on("data", (chunk) => {
          text += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      });
    });
    expect(refusal.status).toBe(400);
    expect(JSON.parse(refusal.text).error).toMatchObject({
      code: "INVALID_REQUEST",
      message: expect.stringMatching(/^Invalid query string: role: /),
    });
  });
});
