// Limits per client address at the edge: API requests (WebSocket upgrades included), guesses of
// event codes, and live connections held open. Generous, since a whole room may share one NAT
// address; they stop floods, not a room. Every refusal is an ordinary reply in the API's shape.
import { isIPv4, isIPv6 } from "node:net";
import type { FastifyInstance } from "fastify";
import { findEvent } from "../polling/queries.js";
import type { AddressConnections } from "../security/address-connections.js";
import type { RateLimiter } from "../security/rate-limiter.js";
import { eventCodeOf } from "./authorization.js";
import { errorBody } from "./errors.js";

/** Hextets that name an IPv6 client's network: a phone or a household gets a whole /64. */
const IPV6_NETWORK_HEXTETS = 4;
/** A flood against MAX_CONNECTIONS is logged once per this interval, not once per refused socket. */
const FULL_WARNING_INTERVAL_MS = 10_000;

/**
 * The key an address is counted under: an IPv4 address as it is (IPv4-mapped IPv6 too), an
 * IPv6 address by its /64 — one client can pick any address in its /64, so counting single
 * addresses would let it multiply every limit.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1] !== undefined) return mapped[1];
  const address = ip.split("%")[0] ?? ip;
  if (isIPv4(address) || !isIPv6(address)) return address;
  const [head = "", tail] = address.toLowerCase().split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const hextets = [...left, ...new Array<string>(8 - left.length - right.length).fill("0"), ...right];
  const network = hextets.slice(0, IPV6_NETWORK_HEXTETS).map((hextet) => hextet.replace(/^0+(?=.)/, ""));
  return `${network.join(":")}::/64`;
}

export type AddressLimiters = {
  /** API requests per address. */
  addressRequest: RateLimiter;
  /**
   * Requests naming codes that do not exist: a much smaller budget, so guessing six-digit
   * codes takes days instead of minutes, while a room using its real code never touches it.
   */
  unknownEvent: RateLimiter;
};

/** On several nodes each node counts the others' uses too (`limitUsed`), so the budgets hold across nodes. */
export function registerAddressLimit(app: FastifyInstance, limiters: AddressLimiters): void {
  app.addHook("onRequest", async (request, reply) => {
    // Upgrades count too: each one costs a socket and a snapshot.
    if (!request.url.startsWith("/api/")) return;
    const key = addressKey(request.ip);
    if (!limiters.addressRequest.allow(key)) {
      return reply.code(429).send(errorBody("RATE_LIMITED", "Too many requests from this address; slow down."));
    }
    app.polling.replication.limitUsed("addressRequest", key);
    const code = eventCodeOf(request);
    if (code === undefined || findEvent(app.polling, code).ok) return;
    if (!limiters.unknownEvent.allow(key)) {
      return reply
        .code(429)
        .send(
          errorBody("RATE_LIMITED", "Too many requests for events that do not exist from this address; slow down."),
        );
    }
    app.polling.replication.limitUsed("unknownEvent", key);
  });
}

export type LiveConnectionCaps = { total: number; perAddress: number };

/**
 * Caps the live connections held open, per address and in all, so that a flood of sockets
 * cannot use up the process's file descriptors: past a cap the upgrade is refused with 503
 * before it happens, and /healthz and REST keep answering. A connection counts from the
 * moment its upgrade is let through until its TCP socket closes, whatever ends it. The total
 * is this node's (its descriptors); the cap per address counts every node's connections.
 */
export function registerLiveConnectionCaps(
  app: FastifyInstance,
  caps: LiveConnectionCaps,
  perAddress: AddressConnections,
): void {
  let total = 0;
  let warnedAt = -Infinity;
  app.addHook("onRequest", async (request, reply) => {
    if (!request.ws) return;
    const socket = request.raw.socket;
    // Already gone: it would never report its close, and it holds no descriptor.
    if (socket.destroyed) return;
    const key = addressKey(request.ip);
    // On several nodes this counts the others' connections too.
    if (perAddress.count(key) >= caps.perAddress) {
      return reply
        .code(503)
        .send(errorBody("RATE_LIMITED", "Too many live connections from this address; close some or try again later."));
    }
    if (total >= caps.total) {
      if (Date.now() - warnedAt >= FULL_WARNING_INTERVAL_MS) {
        warnedAt = Date.now();
        request.log.warn({ liveConnections: total }, "live connections refused: the server is at MAX_CONNECTIONS");
      }
      return reply
        .code(503)
        .send(errorBody("INTERNAL", "The server has no room for more live connections; try again in a moment."));
    }
    total++;
    perAddress.opened(key);
    socket.once("close", () => {
      total--;
      perAddress.closed(key);
    });
  });
}
