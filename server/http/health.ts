// Liveness for load balancers and Docker's HEALTHCHECK: 200 only while the database answers.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { databaseAnswers } from "../polling/queries.js";
import { errorBody } from "./errors.js";
import { refusal } from "./responses.js";

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/healthz",
    {
      // Load balancers ask every second or two: two request lines each would drown the log.
      // A database that does not answer is still logged (an error).
      logLevel: "warn",
      schema: {
        summary: "200 while the database answers (not rate-limited, any Host)",
        response: {
          200: z.object({ ok: z.literal(true) }).describe("ok"),
          503: refusal("INTERNAL: the database does not answer"),
        },
      },
    },
    async (request, reply) => {
      const answer = await databaseAnswers(app.polling);
      if (answer.ok) return { ok: true as const };
      request.log.error({ err: answer.error }, "database does not answer");
      return reply.code(503).send(errorBody("INTERNAL", "The database does not answer."));
    },
  );
};
