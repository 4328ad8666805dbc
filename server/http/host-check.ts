// DNS rebinding: a foreign page whose host name an attacker points at this server's address
// is same-origin with us in the victim's browser, and the Origin check of the live feed
// compares Origin with Host, which then agree. When PUBLIC_URL says which name the server has,
// requests for any other name are refused (docs/security.md).
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.js";
import { errorBody } from "./errors.js";

/**
 * Called by address, not by name: Docker's HEALTHCHECK and load balancers (/healthz), and
 * Prometheus (/metrics, which has its own METRICS_TOKEN).
 */
const ANY_HOST_PATHS = ["/healthz", "/metrics"];

/** The lower-case host name of a Host header (no port, no trailing dot), or undefined when malformed. */
export function hostNameOf(hostHeader: string | undefined): string | undefined {
  // Anything beyond host[:port] (a path, credentials) is not a Host header.
  if (hostHeader === undefined || hostHeader === "" || /[\s/?#@\\]/.test(hostHeader)) return undefined;
  try {
    return new URL(`http://${hostHeader}`).hostname.replace(/\.$/, "") || undefined;
  } catch {
    return undefined;
  }
}

/** Names a browser resolves to this machine by itself, which no DNS answer can rebind. */
export function isLoopbackName(hostName: string): boolean {
  return (
    hostName === "localhost" ||
    hostName.endsWith(".localhost") ||
    hostName === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostName)
  );
}

export function registerHostCheck(app: FastifyInstance, config: Pick<Config, "publicUrl" | "allowedOrigins">): void {
  const { publicUrl, allowedOrigins } = config;
  // Without PUBLIC_URL the server does not know its name: every Host is its own.
  if (publicUrl === undefined) return;
  const nameOf = (url: string) => new URL(url).hostname.replace(/\.$/, "");
  const ownName = nameOf(publicUrl);
  const names = new Set([ownName, ...allowedOrigins.map(nameOf)]);
  app.addHook("onRequest", async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (ANY_HOST_PATHS.includes(path)) return;
    const name = hostNameOf(request.headers.host);
    if (name !== undefined && (names.has(name) || isLoopbackName(name))) return;
    return reply
      .code(403)
      .send(
        errorBody(
          "FORBIDDEN",
          `This server answers to ${ownName} (PUBLIC_URL), not to the host name this request was sent to.`,
        ),
      );
  });
}
