// Request parsing for the routes: zod bodies, path parameters and the bearer credentials.
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { fail, type Outcome, succeed } from "../domain/outcome.js";

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): Outcome<z.infer<S>> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return succeed(parsed.data);
  const problems = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
  );
  return fail("INVALID_REQUEST", `Invalid request body: ${problems.join("; ")}.`);
}

/** Poll ids are positive integers; anything else cannot name a poll. */
export function parsePollId(raw: string): number | null {
  return /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : null;
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}
