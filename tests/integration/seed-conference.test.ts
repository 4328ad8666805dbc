// The conference Handzeichen was born from: 24 respondents pick two of six, 10 rate the event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_CHOICES, SEED_RATINGS } from "../../scripts/seed-conference.js";
import type { Poll } from "../../shared/poll.js";
import {
  createEvent,
  createPoll,
  EVENT_RATING,
  type EventFixture,
  PICK_TWO_OF_SIX,
  pollAction,
  request,
} from "../helpers/api.js";
import { connectLive, type LiveClient } from "../helpers/live-client.js";
import { useServer } from "../helpers/server.js";

/** The seed's 24 respondents as option ids of the poll. */
function seedBallots(poll: Poll): number[][] {
  const ids = poll.type === "choice" ? poll.options.map((option) => option.id) : [];
  return SEED_CHOICES.map((positions) => positions.map((position) => ids[position] ?? 0));
}

describe("the seed conference", () => {
  const server = useServer();
  let event: EventFixture;
  let projector: LiveClient;

  beforeAll(async () => {
    event = await createEvent(server.url, { code: "kurze-wege" });
    projector = await connectLive(server.url, event.code, "?role=screen");
  });
  afterAll(async () => {
    await projector.close();
  });

  it("shows 50, 50, 25, 25, 20.8 and 4.2 percent of 24 respondents, live on the projector", async () => {
    const poll = await createPoll(server.url, event, PICK_TWO_OF_SIX);
    expect((await pollAction(server.url, event, poll.id, "open")).status).toBe(200);

    const voters = await Promise.all(seedBallots(poll).map(() => connectLive(server.url, event.code)));
    const acks = await Promise.all(
      seedBallots(poll).map(async (optionIds, index) => {
        const voter = voters[index] as LiveClient;
        voter.send({ type: "vote", requestId: `r${index}`, pollId: poll.id, optionIds });
        return voter.next("ack", (ack) => ack.requestId === `r${index}`);
      }),
    );
    expect(acks).toHaveLength(24);

    const live = await projector.next(
      "results",
      (frame) => frame.pollId === poll.id && frame.results.respondents === 24,
    );
    const percents = live.results.type === "choice" ? live.results.options.map((option) => option.percent) : [];
    expect(percents).toEqual([50, 50, 25, 25, 20.8, 4.2]);

    const rest = await request(server.url, "GET", `/api/events/${event.code}/polls/${poll.id}/results`);
    expect(rest.body.results).toEqual(live.results);
    await Promise.all(voters.map((voter) => voter.close()));
  });

  it("averages the event rating 5,5,5,5,4,4,4,4,3,2 to 4.1, live on the projector", async () => {
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    const ratings = SEED_RATINGS;
    const votes = await Promise.all(
      ratings.map((rating) =>
        request(server.url, "POST", `/api/events/${event.code}/polls/${poll.id}/votes`, { body: { rating } }),
      ),
    );
    expect(votes.map((vote) => vote.status)).toEqual(ratings.map(() => 200));
    const live = await projector.next(
      "results",
      (frame) => frame.pollId === poll.id && frame.results.respondents === 10,
    );
    expect(live.results).toMatchObject({ type: "rating", average: 4.1 });
  });
});
