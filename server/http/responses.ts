// The pieces of the routes' schemas that only the OpenAPI document reads: who may call, and
// what an error reply means on that route (the shape is always ErrorBody, shared/errors.ts).
import { z } from "zod";
import { ErrorBody } from "../../shared/errors.js";

/** An error reply of a route, described by its code or its cause. */
export const refusal = (description: string) => ErrorBody.describe(description);

/** 204: nothing to say (undefined: the handler sends no body). */
export const NO_CONTENT = z.undefined().describe("Done; no body");

/** Routes for the event's moderator: `Authorization: Bearer <moderator key>`. */
export const MODERATOR_KEY = [{ moderatorKey: [] }];
/** `Authorization: Bearer <ADMIN_TOKEN>`, when the server sets one. */
export const ADMIN_TOKEN = { adminToken: [] };
