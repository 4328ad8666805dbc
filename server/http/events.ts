// REST: create an event, read it, change it, delete it.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  CreateEventBody,
  CreateEventResponse,
  EventPath,
  EventResponse,
  ModeratorEventResponse,
  UpdateEventBody,
} from "../../shared/event.js";
import { fail } from "../domain/outcome.js";
import { admitEventCreation } from "../polling/access.js";
import { createEvent, deleteEvents, LINGERING_COPIES, moderatorEvent, updateEvent } from "../polling/events.js";
import { eventAsSeenBy } from "../polling/queries.js";
import { secretEquals } from "../security/secrets.js";
import { anyone, bearerToken, moderatorOnly } from "./authorization.js";
import { sendFailure } from "./errors.js";
import { ADMIN_TOKEN, MODERATOR_KEY, NO_CONTENT, refusal } from "./responses.js";

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  const { eventsPerAddressPerHour } = app.config.creationLimits;

  app.post(
    "/api/events",
    {
      schema: {
        summary: "Create an event (returns the moderator key, once)",
        security: [{}, ADMIN_TOKEN],
        body: CreateEventBody,
        response: {
          201: CreateEventResponse.describe("The event and its moderator key"),
          400: refusal("INVALID_REQUEST"),
          401: refusal("ADMIN_TOKEN required"),
          409: refusal("EVENT_CODE_TAKEN"),
          429: refusal("RATE_LIMITED: too many events from this address within the hour"),
        },
      },
      // The admin token is checked before the body, as on every route (docs/api.md, "Errors").
      preValidation: async (request, reply) => {
        const { adminToken } = app.config;
        if (adminToken === undefined) return;
        const presented = bearerToken(request);
        if (presented === undefined || !secretEquals(presented, adminToken)) {
          return sendFailure(
            reply,
            fail("UNAUTHORIZED", "Creating events needs 'Authorization: Bearer <ADMIN_TOKEN>'."),
          );
        }
      },
    },
    async (request, reply) => {
      // Only bodies that pass count towards the hourly budget.
      if (app.config.adminToken === undefined && !admitEventCreation(app.polling, request.ip)) {
        return sendFailure(
          reply,
          fail(
            "RATE_LIMITED",
            `At most ${eventsPerAddressPerHour} events can be created per hour from one address; please try again later.`,
          ),
        );
      }
      const created = await createEvent(app.polling, request.body);
      if (!created.ok) return sendFailure(reply, created);
      return reply.code(201).send(created.value);
    },
  );

  app.get(
    "/api/events/:code",
    {
      schema: {
        summary: "An event (moderators also see its access code)",
        params: EventPath,
        response: { 200: EventResponse.describe("The event"), 404: refusal("NOT_FOUND") },
      },
      preValidation: anyone,
    },
    async (request) => ({ event: eventAsSeenBy(request.event, request.audience) }),
  );

  app.patch(
    "/api/events/:code",
    {
      schema: {
        summary: "Change title, language, access code or what the screens show",
        security: MODERATOR_KEY,
        params: EventPath,
        body: UpdateEventBody,
        response: {
          200: ModeratorEventResponse.describe("The event"),
          400: refusal("INVALID_REQUEST"),
          401: refusal("UNAUTHORIZED"),
          404: refusal("NOT_FOUND: no such event, or the screen names a poll the event does not have"),
          409: refusal(
            "INVALID_TRANSITION: the screen names a draft; QA_DISABLED: the screen is the Q&A while Q&A is off",
          ),
        },
      },
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const updated = await updateEvent(app.polling, request.event, request.body);
      if (!updated.ok) return sendFailure(reply, updated);
      return { event: moderatorEvent(updated.value) };
    },
  );

  app.delete(
    "/api/events/:code",
    {
      schema: {
        summary: "Delete the event and all its data; its live connections are closed (4404)",
        security: MODERATOR_KEY,
        params: EventPath,
        response: { 204: NO_CONTENT, 401: refusal("UNAUTHORIZED"), 404: refusal("NOT_FOUND") },
      },
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      const { erased } = await deleteEvents(app.polling, [request.event]);
      if (!erased) request.log.warn(LINGERING_COPIES);
      return reply.code(204).send();
    },
  );
};
