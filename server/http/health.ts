// Liveness for load balancers and Docker's HEALTHCHECK: 200 only while the database answers.
import type { FastifyInstance } from "fastify";
import { errorBody } from "./errors.js";

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const probe = app.polling.db.sqlite.prepare("SELECT 1 AS ok");
  app.get("/healthz", async (request, reply) => {
    try {
      probe.get();
      return { ok: true };
    } catch (error) {
      request.log.error({ err: error }, "database does not answer");
      return reply.code(503).send(errorBody("INTERNAL", "The database does not answer."));
    }
  });
}
