// One place maps the API's error codes to HTTP statuses and shapes every error reply.
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import type { ErrorBody, ErrorCode } from "../../shared/errors.js";
import type { Failure } from "../domain/outcome.js";

export const STATUS_OF: Record<ErrorCode, number> = {
  INVALID_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  EVENT_CODE_TAKEN: 409,
  INVALID_TRANSITION: 409,
  POLL_HAS_VOTES: 409,
  POLL_CLOSED: 409,
  ACCESS_CODE_REQUIRED: 403,
  INVALID_VOTE: 422,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const errorBody = (code: ErrorCode, message: string): ErrorBody => ({ error: { code, message } });

export function sendFailure(reply: FastifyReply, failure: Failure): FastifyReply {
  return reply.code(STATUS_OF[failure.code]).send(errorBody(failure.code, failure.message));
}

/** Fastify's own errors (bad JSON, body too large, …) in the API's shape; 5xx never leak details. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, "request failed");
      return reply.code(500).send(errorBody("INTERNAL", "Something went wrong on the server."));
    }
    if (status === 413) return reply.code(413).send(errorBody("PAYLOAD_TOO_LARGE", "The request body is too large."));
    if (status === 429) return reply.code(429).send(errorBody("RATE_LIMITED", error.message));
    request.log.info({ err: error }, "bad request");
    return reply.code(400).send(errorBody("INVALID_REQUEST", error.message));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody("NOT_FOUND", `There is nothing at ${request.method} ${request.url.split("?")[0]}.`)),
  );
}
