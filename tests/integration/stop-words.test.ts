// Text polls that leave out stop words, over REST (docs/api.md "Stop words"): "der Kaffee" and
// "Kaffee" are one group shown as most people wrote it, the option is refused once the poll has
// votes, marks name groups without their stop words, and all of it is the same after a restart.
import { describe, expect, it } from "vitest";
import type { TextResults } from "../../shared/results.js";
import { createEvent, createPoll, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";

describe("stop words in text polls", () => {
  const server = useServer();
  const api = (method: string, path: string, options?: Parameters<typeof request>[3]) =>
    request(server.url, method, path, options);

  it("groups 'der Kaffee' with 'Kaffee', keeps 'Kaffee und Kuchen' apart, and after a restart too", async () => {
    const event = await createEvent(server.url, { locale: "de" });
    const poll = await createPoll(server.url, event, { type: "text", question: "Was trinken Sie?", stopWords: true });
    expect(poll).toMatchObject({ type: "text", stopWords: true });
    const plain = await createPoll(server.url, event, { type: "text", question: "Und jetzt?" });
    expect(plain).toMatchObject({ type: "text", stopWords: false });
    for (const id of [plain.id, poll.id]) await pollAction(server.url, event, id, "open");
    const vote = (answers: string[]) =>
      api("POST", `/api/events/${event.code}/polls/${poll.id}/votes`, { body: { answers } });
    for (const answer of ["der Kaffee", "Kaffee", "Kaffee", "den KAFFEE", "Kaffee und Kuchen", "kein Kaffee"]) {
      expect((await vote([answer])).status).toBe(200);
    }
    const resultsPath = `/api/events/${event.code}/polls/${poll.id}/results`;
    const results = (await api("GET", resultsPath)).body.results as TextResults;
    expect(results.respondents).toBe(6);
    expect(results.words.map(({ key, text, count }) => [key, text, count])).toEqual([
      ["kaffee", "Kaffee", 4],
      ["kaffee kuchen", "Kaffee und Kuchen", 1],
      ["kein kaffee", "kein Kaffee", 1],
    ]);

    // A mark names the group by any answer in it.
    const hidden = await api("POST", `/api/events/${event.code}/polls/${poll.id}/hidden`, {
      key: event.key,
      body: { text: "Der Kuchen und der Kaffee" },
    });
    expect(hidden.body).toEqual({ key: "kuchen kaffee", mark: "hidden" });
    const behind = await api("GET", `/api/events/${event.code}/polls/${poll.id}/groups?text=das%20Kaffee`, {
      key: event.key,
    });
    expect(behind.body).toMatchObject({ key: "kaffee", count: 4 });

    const refused = await api("PATCH", `/api/events/${event.code}/polls/${poll.id}`, {
      key: event.key,
      body: { stopWords: false },
    });
    expect([refused.status, refused.body.error.code]).toEqual([409, "POLL_HAS_VOTES"]);

    const pollsBefore = (await api("GET", `/api/events/${event.code}/polls`, { key: event.key })).body;
    await server.restart();
    expect((await api("GET", resultsPath)).body.results).toEqual(results);
    expect((await api("GET", `/api/events/${event.code}/polls`, { key: event.key })).body).toEqual(pollsBefore);
  });

  it("switches on and off while the poll has no votes, and only for text polls", async () => {
    const event = await createEvent(server.url, { locale: "en" });
    const poll = await createPoll(server.url, event, { type: "text", question: "One word?" });
    const path = `/api/events/${event.code}/polls/${poll.id}`;
    const on = await api("PATCH", path, { key: event.key, body: { stopWords: true } });
    expect(on.body.poll).toMatchObject({ stopWords: true });
    await pollAction(server.url, event, poll.id, "open");
    for (const answers of [["the talks"], ["Talks"], ["talks"], ["Talks"]]) {
      await api("POST", `${path}/votes`, { body: { answers } });
    }
    const results = (await api("GET", `${path}/results`)).body.results as TextResults;
    expect(results.words.map(({ text, count }) => [text, count])).toEqual([["Talks", 4]]);

    const rating = await createPoll(server.url, event, { type: "rating", question: "Stars?" });
    const wrong = await api("PATCH", `/api/events/${event.code}/polls/${rating.id}`, {
      key: event.key,
      body: { stopWords: true },
    });
    expect(wrong.status).toBe(400);
    const notABoolean = await api("POST", `/api/events/${event.code}/polls`, {
      key: event.key,
      body: { type: "text", question: "?", stopWords: "yes" },
    });
    expect([notABoolean.status, notABoolean.body.error.code]).toEqual([400, "INVALID_REQUEST"]);
  });

  it("groups the answers anew when the event's language changes, as a restart would, with hidden words kept hidden", async () => {
    const event = await createEvent(server.url, { locale: "de" });
    const poll = await createPoll(server.url, event, { type: "text", question: "Was trinken Sie?", stopWords: true });
    const cities = await createPoll(server.url, event, { type: "text", question: "Woher kommen Sie?" });
    await pollAction(server.url, event, poll.id, "open");
    const vote = (pollId: number, answers: string[]) =>
      api("POST", `/api/events/${event.code}/polls/${pollId}/votes`, { body: { answers } });
    for (const answer of ["der Kaffee", "Kaffee", "the coffee", "Kaffee und Kuchen", "der Tee"]) {
      expect((await vote(poll.id, [answer])).status).toBe(200);
    }
    const hide = (text: string) =>
      api("POST", `/api/events/${event.code}/polls/${poll.id}/hidden`, { key: event.key, body: { text } });
    expect((await hide("Kaffee und Kuchen")).body).toEqual({ key: "kaffee kuchen", mark: "hidden" });
    expect((await hide("Tee")).body).toEqual({ key: "tee", mark: "hidden" });
    // A word nobody wrote yet.
    expect((await hide("Milch")).body).toEqual({ key: "milch", mark: "hidden" });
    const results = async (pollId: number) =>
      (await api("GET", `/api/events/${event.code}/polls/${pollId}/results`, { key: event.key })).body
        .results as TextResults;
    // Group key: [participants, mark]; ties are ordered by shown text, so the order is not compared.
    const groups = async (pollId: number) =>
      Object.fromEntries((await results(pollId)).words.map(({ key, count, mark }) => [key, [count, mark ?? null]]));
    expect(await groups(poll.id)).toEqual({
      kaffee: [2, null],
      coffee: [1, null],
      "kaffee kuchen": [1, "hidden"],
      tee: [1, "hidden"],
    });

    // In English, German small words stay: "der Kaffee" is no longer "Kaffee". Answers keep
    // arriving while the language changes; the hidden words stay hidden in their new groups.
    const during = [...Array(40).fill("Kaffee"), ...Array(20).fill("coffee")].map((answer) => vote(poll.id, [answer]));
    const changed = await api("PATCH", `/api/events/${event.code}`, { key: event.key, body: { locale: "en" } });
    expect(changed.status).toBe(200);
    for (const sent of await Promise.all(during)) expect(sent.status).toBe(200);
    expect((await vote(poll.id, ["Milch"])).status).toBe(200);
    expect(await groups(poll.id)).toEqual({
      coffee: [21, null],
      kaffee: [41, null],
      "der kaffee": [1, null],
      "der tee": [1, "hidden"],
      "kaffee und kuchen": [1, "hidden"],
      milch: [1, "hidden"],
    });
    // A word hidden now is named by the new language's groups.
    expect((await hide("Der Kaffee")).body).toEqual({ key: "der kaffee", mark: "hidden" });
    // Voters and screens never see a hidden word.
    const publicWords = (await api("GET", `/api/events/${event.code}/polls/${poll.id}/results`)).body.results.words;
    expect(publicWords.map(({ key }: { key: string }) => key).sort()).toEqual(["coffee", "kaffee"]);

    // In Turkish, I and İ are two letters.
    await pollAction(server.url, event, cities.id, "open");
    for (const answer of ["Istanbul", "istanbul", "İzmir"]) expect((await vote(cities.id, [answer])).status).toBe(200);
    expect(await groups(cities.id)).toEqual({
      istanbul: [2, null],
      "i\u0307zmir": [1, null],
    });
    expect((await api("PATCH", `/api/events/${event.code}`, { key: event.key, body: { locale: "tr" } })).status).toBe(
      200,
    );
    expect(await groups(cities.id)).toEqual({
      istanbul: [1, null],
      izmir: [1, null],
      ıstanbul: [1, null],
    });

    const before = [await results(poll.id), await results(cities.id)];
    await server.restart();
    expect([await results(poll.id), await results(cities.id)]).toEqual(before);
  });
});
