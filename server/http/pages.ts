// The web pages (voter, moderator console, projector, overlay), once the client is built.
import type { FastifyInstance } from "fastify";

export async function pageRoutes(_app: FastifyInstance): Promise<void> {}
