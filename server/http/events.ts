// REST: create an event, read it, delete it.
import type { FastifyInstance } from "fastify";
import { CreateEventBody, UpdateEventBody } from "../../shared/event.js";
import { fail } from "../domain/outcome.js";
import {
  createEvent,
  deleteEvents,
  LINGERING_COPIES,
  moderatorEvent,
  publicEvent,
  updateEvent,
} from "../polling/events.js";
import { createRateLimiter } from "../security/rate-limiter.js";
import { secretEquals } from "../security/secrets.js";
import { callerIsModerator, moderatedEvent, requestedEvent } from "./access.js";
import { sendFailure } from "./errors.js";
import { bearerToken, parseBody } from "./parse.js";

const HOUR_S = 60 * 60;

export async function eventRoutes(app: FastifyInstance): Promise<void> {
  const { eventsPerAddressPerHour } = app.config.creationLimits;
  // Without ADMIN_TOKEN anyone may create events: each address gets a steady hourly budget.
  const creations = createRateLimiter({
    burst: eventsPerAddressPerHour,
    perSecond: eventsPerAddressPerHour / HOUR_S,
  });
  app.addHook("onClose", async () => creations.stop());

  app.post("/api/events", async (request, reply) => {
    const { adminToken } = app.config;
    if (adminToken !== undefined) {
      const presented = bearerToken(request);
      if (presented === undefined || !secretEquals(presented, adminToken)) {
        return sendFailure(reply, fail("UNAUTHORIZED", "Creating events needs 'Authorization: Bearer <ADMIN_TOKEN>'."));
      }
    }
    const body = parseBody(CreateEventBody, request.body);
    if (!body.ok) return sendFailure(reply, body);
    if (adminToken === undefined && !creations.allow(request.ip)) {
      return sendFailure(
        reply,
        fail(
          "RATE_LIMITED",
          `At most ${eventsPerAddressPerHour} events can be created per hour from one address; please try again later.`,
        ),
      );
    }
    const created = createEvent(app.polling, body.value);
    if (!created.ok) return sendFailure(reply, created);
    return reply.code(201).send(created.value);
  });

  app.get("/api/events/:code", async (request, reply) => {
    const event = requestedEvent(request, reply);
    if (!event) return reply;
    return { event: callerIsModerator(request, event) ? moderatorEvent(event) : publicEvent(event) };
  });

  app.patch("/api/events/:code", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    const body = parseBody(UpdateEventBody, request.body);
    if (!body.ok) return sendFailure(reply, body);
    return { event: moderatorEvent(updateEvent(app.polling, event, body.value)) };
  });

  app.delete("/api/events/:code", async (request, reply) => {
    const event = moderatedEvent(request, reply);
    if (!event) return reply;
    const { erased } = deleteEvents(app.polling, [event]);
    if (!erased) request.log.warn(LINGERING_COPIES);
    app.hub.closeEvent(event.code, 4404, "event deleted");
    return reply.code(204).send();
  });
}
