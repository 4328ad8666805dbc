// REST: check an event's access code, and cast a vote. A vote's reply comes only after the
// vote is committed to disk.
import type { FastifyInstance } from "fastify";
import { PARTICIPANT_TOKEN_PATTERN } from "../../shared/limits.js";
import { AccessCodeBody } from "../../shared/messages.js";
import { Ballot } from "../../shared/vote.js";
import { fail } from "../domain/outcome.js";
import { castVote } from "../polling/votes.js";
import { hashSecret, newParticipantToken } from "../security/secrets.js";
import { admitAccessCode, requestedEvent } from "./access.js";
import { sendFailure } from "./errors.js";
import { countVote } from "./metrics.js";
import { parseBody, parsePollId } from "./parse.js";

export async function voteRoutes(app: FastifyInstance): Promise<void> {
  // The code as the voter types it, checked at once (votes then carry it in X-Access-Code).
  app.post("/api/events/:code/access", async (request, reply) => {
    const event = requestedEvent(request, reply);
    if (!event) return reply;
    const body = parseBody(AccessCodeBody, request.body);
    if (!body.ok) return sendFailure(reply, body);
    const admitted = admitAccessCode(app, request.ip, event, body.value.accessCode);
    if (!admitted.ok) return sendFailure(reply, admitted);
    return reply.code(204).send();
  });

  app.post("/api/events/:code/polls/:pollId/votes", async (request, reply) => {
    const event = requestedEvent(request, reply);
    if (!event) return reply;
    // Before anything about the poll: a wrong code must learn nothing about it.
    const presentedCode = request.headers["x-access-code"];
    const accessCode = typeof presentedCode === "string" ? presentedCode : undefined;
    const admitted = admitAccessCode(app, request.ip, event, accessCode);
    if (!admitted.ok) {
      app.metrics.voteRejected(admitted.code);
      return sendFailure(reply, admitted);
    }
    const { pollId: rawPollId } = request.params as { pollId: string };
    const pollId = parsePollId(rawPollId);
    if (pollId === null)
      return sendFailure(reply, fail("NOT_FOUND", `Event "${event.code}" has no poll ${rawPollId}.`));
    const presented = request.headers["x-participant-token"];
    if (presented !== undefined && (typeof presented !== "string" || !PARTICIPANT_TOKEN_PATTERN.test(presented))) {
      return sendFailure(
        reply,
        fail("INVALID_REQUEST", "X-Participant-Token is not a token this server issued; leave it out to get one."),
      );
    }
    const ballot = Ballot.safeParse(request.body);
    if (!ballot.success) {
      return sendFailure(reply, fail("INVALID_VOTE", 'A vote is {"optionIds": [ids…]} or {"rating": n}.'));
    }
    const participantToken = presented ?? newParticipantToken();
    const cast = await castVote(app.polling, event, {
      pollId,
      participantTokenHash: hashSecret(participantToken),
      accessCode,
      ballot: ballot.data,
    });
    countVote(app, cast);
    if (!cast.ok) return sendFailure(reply, cast);
    return { participantToken, vote: cast.value };
  });
}
