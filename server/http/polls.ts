// REST: an event's polls — list, create, edit, delete, open, close, reset, results.
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EventPath } from "../../shared/event.js";
import { CreatePollBody, type Poll, PollPath, PollResponse, PollsResponse, UpdatePollBody } from "../../shared/poll.js";
import { ResultsResponse } from "../../shared/results.js";
import type { Outcome } from "../domain/outcome.js";
import type { PollingContext } from "../polling/context.js";
import { closePoll, createPoll, deletePoll, openPoll, resetPoll, updatePoll } from "../polling/polls.js";
import { visiblePolls, visibleResults } from "../polling/queries.js";
import type { StoredEvent } from "../store/events.js";
import { anyone, moderatorOnly } from "./authorization.js";
import { sendFailure } from "./errors.js";
import { MODERATOR_KEY, NO_CONTENT, refusal } from "./responses.js";

function replyPoll(reply: FastifyReply, outcome: Outcome<Poll>) {
  return outcome.ok ? reply.send({ poll: outcome.value }) : sendFailure(reply, outcome);
}

type PollCommand = (ctx: PollingContext, event: StoredEvent, pollId: number) => Promise<Outcome<Poll>>;

const POLL_COMMANDS: readonly { action: string; summary: string; command: PollCommand }[] = [
  { action: "open", summary: "Open a poll (closes the open one)", command: openPoll },
  { action: "close", summary: "Close a poll", command: closePoll },
  { action: "reset", summary: "Delete a poll's votes", command: resetPoll },
];

export const pollRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/events/:code/polls",
    {
      schema: {
        summary: "The event's polls in order (drafts only for moderators)",
        params: EventPath,
        response: { 200: PollsResponse.describe("The polls"), 404: refusal("NOT_FOUND") },
      },
      preValidation: anyone,
    },
    async (request) => ({ polls: visiblePolls(app.polling, request.event, request.audience) }),
  );

  app.post(
    "/api/events/:code/polls",
    {
      schema: {
        summary: "Create a poll (as a draft)",
        security: MODERATOR_KEY,
        params: EventPath,
        body: CreatePollBody,
        response: {
          201: PollResponse.describe("The new poll"),
          400: refusal("INVALID_REQUEST"),
          401: refusal("UNAUTHORIZED"),
          404: refusal("NOT_FOUND"),
          413: refusal("PAYLOAD_TOO_LARGE: the event's poll text would exceed its limit"),
        },
      },
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const created = await createPoll(app.polling, request.event, request.body, app.config.creationLimits);
      return created.ok ? reply.code(201).send({ poll: created.value }) : sendFailure(reply, created);
    },
  );

  app.patch(
    "/api/events/:code/polls/:pollId",
    {
      schema: {
        summary: "Change a poll; `position` reorders; options, selections and scale only while it has no votes",
        security: MODERATOR_KEY,
        params: PollPath,
        body: UpdatePollBody,
        response: {
          200: PollResponse.describe("The poll"),
          400: refusal("INVALID_REQUEST"),
          401: refusal("UNAUTHORIZED"),
          404: refusal("NOT_FOUND"),
          409: refusal("POLL_HAS_VOTES"),
          413: refusal("PAYLOAD_TOO_LARGE: the event's poll text would exceed its limit"),
        },
      },
      preValidation: moderatorOnly,
    },
    async (request, reply) =>
      replyPoll(
        reply,
        await updatePoll(app.polling, request.event, request.params.pollId, request.body, app.config.creationLimits),
      ),
  );

  app.delete(
    "/api/events/:code/polls/:pollId",
    {
      schema: {
        summary: "Delete a poll",
        security: MODERATOR_KEY,
        params: PollPath,
        response: { 204: NO_CONTENT, 401: refusal("UNAUTHORIZED"), 404: refusal("NOT_FOUND") },
      },
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const deleted = await deletePoll(app.polling, request.event, request.params.pollId);
      return deleted.ok ? reply.code(204).send() : sendFailure(reply, deleted);
    },
  );

  for (const { action, summary, command } of POLL_COMMANDS) {
    app.post(
      `/api/events/:code/polls/:pollId/${action}`,
      {
        schema: {
          summary,
          security: MODERATOR_KEY,
          params: PollPath,
          response: {
            200: PollResponse.describe("The poll after the change"),
            401: refusal("No or wrong moderator key"),
            404: refusal("No such event or poll"),
            409: refusal("INVALID_TRANSITION"),
          },
        },
        preValidation: moderatorOnly,
      },
      async (request, reply) => replyPoll(reply, await command(app.polling, request.event, request.params.pollId)),
    );
  }

  app.get(
    "/api/events/:code/polls/:pollId/results",
    {
      schema: {
        summary: "Results, as the poll's visibility allows (moderators always)",
        params: PollPath,
        response: {
          200: ResultsResponse.describe("The results"),
          401: refusal("Results not visible to the caller"),
          404: refusal("NOT_FOUND"),
        },
      },
      preValidation: anyone,
    },
    async (request, reply) => {
      const results = visibleResults(app.polling, request.event, request.params.pollId, request.audience);
      return results.ok ? { results: results.value } : sendFailure(reply, results);
    },
  );
};
