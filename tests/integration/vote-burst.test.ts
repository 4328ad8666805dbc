// The ballot-stuffing notice on a real server: phones that vote explain new participants,
// phones that merely sit connected explain none, so idle sockets cannot hide a scripted burst.
import { describe, expect, it } from "vitest";
import type { ChoicePoll } from "../../shared/poll.js";
import { createEvent, createPoll, type EventFixture, PICK_TWO_OF_SIX, pollAction, request } from "../helpers/api.js";
import { connectLive, type LiveClient } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

const server = useServer();

/** An event with an open pick-two poll and its moderator's live console. */
async function openEvent(): Promise<{ event: EventFixture; poll: ChoicePoll; moderator: LiveClient }> {
  const event = await createEvent(server.url);
  const poll = (await createPoll(server.url, event, PICK_TWO_OF_SIX)) as ChoicePoll;
  await pollAction(server.url, event, poll.id, "open");
  const moderator = await connectLive(server.url, event.code);
  moderator.send({ type: "moderate", moderatorKey: event.key });
  await moderator.next("snapshot", (snapshot) => snapshot.role === "moderator");
  return { event, poll, moderator };
}

const connectPhones = (event: EventFixture, count: number) =>
  Promise.all(Array.from({ length: count }, () => connectLive(server.url, event.code)));

async function voteOnPhones(phones: LiveClient[], poll: ChoicePoll): Promise<void> {
  const optionId = poll.options[0]?.id ?? 0;
  for (const phone of phones) phone.send({ type: "vote", requestId: "first", pollId: poll.id, optionIds: [optionId] });
  await Promise.all(phones.map((phone) => phone.next("ack")));
}

describe("the ballot-stuffing notice", () => {
  it("counts only phones that voted: 120 idle sockets do not hide 60 scripted votes", async () => {
    const { event, poll, moderator } = await openEvent();
    const idle = await connectPhones(event, 120);
    const voting = await connectPhones(event, 20);
    await voteOnPhones(voting, poll);
    // A script votes over REST without a token: every vote is a new participant.
    const optionId = poll.options[0]?.id ?? 0;
    for (let i = 0; i < 60; i++) {
      const reply = await request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, {
        body: { optionIds: [optionId] },
      });
      expect(reply.status).toBe(200);
    }
    // 80 new participants in ten seconds, and 20 phones that voted: more than twice as many.
    const notice = await moderator.next("voteBurst");
    expect(notice.connectedVoters).toBe(20);
    expect(notice.newParticipants).toBeGreaterThanOrEqual(50);
    await Promise.all([moderator, ...idle, ...voting].map((client) => client.close()));
  });

  it("stays quiet while a room's own phones vote for the first time", async () => {
    const { event, poll, moderator } = await openEvent();
    const phones = await connectPhones(event, 60);
    await voteOnPhones(phones, poll);
    // Past the signal's check delay and the last results frame.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(moderator.frames.filter((frame) => frame.type === "voteBurst")).toEqual([]);
    await Promise.all([moderator, ...phones].map((client) => client.close()));
  });
});
