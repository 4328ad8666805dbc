// REST: cast a vote. The reply comes only after the vote is committed to disk.
import type { FastifyInstance } from "fastify";
import { PARTICIPANT_TOKEN_PATTERN } from "../../shared/limits.js";
import { Ballot } from "../../shared/vote.js";
import { fail } from "../domain/outcome.js";
import { castVote } from "../polling/votes.js";
import { hashSecret, newParticipantToken } from "../security/secrets.js";
import { requestedEvent } from "./access.js";
import { sendFailure } from "./errors.js";
import { countVote } from "./metrics.js";
import { parsePollId } from "./parse.js";

export async function voteRoutes(app: FastifyInstance): Promise<void> {
  app.post("/api/events/:code/polls/:pollId/votes", async (request, reply) => {
    const event = requestedEvent(request, reply);
    if (!event) return reply;
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
    const accessCode = request.headers["x-access-code"];
    const cast = await castVote(app.polling, event, {
      pollId,
      participantTokenHash: hashSecret(participantToken),
      accessCode: typeof accessCode === "string" ? accessCode : undefined,
      ballot: ballot.data,
    });
    countVote(app, cast);
    if (!cast.ok) return sendFailure(reply, cast);
    return { participantToken, vote: cast.value };
  });
}
