// Who may call a route under /api/events/:code, checked once, in the route's preValidation
// hook (after fastify/demo's src/plugins/app/authorization.ts). Before validation, because the
// documented order is: the event (404), then the caller's rights, then the body and the poll
// (docs/api.md, "Errors"). Each hook leaves what it found on the request for the handler.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { PARTICIPANT_TOKEN_PATTERN } from "../../shared/limits.js";
import { fail } from "../domain/outcome.js";
import { admitAccessCode, authorizeModerator, authorizeQuestionModerator } from "../polling/access.js";
import { isModerator, isQaModerator } from "../polling/events.js";
import { lookUpEvent } from "../polling/queries.js";
import { newParticipantToken } from "../security/secrets.js";
import type { StoredEvent } from "../store/events.js";
import { sendFailure } from "./errors.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The event of `:code`, found by the route's hook. */
    event: StoredEvent;
    /** Moderator with the event's key, Q&A moderator with its Q&A key (question routes), else voter (REST has no screens). */
    audience: "moderator" | "qaModerator" | "voter";
    /** Votes: the token the voter brought, or a new one. */
    participantToken: string;
    /** Votes: the access code the voter sent, once admitted. */
    accessCode: string | undefined;
  }
}

/**
 * `:code` as the router found it: the hooks run before the route's schema has checked the
 * path, and on routes whose path has a `:code`.
 */
export function eventCodeOf(request: FastifyRequest): string | undefined {
  const { params } = request;
  if (typeof params !== "object" || params === null || !("code" in params)) return undefined;
  return typeof params.code === "string" ? params.code : undefined;
}

/** The event of the request's `:code`, or why there is none. */
const requestedEvent = (request: FastifyRequest) => lookUpEvent(request.server.polling, eventCodeOf(request) ?? "");

export function registerAuthorization(app: FastifyInstance): void {
  app.decorateRequest("event");
  app.decorateRequest("audience");
  app.decorateRequest("participantToken");
  app.decorateRequest("accessCode");
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** Anyone: the event of `:code` (404 otherwise). A wrong moderator key is no error here, only a voter. */
export async function anyone(request: FastifyRequest, reply: FastifyReply) {
  const found = await requestedEvent(request);
  if (!found.ok) return sendFailure(reply, found);
  request.event = found.value;
  request.audience = isModerator(found.value, bearerToken(request)) ? "moderator" : "voter";
}

/** The event's moderator: 404, then 401 without the right key (429 once guessing from this address). */
export async function moderatorOnly(request: FastifyRequest, reply: FastifyReply) {
  const found = await requestedEvent(request);
  if (!found.ok) return sendFailure(reply, found);
  const authorized = authorizeModerator(request.server.polling, request.ip, found.value, bearerToken(request));
  if (!authorized.ok) return sendFailure(reply, authorized);
  request.event = found.value;
  request.audience = "moderator";
}

const FOREIGN_TOKEN = fail(
  "INVALID_REQUEST",
  "X-Participant-Token is not a token this server issued; leave it out to get one.",
);

/**
 * A voter: the event, then its access code from X-Access-Code (before anything about the poll:
 * a wrong code learns nothing about it), then the participant token, a new one when absent.
 */
export async function voter(request: FastifyRequest, reply: FastifyReply) {
  const found = await requestedEvent(request);
  if (!found.ok) return sendFailure(reply, found);
  const { "x-access-code": accessCode, "x-participant-token": token } = request.headers;
  const presentedCode = typeof accessCode === "string" ? accessCode : undefined;
  const admitted = admitAccessCode(request.server.polling, request.ip, found.value, presentedCode);
  if (!admitted.ok) {
    request.server.metrics.voteRejected(admitted.code);
    return sendFailure(reply, admitted);
  }
  if (token !== undefined && (typeof token !== "string" || !PARTICIPANT_TOKEN_PATTERN.test(token))) {
    return sendFailure(reply, FOREIGN_TOKEN);
  }
  request.event = found.value;
  request.audience = "voter";
  request.accessCode = presentedCode;
  request.participantToken = token ?? newParticipantToken();
}

/**
 * Anyone, reading questions: moderators (either key) see every question; a voter who sends
 * X-Participant-Token also sees their own waiting ones. A wrong key is no error here, as in `anyone`.
 */
export async function questionReader(request: FastifyRequest, reply: FastifyReply) {
  const found = await requestedEvent(request);
  if (!found.ok) return sendFailure(reply, found);
  const key = bearerToken(request);
  request.event = found.value;
  request.audience = isModerator(found.value, key)
    ? "moderator"
    : isQaModerator(found.value, key)
      ? "qaModerator"
      : "voter";
}

/** Moderating questions: the moderator key or the Q&A moderator key (404, then 401; 429 once guessing). */
export async function questionModerator(request: FastifyRequest, reply: FastifyReply) {
  const found = await requestedEvent(request);
  if (!found.ok) return sendFailure(reply, found);
  const authorized = authorizeQuestionModerator(request.server.polling, request.ip, found.value, bearerToken(request));
  if (!authorized.ok) return sendFailure(reply, authorized);
  request.event = found.value;
  request.audience = authorized.value;
}
