// Running it for real: OpenAPI document, docs page, Prometheus metrics and the exports.
import { unzipSync } from "fflate";
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

const METRICS_TOKEN = "metrics-token-for-tests";
const server = useServer({ metricsToken: METRICS_TOKEN });
let event: EventFixture;

beforeAll(async () => {
  event = await createEvent(server.url, { code: "kurze-wege" });
  const choice = await createPoll(server.url, event, PICK_TWO_OF_SIX);
  const rating = await createPoll(server.url, event, EVENT_RATING);
  await pollAction(server.url, event, choice.id, "open");
  const ids = choice.type === "choice" ? choice.options.map((o) => o.id) : [];
  await request(server.url, "POST", `/api/events/${event.code}/polls/${choice.id}/votes`, {
    body: { optionIds: [ids[0], ids[1]] },
  });
  await pollAction(server.url, event, rating.id, "open");
  for (const value of [5, 4]) {
    await request(server.url, "POST", `/api/events/${event.code}/polls/${rating.id}/votes`, {
      body: { rating: value },
    });
  }
  await request(server.url, "POST", `/api/events/${event.code}/polls/${rating.id}/votes`, { body: { rating: 9 } });
});

describe("OpenAPI and docs", () => {
  it("describes every route of docs/api.md, with bodies derived from the validating schemas", async () => {
    const reply = await request(server.url, "GET", "/api/openapi.json");
    expect(reply.body.openapi).toBe("3.1.0");
    const paths = Object.keys(reply.body.paths);
    for (const path of [
      "/api/events",
      "/api/events/{code}",
      "/api/events/{code}/polls",
      "/api/events/{code}/polls/{pollId}",
      "/api/events/{code}/polls/{pollId}/open",
      "/api/events/{code}/polls/{pollId}/results",
      "/api/events/{code}/polls/{pollId}/votes",
      "/api/events/{code}/export.csv",
      "/healthz",
    ]) {
      expect(paths).toContain(path);
    }
    const createPoll = reply.body.paths["/api/events/{code}/polls"].post.requestBody.content["application/json"].schema;
    expect(JSON.stringify(createPoll)).toContain("maxSelections");
    expect(JSON.stringify(reply.body["x-websocket"].serverMessages)).toContain("snapshot");
  });

  it("serves a readable reference page without inline scripts", async () => {
    const reply = await request(server.url, "GET", "/docs");
    expect(reply.headers.get("content-type")).toMatch(/text\/html/);
    expect(String(reply.body)).toContain("/api/events/{code}/polls/{pollId}/votes");
    expect(String(reply.body)).not.toContain("<script");
  });
});

describe("metrics", () => {
  it("needs METRICS_TOKEN when set, and counts votes, commits and connections", async () => {
    expect((await request(server.url, "GET", "/metrics")).status).toBe(401);
    const reply = await request(server.url, "GET", "/metrics", { key: METRICS_TOKEN });
    const text = String(reply.body);
    expect(text).toMatch(/handzeichen_votes_total\{outcome="accepted"\} 3/);
    expect(text).toMatch(/handzeichen_votes_total\{outcome="INVALID_VOTE"\} 1/);
    expect(text).toMatch(/handzeichen_commit_batch_size_count \d+/);
    expect(text).toMatch(/handzeichen_commit_batch_seconds_bucket/);
    expect(text).toContain("handzeichen_websocket_connections 0");
    expect(text).toContain("handzeichen_nodejs_eventloop_lag_seconds");
  });
});

describe("exports", () => {
  it("exports JSON with every poll, its results and timestamps", async () => {
    const reply = await request(server.url, "GET", `/api/events/${event.code}/export.json`, { key: event.key });
    expect(reply.body.event.code).toBe("kurze-wege");
    expect(reply.body.polls).toHaveLength(2);
    expect(reply.body.polls[1].results).toMatchObject({ type: "rating", respondents: 2, average: 4.5 });
    expect(reply.body.polls[0].poll.openedAt).toMatch(/^\d{4}-/);
    expect((await request(server.url, "GET", `/api/events/${event.code}/export.json`)).status).toBe(401);
  });

  it("exports an Excel workbook with a row per option and rating value", async () => {
    const response = await fetch(`${server.url}/api/events/${event.code}/export.xlsx`, {
      headers: { authorization: `Bearer ${event.key}` },
    });
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const sheetName = Object.keys(files).find((name) => /worksheets\/sheet\d*\.xml$/.test(name)) ?? "";
    const sheet = new TextDecoder().decode(files[sheetName]);
    const strings = new TextDecoder().decode(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    expect(`${sheet}${strings}`).toContain("Multiplikatoren in den Quartieren");
    expect((sheet.match(/<row /g) ?? []).length).toBe(1 + 6 + 5);
  });
});
