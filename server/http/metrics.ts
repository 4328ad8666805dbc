// GET /metrics in Prometheus text format, behind METRICS_TOKEN when it is set.
import type { FastifyInstance } from "fastify";
import type { Vote } from "../../shared/vote.js";
import type { Outcome } from "../domain/outcome.js";
import { fail } from "../domain/outcome.js";
import { secretEquals } from "../security/secrets.js";
import { sendFailure } from "./errors.js";
import { bearerToken } from "./parse.js";

/** Both vote transports (REST and WebSocket) count their outcomes here. */
export function countVote(app: FastifyInstance, outcome: Outcome<Vote>): void {
  if (outcome.ok) app.metrics.voteAccepted();
  else app.metrics.voteRejected(outcome.code);
}

export async function metricsRoutes(app: FastifyInstance): Promise<void> {
  app.get("/metrics", async (request, reply) => {
    const { metricsToken } = app.config;
    if (metricsToken !== undefined) {
      const presented = bearerToken(request);
      if (presented === undefined || !secretEquals(presented, metricsToken)) {
        return sendFailure(reply, fail("UNAUTHORIZED", "Metrics need 'Authorization: Bearer <METRICS_TOKEN>'."));
      }
    }
    const { registry } = app.metrics;
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
