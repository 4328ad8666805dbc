// buildApp(config): the whole server as a Fastify instance, ready to listen or to inject.
// Order: third-party plugins, then our decorations (store, live hub), then routes.
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import { WS_MAX_PAYLOAD_BYTES } from "../shared/messages.js";
import type { Config } from "./config.js";
import { registerErrorHandlers } from "./http/errors.js";
import { eventRoutes } from "./http/events.js";
import { exportRoutes } from "./http/exports.js";
import { healthRoutes } from "./http/health.js";
import { liveRoutes } from "./http/live.js";
import { pageRoutes } from "./http/pages.js";
import { pollRoutes } from "./http/polls.js";
import { voteRoutes } from "./http/votes.js";
import { createHub, type Hub } from "./live/hub.js";
import type { PollingContext } from "./polling/context.js";
import { loadRegistry, resultsOfPoll } from "./polling/registry.js";
import { openDatabase } from "./store/database.js";
import { createGroupCommit } from "./store/group-commit.js";
import { prepareVoteStatements } from "./store/votes.js";

/** JSON bodies of the API are small; anything larger is refused with 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    polling: PollingContext;
    hub: Hub;
  }
}

export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Secrets travel in headers; they never reach the log.
      redact: ["req.headers.authorization", 'req.headers["x-participant-token"]'],
    },
    bodyLimit: BODY_LIMIT_BYTES,
  });

  // An empty body with a JSON content type (a bare POST …/open) means "no fields".
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    if (body === "") return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      const error = Object.assign(new Error("The request body is not valid JSON."), { statusCode: 400 });
      done(error, undefined);
    }
  });

  await app.register(websocket, { options: { maxPayload: WS_MAX_PAYLOAD_BYTES, perMessageDeflate: false } });

  const db = openDatabase(config.databasePath);
  const votes = prepareVoteStatements(db);
  const registry = loadRegistry(db, votes);
  const writer = createGroupCommit(db.sqlite, {
    onCallbackError: (error) => app.log.error({ err: error }, "vote callback failed"),
  });
  const hub = createHub({
    poll: (pollId) => registry.polls.get(pollId),
    results: (poll) => resultsOfPoll(registry, poll),
  });
  app.decorate("config", config);
  app.decorate("hub", hub);
  app.decorate("polling", { db, votes, writer, registry, listener: hub, now: Date.now });

  registerErrorHandlers(app);
  await app.register(healthRoutes);
  await app.register(eventRoutes);
  await app.register(pollRoutes);
  await app.register(voteRoutes);
  await app.register(exportRoutes);
  await app.register(liveRoutes);
  await app.register(pageRoutes);

  // Shutdown: commit and acknowledge what is queued, tell clients to come back, close the file.
  app.addHook("preClose", async () => {
    writer.flush();
    hub.close(1001, "server restarting");
  });
  app.addHook("onClose", async () => {
    writer.flush();
    db.close();
  });
  return app;
}
