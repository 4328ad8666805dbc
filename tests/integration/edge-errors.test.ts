// What the edge answers to malformed requests: the API's error shape with the right status,
// even for what Fastify and Node refuse before a route runs; no caching of API answers; JSON
// bodies parsed with prototype-poisoning protection.
import { connect } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorBody } from "../../shared/errors.js";
import { createEvent, createPoll, EVENT_RATING, type EventFixture, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

const server = useServer();
let event: EventFixture;

beforeAll(async () => {
  event = await createEvent(server.url);
});

type RawReply = { status: number; headers: Map<string, string>; body: unknown };

/** Sends bytes as they are (fetch would refuse or fix most of these requests) and reads the one reply. */
function rawRequest(head: string, body = ""): Promise<RawReply> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.write(`${head}\r\n\r\n${body}`));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk;
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      const [top = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...headerLines] = top.split("\r\n");
      const status = Number(statusLine.split(" ")[1]);
      if (!status) return reject(new Error(`no HTTP reply: ${JSON.stringify(text)}`));
      const headers = new Map(
        headerLines.map((line) => [
          line.slice(0, line.indexOf(":")).toLowerCase(),
          line.slice(line.indexOf(":") + 1).trim(),
        ]),
      );
      const payload = rest.join("\r\n\r\n");
      resolve({ status, headers, body: payload ? JSON.parse(payload) : undefined });
    });
  });
}

/** Asserts the API's error shape and returns the code. */
function errorCodeOf(body: unknown): string {
  const parsed = ErrorBody.safeParse(body);
  expect(parsed.success, JSON.stringify(body)).toBe(true);
  return parsed.success ? parsed.data.error.code : "";
}

const postHead = (path: string, headers: string[]) =>
  [`POST ${path} HTTP/1.1`, "Host: 127.0.0.1", "Connection: close", ...headers].join("\r\n");

describe("errors before a route runs", () => {
  it("answers a path parameter over the length limit with 414", async () => {
    const reply = await rawRequest(
      `GET /api/events/${"a".repeat(200)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close`,
    );
    expect(reply.status).toBe(414);
    expect(errorCodeOf(reply.body)).toBe("INVALID_REQUEST");
  });

  it("answers a malformed path with 400", async () => {
    const reply = await rawRequest("GET /api/events/%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close");
    expect(reply.status).toBe(400);
    expect(errorCodeOf(reply.body)).toBe("INVALID_REQUEST");
  });

  it("answers oversized headers with 431, and a long URL too", async () => {
    const header = await rawRequest(
      `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${"a".repeat(20_000)}\r\nConnection: close`,
    );
    expect(header.status).toBe(431);
    expect(errorCodeOf(header.body)).toBe("INVALID_REQUEST");
    const url = await rawRequest(`GET /api/${"a".repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close`);
    expect(url.status).toBe(431);
    expect(errorCodeOf(url.body)).toBe("INVALID_REQUEST");
  });

  it("answers a broken Content-Length or Transfer-Encoding with 400", async () => {
    for (const headers of [
      ["Content-Type: application/json", "Content-Length: abc"],
      ["Content-Type: application/json", "Content-Length: 2", "Transfer-Encoding: chunked"],
      ["Content-Type: application/json", "Transfer-Encoding: gzip, chunked"],
    ]) {
      const reply = await rawRequest(postHead("/api/events", headers), "{}");
      expect(reply.status, headers.join(", ")).toBe(400);
      expect(errorCodeOf(reply.body)).toBe("INVALID_REQUEST");
    }
  });
});

describe("request bodies", () => {
  it("refuses bodies that are not JSON with 415", async () => {
    const reply = await rawRequest(postHead("/api/events", ["Content-Type: text/plain", "Content-Length: 5"]), "hallo");
    expect(reply.status).toBe(415);
    expect(errorCodeOf(reply.body)).toBe("INVALID_REQUEST");
  });

  it("refuses compressed bodies with 415 instead of reading them as JSON", async () => {
    const body = JSON.stringify({ title: "Gepackt", locale: "de" });
    const reply = await rawRequest(
      postHead("/api/events", [
        "Content-Type: application/json",
        "Content-Encoding: gzip",
        `Content-Length: ${body.length}`,
      ]),
      body,
    );
    expect(reply.status).toBe(415);
    expect(errorCodeOf(reply.body)).toBe("INVALID_REQUEST");
  });

  it("refuses JSON bodies with __proto__ or constructor.prototype keys", async () => {
    for (const body of [
      '{"title":"Gift","locale":"de","__proto__":{"isAdmin":true}}',
      '{"title":"Gift","locale":"de","constructor":{"prototype":{"isAdmin":true}}}',
    ]) {
      const reply = await request(server.url, "POST", "/api/events", {
        rawBody: body,
        headers: { "content-type": "application/json" },
      });
      expect(reply.status, body).toBe(400);
      expect(errorCodeOf(reply.body)).toBe("INVALID_REQUEST");
    }
  });

  it("refuses text with the NUL character over REST and the live feed, on either store alike", async () => {
    await request(server.url, "PATCH", `/api/events/${event.code}`, {
      key: event.key,
      body: { qa: { enabled: true } },
    });
    for (const [path, body] of [
      ["/api/events", '{"title":"A\\u0000B","locale":"de"}'],
      [`/api/events/${event.code}/questions`, '{"text":"\\u0000"}'],
      [`/api/events/${event.code}/questions`, '{"text":"Frage","\\u0000":1}'],
    ] as const) {
      const reply = await request(server.url, "POST", path, {
        rawBody: body,
        headers: { "content-type": "application/json" },
      });
      expect([reply.status, errorCodeOf(reply.body)], body).toEqual([400, "INVALID_REQUEST"]);
    }
    // A backslash followed by "u0000" is ordinary text.
    const asked = await request(server.url, "POST", `/api/events/${event.code}/questions`, {
      rawBody: '{"text":"C:\\\\u0000"}',
      headers: { "content-type": "application/json" },
    });
    expect(asked.status).toBe(201);
    const phone = await connectLive(server.url, event.code);
    await phone.next("snapshot");
    phone.send({ type: "ask", requestId: "nul", text: "Wer\u0000?" });
    expect(await phone.next("error", (frame) => frame.requestId === "nul")).toMatchObject({ code: "INVALID_REQUEST" });
    await phone.close();
  });

  it("answers JSON nested as deep as a frame or body can hold, and stays up", async () => {
    // 8,000 levels fill a 16 KiB frame; the check for NUL once recursed, and overflowed the stack.
    const deep = (inner: string) => `${"[".repeat(8_000)}${inner}${"]".repeat(8_000)}`;
    const phone = await connectLive(server.url, event.code);
    await phone.next("snapshot");
    phone.send(`{"type":"ask","requestId":"deep","text":${deep('"\\u0000"')}}`);
    expect(await phone.next("error", (frame) => frame.requestId === "deep")).toMatchObject({ code: "INVALID_REQUEST" });
    phone.send(`{"type":"ask","requestId":"deeper","text":${deep("1")}}`);
    expect(await phone.next("error", (frame) => frame.requestId === "deeper")).toMatchObject({
      code: "INVALID_REQUEST",
    });
    phone.send({ type: "ping" });
    await phone.next("pong");
    await phone.close();
    for (const inner of ['"\\u0000"', "1"]) {
      const reply = await request(server.url, "POST", "/api/events", {
        rawBody: `{"title":${deep(inner)}}`,
        headers: { "content-type": "application/json" },
      });
      expect([reply.status, errorCodeOf(reply.body)], inner).toEqual([400, "INVALID_REQUEST"]);
    }
    expect((await request(server.url, "GET", "/healthz")).status).toBe(200);
  });

  it("still takes an empty JSON body as no fields", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    const reply = await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/open`, {
      key: event.key,
      rawBody: "",
      headers: { "content-type": "application/json" },
    });
    expect(reply.status).toBe(200);
  });
});

describe("caching", () => {
  it("forbids caching every API answer, errors and exports included, but not the OpenAPI document", async () => {
    const answers = [
      await request(server.url, "GET", `/api/events/${event.code}`),
      await request(server.url, "GET", `/api/events/${event.code}/polls`, { key: event.key }),
      await request(server.url, "GET", `/api/events/${event.code}/export.csv`, { key: event.key }),
      await request(server.url, "GET", `/api/events/${event.code}/export.json`, { key: event.key }),
      await request(server.url, "GET", `/api/events/${event.code}/export.csv`, { key: "falsch" }),
      await request(server.url, "GET", "/api/events/gibt-es-nicht"),
      await request(server.url, "GET", "/api/nirgends"),
      await request(server.url, "POST", "/api/events", { body: { title: "" } }),
    ];
    for (const answer of answers) expect(answer.headers.get("cache-control")).toBe("no-store");
    const created = await request(server.url, "POST", "/api/events", { body: { title: "Schlüssel", locale: "de" } });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");

    const openapi = await request(server.url, "GET", "/api/openapi.json");
    expect(openapi.status).toBe(200);
    expect(openapi.headers.get("cache-control")).not.toBe("no-store");
  });
});
