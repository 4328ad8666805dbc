// A generous per-address limit on API requests: it stops floods, not a room behind one NAT.
import type { FastifyInstance } from "fastify";
import type { BucketRule } from "../domain/token-bucket.js";
import { createRateLimiter } from "../security/rate-limiter.js";
import { errorBody } from "./errors.js";

export function registerAddressLimit(app: FastifyInstance, rule: BucketRule): void {
  const limiter = createRateLimiter(rule);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    if (!limiter.allow(request.ip)) {
      return reply.code(429).send(errorBody("RATE_LIMITED", "Too many requests from this address; slow down."));
    }
  });
  app.addHook("onClose", async () => limiter.stop());
}
