// The OpenAPI 3.1 document of the REST API, made by @fastify/swagger from the routes themselves:
// each route's zod schemas (shared/) become its parameters, body and replies, so the document
// lists exactly the routes the server has (tests/integration/openapi-routes.test.ts checks it).
// WebSocket frames are described beside them under `x-websocket`.
import type { SwaggerOptions } from "@fastify/swagger";
import { createJsonSchemaTransform } from "fastify-type-provider-zod";
import { z } from "zod";
import { ClientMessage, ServerMessage } from "../../shared/messages.js";

const schemaOf = (schema: z.ZodType, io: "input" | "output"): Record<string, unknown> => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return json;
};

/** The live feed's frames, which OpenAPI cannot describe as operations. */
export const WEBSOCKET_DOCUMENT = {
  url: "/api/events/{code}/live?participant=TOKEN | ?role=screen",
  description:
    "JSON text frames. The first frame is a snapshot; votes are acknowledged after commit; results frames " +
    "are coalesced to at most 10 per second per poll. Frames over 16 KiB close the socket (1009).",
  clientMessages: schemaOf(ClientMessage, "input"),
  serverMessages: schemaOf(ServerMessage, "output"),
};

export const openApiOptions: SwaggerOptions = {
  openapi: {
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
        qaModeratorKey: {
          type: "http",
          scheme: "bearer",
          description: "The event's Q&A moderator key: moderates questions, nothing else",
        },
        adminToken: { type: "http", scheme: "bearer", description: "ADMIN_TOKEN, when the server sets one" },
        metricsToken: { type: "http", scheme: "bearer", description: "METRICS_TOKEN, when the server sets one" },
      },
    },
    // An extension key, which @fastify/swagger copies into the document as it is; spread in,
    // as the OpenAPI types list no `x-` keys.
    ...{ "x-websocket": WEBSOCKET_DOCUMENT },
  },
  // OpenAPI 3.1 knows `const`; zod writes it for literals (`type: "choice"`).
  convertConstToEnum: false,
  // Custom types (the Excel workbook's Buffer) become "any" instead of failing the document.
  transform: createJsonSchemaTransform({ zodToJsonConfig: { unrepresentable: "any" } }),
};
