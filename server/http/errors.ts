// One place maps the API's error codes to HTTP statuses and shapes every error reply.
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ErrorBody, ErrorCode } from "../../shared/errors.js";
import type { Failure } from "../domain/outcome.js";
import { InvalidInput, refusalOf } from "./validation.js";

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
  QA_DISABLED: 409,
  INTERNAL: 500,
};

export const errorBody = (code: ErrorCode, message: string): ErrorBody => ({ error: { code, message } });

export function sendFailure(reply: FastifyReply, failure: Failure): FastifyReply {
  return reply.code(STATUS_OF[failure.code]).send(errorBody(failure.code, failure.message));
}

/** The code of a client error Fastify or Node raised with this status (the rest are bad requests). */
const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  429: "RATE_LIMITED",
};

/** Fastify's messages name its internals; these say what to do instead. */
const MESSAGE_OF_FASTIFY_ERROR: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "The request body is too large.",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "Send the request body as JSON, with the header content-type: application/json.",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "The request body is not as long as its Content-Length header says.",
  FST_ERR_BAD_URL: "The path of this request is not a valid URL.",
  FST_ERR_MAX_PARAM_LENGTH: "A part of this request's path is too long.",
};

/** Sends a client error of Fastify's (any 4xx) with its own status, in the API's shape. */
function sendClientError(error: FastifyError, status: number, request: FastifyRequest, reply: FastifyReply) {
  request.log.info({ err: error }, "bad request");
  const message = MESSAGE_OF_FASTIFY_ERROR[error.code] ?? error.message;
  return reply.code(status).send(errorBody(CODE_OF_STATUS[status] ?? "INVALID_REQUEST", message));
}

/**
 * A request part that does not fit its route's schema, Fastify's own errors (bad JSON, body
 * too large, …): all in the API's shape; 5xx never leak details.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof InvalidInput) {
      request.log.info({ err: error }, "bad request");
      return sendFailure(reply, refusalOf(error, request));
    }
    const status = error.statusCode ?? 500;
    if (status >= 500 || status < 400) {
      request.log.error({ err: error }, "request failed");
      return reply.code(500).send(errorBody("INTERNAL", "Something went wrong on the server."));
    }
    return sendClientError(error, status, request, reply);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody("NOT_FOUND", `There is nothing at ${request.method} ${request.url.split("?")[0]}.`)),
  );
}

/**
 * Fastify's errors before a route is found (a malformed path → 400, a path parameter over
 * maxParamLength → 414), passed as the `frameworkErrors` option.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status >= 500 || status < 400) {
    request.log.error({ err: error }, "request failed");
    reply.code(500).send(errorBody("INTERNAL", "Something went wrong on the server."));
    return;
  }
  sendClientError(error, status, request, reply);
}

/** What Node's HTTP parser refuses before Fastify sees a request, with its status and message. */
function clientErrorOf(code: string | undefined): [status: number, message: string] {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return [431, "The request's headers (with its URL) are too large."];
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return [408, "The request did not arrive in time."];
    default:
      return [400, "The request is not well-formed HTTP."];
  }
}

/**
 * Node's client errors (oversized headers, malformed requests, timeouts) in the API's shape,
 * passed as the `clientErrorHandler` option: the connection is answered once and closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const [status, message] = clientErrorOf(error.code);
  const body = JSON.stringify(errorBody("INVALID_REQUEST", message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
