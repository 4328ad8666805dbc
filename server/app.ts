// buildApp(config): the whole server as a Fastify instance, ready to listen or to inject.
// Order: third-party plugins, then our decorations (store, live hub, limits), then routes.
import type { IncomingMessage } from "node:http";
import helmet from "@fastify/helmet";
import swagger from "@fastify/swagger";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { WS_MAX_PAYLOAD_BYTES } from "../shared/messages.js";
import type { ClusterNode } from "./cluster/node.js";
import { NO_REPLICATION } from "./cluster/replication.js";
import type { StallWatch } from "./cluster/stall-watch.js";
import type { Config } from "./config.js";
import { containsNul, NUL_REFUSED } from "./domain/nul-text.js";
import { registerAuthorization } from "./http/authorization.js";
import { docsRoutes } from "./http/docs.js";
import { clientErrorHandler, frameworkErrors, registerErrorHandlers } from "./http/errors.js";
import { eventRoutes } from "./http/events.js";
import { exportRoutes } from "./http/exports.js";
import { healthRoutes } from "./http/health.js";
import { registerHostCheck } from "./http/host-check.js";
import { registerAddressLimit, registerLiveConnectionCaps } from "./http/limits.js";
import { liveRoutes } from "./http/live.js";
import { metricsRoutes } from "./http/metrics.js";
import { openApiOptions } from "./http/openapi.js";
import { pageRoutes } from "./http/pages.js";
import { pollRoutes } from "./http/polls.js";
import { questionRoutes } from "./http/questions.js";
import { serializerCompiler, validatorCompiler } from "./http/validation.js";
import { voteRoutes } from "./http/votes.js";
import { wordGroupRoutes } from "./http/word-groups.js";
import { createHub, type Hub } from "./live/hub.js";
import { createMetrics, type Metrics } from "./metrics.js";
import type { PollingContext } from "./polling/context.js";
import { LINGERING_COPIES } from "./polling/events.js";
import { loadRegistry, resultsOfPoll } from "./polling/registry.js";
import { purgeOldEvents } from "./polling/retention.js";
import { createAddressConnections } from "./security/address-connections.js";
import { createRateLimiter } from "./security/rate-limiter.js";
import { redactUrl } from "./security/redact-url.js";
import { createSqliteStore } from "./store/sqlite-store.js";

/** JSON bodies of the API are small; anything larger is refused with 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;
/** The one API document that is public and the same for everyone: caches may keep it. */
const CACHEABLE_API_PATH = "/api/openapi.json";
const RETENTION_SWEEP_MS = 60 * 60 * 1000;
const HOUR_S = 60 * 60;

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    polling: PollingContext;
    hub: Hub;
    metrics: Metrics;
    /** This node among several (PostgreSQL); null on one node with SQLite. */
    cluster: ClusterNode | null;
    /** On PostgreSQL: notices when this node stood still (cluster/stall-watch.ts); null on SQLite. */
    stalls: StallWatch | null;
  }
}

/** ws:// and wss:// of the host the page was loaded from (only a well-formed host). */
function liveFeedSources(request: IncomingMessage): string {
  const host = request.headers.host ?? "";
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? `ws://${host} wss://${host}` : "";
}

export async function buildApp(config: Config): Promise<FastifyInstance> {
  const { tuning } = config;
  let retentionTimer: NodeJS.Timeout | undefined;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Secrets travel in headers and a few query parameters; they never reach the log.
      redact: ["req.headers.authorization", 'req.headers["x-participant-token"]', 'req.headers["x-access-code"]'],
      serializers: {
        req: (request) => ({ method: request.method, url: redactUrl(request.url), reqId: request.id }),
      },
      // pino-pretty is a development dependency: only `npm run dev` asks for it.
      ...(config.logFormat === "pretty" ? { transport: { target: "pino-pretty", options: { colorize: true } } } : {}),
    },
    bodyLimit: BODY_LIMIT_BYTES,
    // Believe X-Forwarded-For for exactly the configured number of proxy hops, no more.
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    // Errors raised before a route runs, by Fastify and by Node, answer in the API's shape too.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  // Routes declare their input and replies as zod schemas (http/validation.ts).
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Bodies are JSON or nothing: other types get 415 (Fastify would hand text/plain on as a string).
  app.removeContentTypeParser("text/plain");
  // Fastify's own parser, which refuses __proto__ and constructor.prototype keys, except that an
  // empty body with a JSON content type (a bare POST …/open) means "no fields".
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const coding = request.headers["content-encoding"];
    if (coding !== undefined && coding.toLowerCase() !== "identity") {
      const message = `Send the request body uncompressed: content-encoding ${coding} is not supported.`;
      return done(Object.assign(new Error(message), { statusCode: 415 }), undefined);
    }
    if (body === "") return done(null, undefined);
    parseJson(request, body as string, (error, parsed) => {
      if (error === null && containsNul(parsed)) {
        return done(Object.assign(new Error(NUL_REFUSED.message), { statusCode: 400 }), undefined);
      }
      if (error === null) return done(null, parsed);
      const message = "The request body is not valid JSON, or has a __proto__ or constructor.prototype key.";
      done(Object.assign(new Error(message), { statusCode: 400 }), undefined);
    });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        // Older Safari (iOS ≤ 15.3) does not count ws:/wss: to our own host as 'self'.
        connectSrc: ["'self'", liveFeedSources],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    // The moderator console carries its key in the URL fragment: never tell other sites where we were.
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  });
  // The hub does not exist yet when the metrics are made; the gauge asks it lazily.
  const metrics = createMetrics(
    () => hub.connectionCount(),
    () => cluster?.stats() ?? null,
  );
  const storeHooks = {
    onBatch: metrics.batchCommitted,
    onCallbackError: (error: unknown) => app.log.error({ err: error }, "vote callback failed"),
  };
  // Several nodes: a node that stood still must not act on what it read or queued before (cluster/stall-watch.ts).
  const stalls = config.databaseUrl
    ? (await import("./cluster/stall-watch.js")).watchStalls((stalledMs) =>
        app.log.warn(
          { stalledMs },
          "this node stood still: connections open meanwhile are closed at their next frame, writes queued before it are not committed",
        ),
      )
    : null;
  const store = config.databaseUrl
    ? // Loaded only for PostgreSQL: a server on SQLite never holds the driver (about 8 MB).
      await (await import("./store/postgres/store.js")).createPostgresStore(config.databaseUrl, storeHooks, {
        onConnectionError: (error) => app.log.error({ err: error }, "a PostgreSQL connection broke"),
        ...(stalls ? { stalls } : {}),
      })
    : createSqliteStore(config.databasePath, storeHooks);
  const registry = loadRegistry(await store.load());
  const hub = createHub(
    {
      poll: (pollId) => registry.polls.get(pollId),
      results: (poll, view) => resultsOfPoll(registry, poll, view),
      question: (questionId) => registry.questions.byId.get(questionId),
      onResultsFrames: metrics.resultsFrames,
    },
    tuning,
  );
  const voteLimiter = createRateLimiter({
    burst: tuning.participantVoteBurst,
    perSecond: tuning.participantVotesPerSecond,
  });
  const questionLimiter = createRateLimiter({
    burst: tuning.participantQuestionBurst,
    perSecond: tuning.participantQuestionsPerSecond,
  });
  const upvoteLimiter = createRateLimiter({
    burst: tuning.participantUpvoteBurst,
    perSecond: tuning.participantUpvotesPerSecond,
  });
  const moderatorKeyLimiter = createRateLimiter({
    burst: tuning.moderatorKeyFailureBurst,
    perSecond: tuning.moderatorKeyFailuresPerSecond,
  });
  const accessCodeLimiter = createRateLimiter({
    burst: tuning.accessCodeFailureBurst,
    perSecond: tuning.accessCodeFailuresPerSecond,
  });
  // Without ADMIN_TOKEN anyone may create events: each address gets a steady hourly budget.
  const { eventsPerAddressPerHour } = config.creationLimits;
  const eventCreationLimiter = createRateLimiter({
    burst: eventsPerAddressPerHour,
    perSecond: eventsPerAddressPerHour / HOUR_S,
  });
  // At the edge, per client address (http/limits.ts); shared with the other nodes when there are some.
  const addressLimiters = {
    addressRequest: createRateLimiter({
      burst: tuning.addressRequestBurst,
      perSecond: tuning.addressRequestsPerSecond,
    }),
    unknownEvent: createRateLimiter({ burst: tuning.unknownEventBurst, perSecond: tuning.unknownEventsPerSecond }),
  };
  const addressConnections = createAddressConnections();
  const polling: PollingContext = {
    store,
    registry,
    listener: hub,
    voteLimiter,
    questionLimiter,
    upvoteLimiter,
    moderatorKeyGuesses: moderatorKeyLimiter,
    accessCodeGuesses: accessCodeLimiter,
    eventCreations: eventCreationLimiter,
    replication: NO_REPLICATION,
    now: Date.now,
  };
  // Several nodes: the others hear of this node's changes, and this node of theirs (docs/scaling.md).
  const cluster = config.databaseUrl
    ? await (await import("./cluster/node.js")).joinCluster(
        polling,
        config.databaseUrl,
        {
          limiters: {
            moderatorKey: moderatorKeyLimiter,
            accessCode: accessCodeLimiter,
            eventCreation: eventCreationLimiter,
            ...addressLimiters,
          },
          connections: addressConnections,
        },
        app.log,
      )
    : null;
  app.decorate("cluster", cluster);
  app.decorate("stalls", stalls);
  // Before any route: it documents every route registered after it (http/openapi.ts).
  await app.register(swagger, openApiOptions);

  await app.register(websocket, {
    options: { maxPayload: WS_MAX_PAYLOAD_BYTES, perMessageDeflate: false },
    // Shutdown, replacing the plugin's own (which closes sockets first): commit and
    // acknowledge what is queued, then tell clients to come back later (1001).
    preClose: async function closeLive(this: FastifyInstance) {
      clearInterval(retentionTimer);
      await store.flush();
      // Acks are sent from promise callbacks: let them go out before the sockets close.
      await new Promise((resolve) => setImmediate(resolve));
      hub.close(1001, "server restarting");
      for (const client of this.websocketServer.clients) client.close(1001, "server restarting");
      this.websocketServer.close();
    },
  });
  app.decorate("config", config);
  app.decorate("hub", hub);
  app.decorate("polling", polling);
  app.decorate("metrics", metrics);
  registerAuthorization(app);

  registerErrorHandlers(app);
  // API answers may carry a moderator key, a participant token or live figures: no cache keeps them.
  app.addHook("onRequest", async (request, reply) => {
    if (request.url.startsWith("/api/") && !request.url.startsWith(CACHEABLE_API_PATH)) {
      reply.header("cache-control", "no-store");
    }
  });
  registerHostCheck(app, config);
  registerAddressLimit(app, addressLimiters);
  registerLiveConnectionCaps(
    app,
    { total: config.maxConnections, perAddress: config.maxConnectionsPerAddress },
    addressConnections,
  );
  await app.register(healthRoutes);
  await app.register(eventRoutes);
  await app.register(pollRoutes);
  await app.register(voteRoutes);
  await app.register(questionRoutes);
  await app.register(wordGroupRoutes);
  await app.register(exportRoutes);
  await app.register(liveRoutes);
  await app.register(metricsRoutes);
  await app.register(docsRoutes);
  await app.register(pageRoutes);

  const { eventRetentionDays } = config;
  if (eventRetentionDays !== undefined) {
    const purge = async () => {
      // Their live connections are closed by the hub, told by deleteEvents.
      const { deleted, erased } = await purgeOldEvents(polling, eventRetentionDays);
      for (const event of deleted) app.log.info({ event: event.code }, "event past its retention deleted");
      if (!erased) app.log.warn(LINGERING_COPIES);
    };
    await purge();
    retentionTimer = setInterval(
      () => void purge().catch((error: unknown) => app.log.error({ err: error }, "retention purge failed")),
      RETENTION_SWEEP_MS,
    );
    retentionTimer.unref();
  }

  app.addHook("onClose", async () => {
    await store.flush();
    await cluster?.close();
    stalls?.stop();
    voteLimiter.stop();
    questionLimiter.stop();
    upvoteLimiter.stop();
    moderatorKeyLimiter.stop();
    accessCodeLimiter.stop();
    eventCreationLimiter.stop();
    addressLimiters.addressRequest.stop();
    addressLimiters.unknownEvent.stop();
    await store.close();
  });
  return app;
}
