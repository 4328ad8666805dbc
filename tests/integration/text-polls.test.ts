// Open-text polls over REST and WebSocket: answers grouped and counted once per participant,
// hidden and unapproved groups kept off every phone and screen (snapshots after a reconnect
// too), moderators seeing them with their marks, and the answers behind a group.
import { beforeAll, describe, expect, it } from "vitest";
import type { TextResults } from "../../shared/results.js";
import { createEvent, createPoll, type EventFixture, pollAction, request } from "../helpers/api.js";
import { connectLive } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";
import { connectVoter } from "../helpers/voter.js";

const server = useServer();
let event: EventFixture;
const api = (method: string, path: string, options?: Parameters<typeof request>[3]) =>
  request(server.url, method, path, options);

beforeAll(async () => {
  event = await createEvent(server.url, { locale: "tr" });
});

async function openTextPoll(fields: Record<string, unknown> = {}) {
  const poll = await createPoll(server.url, event, { type: "text", question: "Ein Wort für heute?", ...fields });
  await pollAction(server.url, event, poll.id, "open");
  return poll;
}

async function voteText(pollId: number, answers: unknown, token?: string) {
  return api("POST", `/api/events/${event.code}/polls/${pollId}/votes`, {
    body: { answers },
    headers: token ? { "x-participant-token": token } : {},
  });
}

const resultsOf = async (pollId: number, key?: string) =>
  (await api("GET", `/api/events/${event.code}/polls/${pollId}/results`, { key })).body.results as TextResults;

describe("text polls", () => {
  it("creates a text poll with its defaults and refuses limits out of range", async () => {
    const poll = await createPoll(server.url, event, { type: "text", question: "Was nehmen Sie mit?" });
    expect(poll).toMatchObject({ type: "text", maxAnswers: 1, maxLength: 40, moderation: "post" });
    for (const fields of [
      { maxAnswers: 0 },
      { maxAnswers: 4 },
      { maxLength: 0 },
      { maxLength: 61 },
      { moderation: "x" },
    ]) {
      const reply = await api("POST", `/api/events/${event.code}/polls`, {
        key: event.key,
        body: { type: "text", question: "?", ...fields },
      });
      expect([reply.status, reply.body.error.code]).toEqual([400, "INVALID_REQUEST"]);
    }
    const edited = await api("PATCH", `/api/events/${event.code}/polls/${poll.id}`, {
      key: event.key,
      body: { maxAnswers: 3, moderation: "pre" },
    });
    expect(edited.body.poll).toMatchObject({ maxAnswers: 3, moderation: "pre" });
    const wrong = await api("PATCH", `/api/events/${event.code}/polls/${poll.id}`, {
      key: event.key,
      body: { scale: 5 },
    });
    expect(wrong.status).toBe(400);
  });

  it("groups answers by case and spacing (Turkish i), counts a participant once per group", async () => {
    const poll = await openTextPoll({ maxAnswers: 3, maxLength: 12 });
    const first = await voteText(poll.id, ["İstanbul", " istanbul ", "Ｋaffee"]);
    expect(first.status).toBe(200);
    expect(first.body.vote).toEqual({ pollId: poll.id, answers: ["İstanbul", "istanbul", "Kaffee"] });
    await voteText(poll.id, ["ISTANBUL"]);
    await voteText(poll.id, ["kaffee  "]);
    const results = await resultsOf(poll.id);
    expect(results.respondents).toBe(3);
    const counts = Object.fromEntries(results.words.map((word) => [word.text, [word.count, word.percent]]));
    // Turkish folds "I" to dotless "ı": ISTANBUL is a word of its own there.
    expect(counts).toMatchObject({ İstanbul: [1, 33.3], ISTANBUL: [1, 33.3] });
    expect(results.words.find((word) => word.key === "kaffee")?.count).toBe(2);
  });

  it("refuses empty, too long and too many answers, and other ballots", async () => {
    const poll = await openTextPoll({ maxAnswers: 2, maxLength: 5 });
    for (const answers of [[], ["  "], ["sechsx"], ["a", "b", "c"], "Wort", [3]]) {
      const reply = await voteText(poll.id, answers);
      expect([400, 422]).toContain(reply.status);
    }
    // Five grapheme clusters, though more code units: "👍🏽" is one.
    expect((await voteText(poll.id, ["👍🏽👍🏽é👍🏽x"])).status).toBe(200);
    const rating = await api("POST", `/api/events/${event.code}/polls/${poll.id}/votes`, { body: { rating: 3 } });
    expect(rating.body.error.code).toBe("INVALID_VOTE");
  });

  it("replaces a participant's answers while open and shows them in their snapshot", async () => {
    const poll = await openTextPoll({ maxAnswers: 2 });
    const first = await voteText(poll.id, ["Sonne", "Meer"]);
    const token = first.body.participantToken as string;
    await voteText(poll.id, ["Regen"], token);
    const results = await resultsOf(poll.id);
    expect(results.respondents).toBe(1);
    expect(results.words.map((word) => [word.text, word.count])).toEqual([["Regen", 1]]);
    const voter = await connectVoter(server.url, event.code, { token });
    expect(voter.snapshot.myVotes[poll.id]).toEqual({ pollId: poll.id, answers: ["Regen"] });
    const ack = await voter.vote("w1", poll.id, { answers: ["Wind", "wind"] });
    expect(ack).toEqual({ kind: "ack", vote: { pollId: poll.id, answers: ["Wind", "wind"] } });
    expect((await resultsOf(poll.id)).words).toEqual([{ key: "wind", text: "Wind", count: 1, percent: 100 }]);
    await voter.close();
  });

  it("keeps hidden groups off phones and screens, live and after a reconnect; moderators see them marked", async () => {
    const poll = await openTextPoll();
    const moderator = await connectLive(server.url, event.code);
    moderator.send({ type: "moderate", moderatorKey: event.key });
    await moderator.next("snapshot", (s) => s.role === "moderator");
    const screen = await connectLive(server.url, event.code, "?role=screen");
    await screen.next("snapshot");
    const phone = await connectVoter(server.url, event.code);
    await phone.vote("a", poll.id, { answers: ["Mist"] });
    await voteText(poll.id, ["Gut"]);
    await screen.next("results", (f) => f.pollId === poll.id && f.results.respondents === 2);

    const hidden = await api("POST", `/api/events/${event.code}/polls/${poll.id}/hidden`, {
      key: event.key,
      // A Turkish event: "MIST" would fold to "mıst", another word.
      body: { text: "Mİst" },
    });
    expect(hidden.body).toEqual({ key: "mist", mark: "hidden" });
    const onScreen = await screen.next(
      "results",
      (f) =>
        f.pollId === poll.id &&
        f.results.type === "text" &&
        f.results.respondents === 2 &&
        f.results.words.length === 1,
    );
    expect(JSON.stringify(onScreen)).not.toContain("Mist");
    const forModerator = await moderator.next(
      "results",
      (f) => f.results.type === "text" && f.results.words.some((w) => w.mark === "hidden"),
    );
    expect((forModerator.results as TextResults).words).toContainEqual({
      key: "mist",
      text: "Mist",
      count: 1,
      percent: 50,
      mark: "hidden",
    });
    expect(JSON.stringify(await resultsOf(poll.id))).not.toContain("Mist");
    expect((await resultsOf(poll.id, event.key)).words).toHaveLength(2);

    // A reconnect's snapshot leaves it out too.
    const again = await connectLive(server.url, event.code, "?role=screen");
    const snapshot = await again.next("snapshot");
    expect(JSON.stringify(snapshot.results[poll.id])).not.toContain("Mist");
    const phoneAgain = await connectVoter(server.url, event.code, { token: phone.token });
    expect(JSON.stringify(phoneAgain.snapshot.results[poll.id])).not.toContain("Mist");
    // The phone still sees its own answer in myVotes: it is its own text.
    expect(phoneAgain.snapshot.myVotes[poll.id]).toEqual({ pollId: poll.id, answers: ["Mist"] });

    const shown = await api("DELETE", `/api/events/${event.code}/polls/${poll.id}/hidden`, {
      key: event.key,
      body: { text: "mist" },
    });
    expect(shown.body).toEqual({ key: "mist", mark: null });
    const shownCount = screen.frames.length;
    await screen.next(
      "results",
      (f) => f.pollId === poll.id && JSON.stringify(f).includes("Mist") && screen.frames.indexOf(f) >= shownCount,
    );
    await Promise.all([moderator.close(), screen.close(), again.close(), phone.close(), phoneAgain.close()]);
  });

  it("shows a pre-moderated poll's groups only once approved", async () => {
    const poll = await openTextPoll({ moderation: "pre" });
    await voteText(poll.id, ["Brücke"]);
    await voteText(poll.id, ["Tunnel"]);
    expect((await resultsOf(poll.id)).words).toEqual([]);
    expect((await resultsOf(poll.id)).respondents).toBe(2);
    const marked = (await resultsOf(poll.id, event.key)).words.map((w) => [w.text, w.mark]);
    expect(marked).toEqual([
      ["Brücke", "pending"],
      ["Tunnel", "pending"],
    ]);
    await api("POST", `/api/events/${event.code}/polls/${poll.id}/approved`, {
      key: event.key,
      body: { text: "brücke" },
    });
    expect((await resultsOf(poll.id)).words.map((w) => w.text)).toEqual(["Brücke"]);
    // Hiding an approved group takes it off again; showing it approves it.
    await api("POST", `/api/events/${event.code}/polls/${poll.id}/hidden`, {
      key: event.key,
      body: { text: "Brücke" },
    });
    expect((await resultsOf(poll.id)).words).toEqual([]);
    const shown = await api("DELETE", `/api/events/${event.code}/polls/${poll.id}/hidden`, {
      key: event.key,
      body: { text: "Brücke" },
    });
    expect(shown.body.mark).toBe("approved");
    expect((await resultsOf(poll.id)).words.map((w) => w.text)).toEqual(["Brücke"]);
  });

  it("shows moderators the answers behind a group, and refuses others", async () => {
    const poll = await openTextPoll();
    await voteText(poll.id, ["Kaffee"]);
    await voteText(poll.id, ["kaffee"]);
    await voteText(poll.id, ["KAFFEE"]);
    await voteText(poll.id, ["kaffee"]);
    const path = `/api/events/${event.code}/polls/${poll.id}/groups?text=Kaffee`;
    const group = await api("GET", path, { key: event.key });
    expect(group.body).toEqual({
      key: "kaffee",
      text: "kaffee",
      count: 4,
      mark: null,
      spellings: [
        { text: "kaffee", count: 2 },
        { text: "KAFFEE", count: 1 },
        { text: "Kaffee", count: 1 },
      ],
    });
    expect((await api("GET", path)).status).toBe(401);
    const hide = await api("POST", `/api/events/${event.code}/polls/${poll.id}/hidden`, { body: { text: "x" } });
    expect(hide.status).toBe(401);
    const choice = await createPoll(server.url, event, { question: "?", options: ["a", "b"] });
    const notText = await api("POST", `/api/events/${event.code}/polls/${choice.id}/hidden`, {
      key: event.key,
      body: { text: "a" },
    });
    expect([notText.status, notText.body.error.code]).toEqual([400, "INVALID_REQUEST"]);
  });

  it("keeps the groups and marks over a restart and empties them on reset", async () => {
    const poll = await openTextPoll();
    await voteText(poll.id, ["Eins"]);
    await voteText(poll.id, ["zwei"]);
    await api("POST", `/api/events/${event.code}/polls/${poll.id}/hidden`, { key: event.key, body: { text: "zwei" } });
    await server.restart();
    const results = await resultsOf(poll.id);
    expect([results.respondents, results.words.map((w) => w.text)]).toEqual([2, ["Eins"]]);
    await pollAction(server.url, event, poll.id, "reset");
    expect(await resultsOf(poll.id)).toMatchObject({ respondents: 0, words: [] });
    await voteText(poll.id, ["Zwei"]);
    expect((await resultsOf(poll.id)).words).toEqual([]);
  });
});

describe("text poll exports", () => {
  it("export every answer with its group and mark, defused against formulas", async () => {
    const poll = await openTextPoll({ maxAnswers: 2 });
    const first = await voteText(poll.id, ["=HYPERLINK(1)", "Kaffee"]);
    await voteText(poll.id, ["kaffee"]);
    await api("POST", `/api/events/${event.code}/polls/${poll.id}/hidden`, {
      key: event.key,
      body: { text: "=HYPERLINK(1)" },
    });
    const csv = await api("GET", `/api/events/${event.code}/export-answers.csv`, { key: event.key });
    expect(csv.status).toBe(200);
    const lines = (csv.body as string)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe('"poll_position","poll_id","question","respondent","answer","group","mark","answered_at"');
    const ours = lines.filter((line) => line.includes(`,"${poll.id}",`));
    expect(ours.map((line) => line.split(",").slice(3, 7).join(","))).toEqual([
      `"1","'=HYPERLINK(1)","'=HYPERLINK(1)","hidden"`,
      `"1","Kaffee","Kaffee",""`,
      `"2","kaffee","Kaffee",""`,
    ]);
    expect(first.status).toBe(200);
    const json = await api("GET", `/api/events/${event.code}/export.json`, { key: event.key });
    const answers = json.body.answers.filter((a: { pollId: number }) => a.pollId === poll.id);
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatchObject({ respondent: 1, answer: "=HYPERLINK(1)", mark: "hidden" });
    const results = json.body.polls.find((p: { poll: { id: number } }) => p.poll.id === poll.id).results;
    expect(results.words).toContainEqual(expect.objectContaining({ text: "=HYPERLINK(1)", mark: "hidden" }));
    const resultsCsv = await api("GET", `/api/events/${event.code}/export.csv`, { key: event.key });
    expect(resultsCsv.body).toContain(`"'=HYPERLINK(1)","1","50","","hidden"`);
    const xlsx = await fetch(`${server.url}/api/events/${event.code}/export.xlsx`, {
      headers: { authorization: `Bearer ${event.key}` },
    });
    expect(xlsx.status).toBe(200);
  });
});
