// A generous per-address limit on API requests: it stops floods, not a room behind one NAT.
import type { FastifyInstance } from "fastify";
import type { BucketRule } from "../domain/token-bucket.js";
import { createRateLimiter } from "../security/rate-limiter.js";
import { errorBody } from "./errors.js";

const LIVE_FEED = /^\/api\/events\/[^/]+\/live(\?|$)/;

export function registerAddressLimit(app: FastifyInstance, rule: BucketRule): void {
  const limiter = createRateLimiter(rule);
  app.addHook("onRequest", async (request, reply) => {
    // Live-feed upgrades are exempt: after a restart a whole room behind one NAT address
    // reconnects at once. Each connection's frames have their own limit.
    if (!request.url.startsWith("/api/") || LIVE_FEED.test(request.url)) return;
    if (!limiter.allow(request.ip)) {
      return reply.code(429).send(errorBody("RATE_LIMITED", "Too many requests from this address; slow down."));
    }
  });
  app.addHook("onClose", async () => limiter.stop());
}
