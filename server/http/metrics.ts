// GET /metrics in Prometheus text format, behind METRICS_TOKEN when it is set.
import type { FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Vote } from "../../shared/vote.js";
import type { Outcome } from "../domain/outcome.js";
import { fail } from "../domain/outcome.js";
import { secretEquals } from "../security/secrets.js";
import { bearerToken } from "./authorization.js";
import { sendFailure } from "./errors.js";
import { refusal } from "./responses.js";

/** Both vote transports (REST and WebSocket) count their outcomes here. */
export function countVote(app: FastifyInstance, outcome: Outcome<Vote>): void {
  if (outcome.ok) app.metrics.voteAccepted();
  else app.metrics.voteRejected(outcome.code);
}

export const metricsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/metrics",
    {
      schema: {
        summary: "Prometheus metrics (needs METRICS_TOKEN as a bearer token when the server sets one)",
        security: [{}, { metricsToken: [] }],
        produces: ["text/plain; version=0.0.4; charset=utf-8"],
        response: {
          200: z.string().describe("Prometheus text format"),
          401: refusal("UNAUTHORIZED: METRICS_TOKEN required"),
        },
      },
    },
    async (request, reply) => {
      const { metricsToken } = app.config;
      if (metricsToken !== undefined) {
        const presented = bearerToken(request);
        if (presented === undefined || !secretEquals(presented, metricsToken)) {
          return sendFailure(reply, fail("UNAUTHORIZED", "Metrics need 'Authorization: Bearer <METRICS_TOKEN>'."));
        }
      }
      const { registry } = app.metrics;
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
};
