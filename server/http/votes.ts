// REST: check an event's access code, and cast a vote. A vote's reply comes only after the
// vote is committed to disk.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EventPath } from "../../shared/event.js";
import { AccessCodeBody } from "../../shared/messages.js";
import { PollPath } from "../../shared/poll.js";
import { Ballot, CastVoteResponse, VoteHeaders } from "../../shared/vote.js";
import { fail } from "../domain/outcome.js";
import { admitAccessCode } from "../polling/access.js";
import { castVote } from "../polling/votes.js";
import { hashSecret } from "../security/secrets.js";
import { anyone, voter } from "./authorization.js";
import { sendFailure } from "./errors.js";
import { countVote } from "./metrics.js";
import { NO_CONTENT, refusal } from "./responses.js";

/** A ballot that does not fit is an invalid vote (422), not a bad request (docs/api.md). */
const INVALID_BALLOT = fail("INVALID_VOTE", 'A vote is {"optionIds": [ids…]} or {"rating": n}.');

export const voteRoutes: FastifyPluginAsyncZod = async (app) => {
  // The code as the voter types it, checked at once (votes then carry it in X-Access-Code).
  app.post(
    "/api/events/:code/access",
    {
      schema: {
        summary: "Check the event's access code as the voter typed it (nothing is stored)",
        params: EventPath,
        body: AccessCodeBody,
        response: {
          204: NO_CONTENT,
          400: refusal("INVALID_REQUEST"),
          403: refusal("ACCESS_CODE_REQUIRED: not this event's access code"),
          404: refusal("NOT_FOUND"),
          429: refusal("RATE_LIMITED: too many wrong access codes from this address"),
        },
      },
      preValidation: anyone,
    },
    async (request, reply) => {
      const admitted = admitAccessCode(app.polling, request.ip, request.event, request.body.accessCode);
      return admitted.ok ? reply.code(204).send() : sendFailure(reply, admitted);
    },
  );

  app.post(
    "/api/events/:code/polls/:pollId/votes",
    {
      schema: {
        summary: "Vote (acknowledged after it is on disk); a participant token is issued when absent",
        params: PollPath,
        headers: VoteHeaders,
        body: Ballot,
        response: {
          200: CastVoteResponse.describe("The vote as stored"),
          400: refusal("INVALID_REQUEST: X-Participant-Token is not a token this server issued"),
          403: refusal("ACCESS_CODE_REQUIRED"),
          404: refusal("NOT_FOUND"),
          409: refusal("POLL_CLOSED"),
          422: refusal("INVALID_VOTE"),
          429: refusal("RATE_LIMITED"),
        },
      },
      config: { invalidBody: INVALID_BALLOT },
      preValidation: voter,
    },
    async (request, reply) => {
      const { participantToken } = request;
      const cast = await castVote(app.polling, request.event, {
        pollId: request.params.pollId,
        participantTokenHash: hashSecret(participantToken),
        accessCode: request.accessCode,
        ballot: request.body,
      });
      countVote(app, cast);
      if (!cast.ok) return sendFailure(reply, cast);
      return { participantToken, vote: cast.value };
    },
  );
};
