// Routes declare their input and replies as zod schemas from shared/, and handlers are typed by
// them (fastify-type-provider-zod's ZodTypeProvider). These compilers run the schemas for
// Fastify; errors.ts answers a request that does not fit with `refusalOf`.
import type { FastifyRequest, FastifySchemaCompiler, FastifySerializerCompiler } from "fastify";
import { z } from "zod";
import { type Failure, fail } from "../domain/outcome.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** What a body that does not fit the route's schema is told, when not INVALID_REQUEST (votes). */
    invalidBody?: Failure;
  }
}

/** A request part that does not fit its route's schema, with every problem in one sentence. */
export class InvalidInput extends Error {
  readonly statusCode = 400;
  /** Set by Fastify: which part did not fit. */
  validationContext?: string;
}

const problemsOf = (error: z.ZodError): string =>
  error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    // An empty body (a bare POST …/open) means "no fields"; Fastify hands it over as null.
    const parsed = schema.safeParse(httpPart === "body" && data === null ? {} : data);
    if (!parsed.success) return { error: new InvalidInput(problemsOf(parsed.error)) };
    // Headers are checked, never replaced: the request keeps every header it came with.
    return { value: httpPart === "headers" ? data : parsed.data };
  };

/**
 * Replies go out as plain JSON, unchecked: the compiler already holds every handler to its
 * route's response schemas, and checking each reply again with zod would cost the hot vote
 * route time for nothing (docs/performance.md, "REST votes").
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = () => (data) => JSON.stringify(data);

/** The path as it came, before its schema turned the poll id into a number. */
const RawPollPath = z.object({ code: z.string(), pollId: z.string() });

/** What a request that does not fit its route's schema is told (docs/api.md, "Errors"). */
export function refusalOf(error: InvalidInput, request: FastifyRequest): Failure {
  switch (error.validationContext) {
    case "params": {
      // The one path parameter that can be malformed is a poll id: no such poll can exist.
      const path = RawPollPath.safeParse(request.params);
      return path.success
        ? fail("NOT_FOUND", `Event "${path.data.code}" has no poll ${path.data.pollId}.`)
        : fail("NOT_FOUND", `There is nothing at ${request.method} ${request.url.split("?")[0]}.`);
    }
    case "body":
      return (
        request.routeOptions.config.invalidBody ?? fail("INVALID_REQUEST", `Invalid request body: ${error.message}.`)
      );
    case "querystring":
      return fail("INVALID_REQUEST", `Invalid query string: ${error.message}.`);
    default:
      return fail("INVALID_REQUEST", `Invalid request headers: ${error.message}.`);
  }
}
