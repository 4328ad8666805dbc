// REST: a text poll's word groups for moderators — hide, show, approve, and the answers behind one.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { PollPath, WordGroupBody, WordGroupQuery, WordGroupResponse, WordMarkResponse } from "../../shared/poll.js";
import { changeWordGroup, type WordGroupChange, wordGroup } from "../polling/word-marks.js";
import { moderatorOnly } from "./authorization.js";
import { sendFailure } from "./errors.js";
import { MODERATOR_KEY, refusal } from "./responses.js";

const CHANGES: readonly { method: "POST" | "DELETE"; path: string; summary: string; change: WordGroupChange }[] = [
  { method: "POST", path: "hidden", summary: "Hide a word group from every screen and phone", change: "hide" },
  { method: "DELETE", path: "hidden", summary: "Show a hidden word group again", change: "show" },
  { method: "POST", path: "approved", summary: "Approve a word group (pre-moderated polls)", change: "approve" },
];

export const wordGroupRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const { method, path, summary, change } of CHANGES) {
    app.route({
      method,
      url: `/api/events/:code/polls/:pollId/${path}`,
      schema: {
        summary,
        security: MODERATOR_KEY,
        params: PollPath,
        body: WordGroupBody,
        response: {
          200: WordMarkResponse.describe("The group's key and its mark now"),
          400: refusal("INVALID_REQUEST: not a text poll, or no text"),
          401: refusal("UNAUTHORIZED"),
          404: refusal("NOT_FOUND"),
        },
      },
      preValidation: moderatorOnly,
      handler: async (request, reply) => {
        const { pollId } = request.params;
        const changed = await changeWordGroup(app.polling, request.event, pollId, request.body.text, change);
        return changed.ok ? changed.value : sendFailure(reply, changed);
      },
    });
  }

  app.get(
    "/api/events/:code/polls/:pollId/groups",
    {
      schema: {
        summary: "The answers behind one word group of a text poll",
        security: MODERATOR_KEY,
        params: PollPath,
        querystring: WordGroupQuery,
        response: {
          200: WordGroupResponse.describe("The group, its mark and every spelling with its count"),
          400: refusal("INVALID_REQUEST"),
          401: refusal("UNAUTHORIZED"),
          404: refusal("NOT_FOUND"),
        },
      },
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const found = wordGroup(app.polling, request.event, request.params.pollId, request.query.text);
      return found.ok ? found.value : sendFailure(reply, found);
    },
  );
};
