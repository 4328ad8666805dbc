// REST: an event's polls — list, create, edit, delete, open, close, reset, results.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { CreatePollBody, type Poll, UpdatePollBody } from "../../shared/poll.js";
import { fail, type Outcome } from "../domain/outcome.js";
import { canSeePoll, canSeeResults } from "../domain/visibility.js";
import type { PollingContext } from "../polling/context.js";
import { closePoll, createPoll, deletePoll, openPoll, resetPoll, updatePoll } from "../polling/polls.js";
import { findPoll, pollsOfEvent, resultsOfPoll } from "../polling/registry.js";
import type { StoredEvent } from "../store/events.js";
import { callerIsModerator, moderatedEvent, requestedEvent } from "./access.js";
import { sendFailure } from "./errors.js";
import { parseBody, parsePollId } from "./parse.js";

type PollParams = { code: string; pollId: string };

const pollIdOf = (request: FastifyRequest) => parsePollId((request.params as PollParams).pollId);
const noSuchPoll = (request: FastifyRequest) =>
  fail(
    "NOT_FOUND",
    `Event "${(request.params as PollParams).code}" has no poll ${(request.params as PollParams).pollId}.`,
  );

function replyPoll(reply: FastifyReply, outcome: Outcome<Poll>) {
  return outcome.ok ? reply.send({ poll: outcome.value }) : sendFailure(reply, outcome);
}

type PollCommand = (ctx: PollingContext, event: StoredEvent, pollId: number) => Outcome<Poll>;

export async function pollRoutes(app: FastifyInstance): Promise<void> {
  app.get("/api/events/:code/polls", async (request, reply) => {
    const event = requestedEvent(request, reply);
    if (!event) return reply;
    const audience = callerIsModerator(request, event) ? "moderator" : "voter";
    return { polls: pollsOfEvent(app.polling.registry, event.code).filter((poll) => canSeePoll(poll, audience)) };
  });

  app.post("/api/events/:code/polls", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    const body = parseBody(CreatePollBody, request.body);
    if (!body.ok) return sendFailure(reply, body);
    const created = createPoll(app.polling, event, body.value, app.config.creationLimits);
    return created.ok ? reply.code(201).send({ poll: created.value }) : sendFailure(reply, created);
  });

  app.patch("/api/events/:code/polls/:pollId", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    const pollId = pollIdOf(request);
    if (pollId === null) return sendFailure(reply, noSuchPoll(request));
    const body = parseBody(UpdatePollBody, request.body);
    if (!body.ok) return sendFailure(reply, body);
    return replyPoll(reply, updatePoll(app.polling, event, pollId, body.value, app.config.creationLimits));
  });

  app.delete("/api/events/:code/polls/:pollId", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    const pollId = pollIdOf(request);
    if (pollId === null) return sendFailure(reply, noSuchPoll(request));
    const deleted = deletePoll(app.polling, event, pollId);
    return deleted.ok ? reply.code(204).send() : sendFailure(reply, deleted);
  });

  const commands: Record<string, PollCommand> = { open: openPoll, close: closePoll, reset: resetPoll };
  for (const [action, command] of Object.entries(commands)) {
    app.post(`/api/events/:code/polls/:pollId/${action}`, async (request, reply) => {
      const event = moderatedEvent(request, reply);
      if (!event) return reply;
      const pollId = pollIdOf(request);
      if (pollId === null) return sendFailure(reply, noSuchPoll(request));
      return replyPoll(reply, command(app.polling, event, pollId));
    });
  }

  app.get("/api/events/:code/polls/:pollId/results", async (request, reply) => {
    const event = requestedEvent(request, reply);
    if (!event) return reply;
    const pollId = pollIdOf(request);
    const poll = pollId === null ? undefined : findPoll(app.polling.registry, event.code, pollId);
    const audience = callerIsModerator(request, event) ? "moderator" : "voter";
    if (!poll || !canSeePoll(poll, audience)) return sendFailure(reply, noSuchPoll(request));
    if (!canSeeResults(poll, audience)) {
      const when = poll.resultsVisibility === "hidden" ? "to moderators only" : "once the poll is closed";
      return sendFailure(reply, fail("UNAUTHORIZED", `The results of this poll are shown ${when}.`));
    }
    return { results: resultsOfPoll(app.polling.registry, poll) };
  });
}
