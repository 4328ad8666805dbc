// The OpenAPI 3.1 document of the REST API, built from the same zod schemas that validate
// requests (shared/), so the document cannot drift from the code. WebSocket frames are
// described beside it under `x-websocket`.
import { z } from "zod";
import { ErrorBody } from "../../shared/errors.js";
import { CreateEventBody, CreateEventResponse, Event, ModeratorEvent, UpdateEventBody } from "../../shared/event.js";
import { EventExport } from "../../shared/export.js";
import { ClientMessage, ServerMessage } from "../../shared/messages.js";
import { CreatePollBodyOfType, Poll, UpdatePollBody } from "../../shared/poll.js";
import { Results } from "../../shared/results.js";
import { Ballot, CastVoteResponse } from "../../shared/vote.js";

type Schema = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: "input" | "output"): Schema => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Schema;
  return json;
};

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema: schemaOf(schema, "output") } },
});
const error = (description: string) => json(ErrorBody, description);
const body = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: schemaOf(schema, "input") } },
});

const moderator = [{ moderatorKey: [] }];
const code = { name: "code", in: "path", required: true, schema: { type: "string" }, description: "Event code" };
const pollId = { name: "pollId", in: "path", required: true, schema: { type: "integer" } };
const pollPath = [code, pollId];

const pollAction = (summary: string) => ({
  post: {
    summary,
    security: moderator,
    parameters: pollPath,
    responses: {
      200: json(z.object({ poll: Poll }), "The poll after the change"),
      401: error("No or wrong moderator key"),
      404: error("No such event or poll"),
      409: error("INVALID_TRANSITION"),
    },
  },
});

export function openApiDocument(): Schema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Handzeichen API",
      version: "1",
      description:
        "Live audience polling: events, polls, votes and results. Errors are " +
        '`{"error":{"code","message"}}`. The live WebSocket is described under `x-websocket`; ' +
        "examples are in docs/api.md.",
    },
    components: {
      securitySchemes: {
        moderatorKey: { type: "http", scheme: "bearer", description: "The event's moderator key" },
        adminToken: { type: "http", scheme: "bearer", description: "ADMIN_TOKEN, when the server sets one" },
      },
    },
    paths: {
      "/api/events": {
        post: {
          summary: "Create an event (returns the moderator key, once)",
          security: [{}, { adminToken: [] }],
          requestBody: body(CreateEventBody),
          responses: {
            201: json(CreateEventResponse, "The event and its moderator key"),
            400: error("INVALID_REQUEST"),
            401: error("ADMIN_TOKEN required"),
            409: error("EVENT_CODE_TAKEN"),
          },
        },
      },
      "/api/events/{code}": {
        get: {
          summary: "An event (moderators also see its access code)",
          parameters: [code],
          responses: {
            200: json(z.object({ event: z.union([ModeratorEvent, Event]) }), "The event"),
            404: error("NOT_FOUND"),
          },
        },
        patch: {
          summary: "Change title, language or access code",
          security: moderator,
          parameters: [code],
          requestBody: body(UpdateEventBody),
          responses: { 200: json(z.object({ event: ModeratorEvent }), "The event"), 400: error("INVALID_REQUEST") },
        },
        delete: {
          summary: "Delete the event and all its data",
          security: moderator,
          parameters: [code],
          responses: { 204: { description: "Deleted" }, 401: error("UNAUTHORIZED"), 404: error("NOT_FOUND") },
        },
      },
      "/api/events/{code}/polls": {
        get: {
          summary: "The event's polls in order (drafts only for moderators)",
          parameters: [code],
          responses: { 200: json(z.object({ polls: z.array(Poll) }), "The polls"), 404: error("NOT_FOUND") },
        },
        post: {
          summary: "Create a poll (as a draft)",
          security: moderator,
          parameters: [code],
          requestBody: body(CreatePollBodyOfType),
          responses: { 201: json(z.object({ poll: Poll }), "The new poll"), 400: error("INVALID_REQUEST") },
        },
      },
      "/api/events/{code}/polls/{pollId}": {
        patch: {
          summary: "Change a poll; `position` reorders; options, selections and scale only while it has no votes",
          security: moderator,
          parameters: pollPath,
          requestBody: body(UpdatePollBody),
          responses: {
            200: json(z.object({ poll: Poll }), "The poll"),
            400: error("INVALID_REQUEST"),
            409: error("POLL_HAS_VOTES"),
          },
        },
        delete: {
          summary: "Delete a poll",
          security: moderator,
          parameters: pollPath,
          responses: { 204: { description: "Deleted" }, 404: error("NOT_FOUND") },
        },
      },
      "/api/events/{code}/polls/{pollId}/open": pollAction("Open a poll (closes the open one)"),
      "/api/events/{code}/polls/{pollId}/close": pollAction("Close a poll"),
      "/api/events/{code}/polls/{pollId}/reset": pollAction("Delete a poll's votes"),
      "/api/events/{code}/polls/{pollId}/results": {
        get: {
          summary: "Results, as the poll's visibility allows (moderators always)",
          parameters: pollPath,
          responses: {
            200: json(z.object({ results: Results }), "The results"),
            401: error("Results not visible to the caller"),
            404: error("NOT_FOUND"),
          },
        },
      },
      "/api/events/{code}/polls/{pollId}/votes": {
        post: {
          summary: "Vote (acknowledged after it is on disk); a participant token is issued when absent",
          parameters: [
            ...pollPath,
            { name: "X-Participant-Token", in: "header", schema: { type: "string" } },
            { name: "X-Access-Code", in: "header", schema: { type: "string" } },
          ],
          requestBody: body(Ballot),
          responses: {
            200: json(CastVoteResponse, "The vote as stored"),
            403: error("ACCESS_CODE_REQUIRED"),
            404: error("NOT_FOUND"),
            409: error("POLL_CLOSED"),
            422: error("INVALID_VOTE"),
            429: error("RATE_LIMITED"),
          },
        },
      },
      "/api/events/{code}/export.csv": {
        get: {
          summary: "Results as CSV",
          security: moderator,
          parameters: [code],
          responses: { 200: { description: "CSV" } },
        },
      },
      "/api/events/{code}/export.json": {
        get: {
          summary: "Results as JSON",
          security: moderator,
          parameters: [code],
          responses: { 200: json(EventExport, "The event with every poll and its results") },
        },
      },
      "/api/events/{code}/export.xlsx": {
        get: {
          summary: "Results as an Excel workbook",
          security: moderator,
          parameters: [code],
          responses: { 200: { description: "XLSX" } },
        },
      },
      "/healthz": { get: { summary: "200 while the database answers", responses: { 200: { description: "ok" } } } },
    },
    "x-websocket": {
      url: "/api/events/{code}/live?participant=TOKEN | ?role=screen",
      description:
        "JSON text frames. The first frame is a snapshot; votes are acknowledged after commit; results frames " +
        "are coalesced to at most 10 per second per poll. Frames over 16 KiB close the socket (1009).",
      clientMessages: schemaOf(ClientMessage, "input"),
      serverMessages: schemaOf(ServerMessage, "output"),
    },
  };
}
