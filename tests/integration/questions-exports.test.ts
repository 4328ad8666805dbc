// The moderator's exports carry the audience questions with state, upvotes and time, and
// nothing about who asked or upvoted; question text stays data (CSV formulas are defused).
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { createEvent, type EventFixture, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";
import { tokenHashOf } from "../helpers/stored-votes.js";

const server = useServer();
let event: EventFixture;
let askerToken: string;

beforeAll(async () => {
  event = await createEvent(server.url);
  await request(server.url, "PATCH", `/api/events/${event.code}`, { key: event.key, body: { qa: { enabled: true } } });
  const asked = await request(server.url, "POST", `/api/events/${event.code}/questions`, {
    body: { text: '=HYPERLINK("http://evil")', name: "Ayşe" },
  });
  askerToken = asked.body.participantToken;
  const second = await request(server.url, "POST", `/api/events/${event.code}/questions`, {
    body: { text: "<b>Wer zahlt</b> die Kinderbetreuung?" },
  });
  await request(server.url, "PUT", `/api/events/${event.code}/questions/${second.body.question.id}/upvote`, {
    headers: { "x-participant-token": askerToken },
  });
  await request(server.url, "PATCH", `/api/events/${event.code}/questions/${second.body.question.id}`, {
    key: event.key,
    body: { state: "answered" },
  });
});

describe("question exports", () => {
  it("JSON: every question with state, upvotes and time, most upvoted first, nothing about the askers", async () => {
    const reply = await request(server.url, "GET", `/api/events/${event.code}/export.json`, { key: event.key });
    expect(reply.status).toBe(200);
    expect(reply.body.questions).toMatchObject([
      { text: "<b>Wer zahlt</b> die Kinderbetreuung?", state: "answered", upvotes: 1, createdAt: expect.any(String) },
      { text: '=HYPERLINK("http://evil")', name: "Ayşe", state: "visible", upvotes: 0 },
    ]);
    const text = JSON.stringify(reply.body);
    expect(text).not.toContain(askerToken);
    expect(text).not.toContain(tokenHashOf(askerToken));
    expect(text).not.toContain('"mine"');
  });

  it("CSV: one row per question, formulas defused, markup kept as text", async () => {
    const reply = await request(server.url, "GET", `/api/events/${event.code}/export-questions.csv`, {
      key: event.key,
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-disposition")).toContain(`handzeichen-${event.code}-questions.csv`);
    const lines = String(reply.body)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe('"question_id","asked_at","state","highlighted","upvotes","name","question"');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"answered","no","1","","<b>Wer zahlt</b> die Kinderbetreuung?"');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(String(reply.body)).not.toContain(askerToken);
  });

  it("XLSX: a Questions sheet beside the results", async () => {
    const response = await fetch(`${server.url}/api/events/${event.code}/export.xlsx`, {
      headers: { authorization: `Bearer ${event.key}` },
    });
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const workbook = new TextDecoder().decode(files["xl/workbook.xml"]);
    expect(workbook).toContain('name="Questions"');
    const strings = new TextDecoder().decode(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    expect(strings).toContain("Kinderbetreuung");
  });

  it("refuses the questions CSV without the moderator key", async () => {
    expect((await request(server.url, "GET", `/api/events/${event.code}/export-questions.csv`)).status).toBe(401);
  });
});
