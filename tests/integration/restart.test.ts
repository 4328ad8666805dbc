// The database is the source of truth: a restart on the same file reports the same results, and
// the store names what it holds for a node that re-reads everything.
import { describe, expect, it } from "vitest";
import { createEvent, createPoll, EVENT_RATING, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { useServer } from "../helpers/server.js";

describe("restart", () => {
  const server = useServer();

  it("rebuilds the same results, polls and states from the database file", async () => {
    const event = await createEvent(server.url);
    const choice = await createPoll(server.url, event, PICK_TWO_OF_SIX);
    const rating = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, choice.id, "open");
    const ids = choice.type === "choice" ? choice.options.map((o) => o.id) : [];
    for (const optionIds of [[ids[0], ids[1]], [ids[0]], [ids[2], ids[5]]]) {
      await request(server.url, "POST", `/api/events/${event.code}/polls/${choice.id}/votes`, { body: { optionIds } });
    }
    await pollAction(server.url, event, rating.id, "open");
    for (const value of [5, 4, 4]) {
      await request(server.url, "POST", `/api/events/${event.code}/polls/${rating.id}/votes`, {
        body: { rating: value },
      });
    }
    const resultsPath = (id: number) => `/api/events/${event.code}/polls/${id}/results`;
    const before = await Promise.all([choice.id, rating.id].map((id) => request(server.url, "GET", resultsPath(id))));
    const pollsBefore = await request(server.url, "GET", `/api/events/${event.code}/polls`, { key: event.key });

    await server.restart();
    const after = await Promise.all([choice.id, rating.id].map((id) => request(server.url, "GET", resultsPath(id))));
    expect(after.map((r) => r.body)).toEqual(before.map((r) => r.body));
    expect(after[1]?.body.results).toMatchObject({ respondents: 3, average: 4.3 });
    const pollsAfter = await request(server.url, "GET", `/api/events/${event.code}/polls`, { key: event.key });
    expect(pollsAfter.body).toEqual(pollsBefore.body);
    // The moderator key still works after the restart (only its hash was stored).
    expect((await pollAction(server.url, event, rating.id, "close")).status).toBe(200);
  });

  it("names every stored event and question, and only those, for a node that re-reads everything", async () => {
    const { store } = server.app.polling;
    const newEvent = async (code: string) => {
      const event = await store.insertEvent({
        code,
        title: code,
        locale: "de",
        moderatorKeyHash: "ab".repeat(32),
        createdAt: Date.now(),
      });
      if (!event) throw new Error("event code taken");
      return event;
    };
    const kept = await newEvent("keys-kept");
    const doomed = await newEvent("keys-doomed");
    const asker = "cd".repeat(32);
    const question = { text: "Warum?", name: undefined, state: "visible" as const };
    const keptQuestion = await store.insertQuestion(kept.id, asker, question, Date.now());
    const doomedQuestion = await store.insertQuestion(doomed.id, asker, question, Date.now());
    const before = await store.loadKeys();
    expect(before.eventCodes).toEqual(expect.arrayContaining([kept.code, doomed.code]));
    expect(before.questionIds).toEqual(expect.arrayContaining([keptQuestion, doomedQuestion]));

    await store.deleteEvents([doomed.id]);
    const after = await store.loadKeys();
    expect(after.eventCodes).toContain(kept.code);
    expect(after.eventCodes).not.toContain(doomed.code);
    expect(after.questionIds).toContain(keptQuestion);
    expect(after.questionIds).not.toContain(doomedQuestion);
  });
});
