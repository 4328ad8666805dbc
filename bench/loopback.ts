// Loopback only: every address the benchmark listens on, connects to or binds to is checked
// to lie in 127.0.0.0/8, so a mistyped flag can never send load anywhere else.

const LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The server listens here. */
export const SERVER_HOST = "127.0.0.1";

/**
 * Voters connect from these source addresses, round robin: 127.0.1.1 … 127.0.1.200, 50 per
 * address at 10,000 voters. Each (source, server) pair has its own ~28,000 ephemeral ports,
 * so neither 10,000 voters nor the previous scenario's TIME_WAIT sockets exhaust them, and
 * like phones in a room the voters do not all share one address (before 45630b4 the
 * server's per-address request limit refused upgrades beyond 600 from one address).
 */
export const VOTER_SOURCE_ADDRESSES = Array.from({ length: 200 }, (_, i) => `127.0.1.${i + 1}`);

export function assertLoopback(address: string): string {
  const match = LOOPBACK.exec(address);
  if (!match || match.slice(1).some((part) => Number(part) > 255)) {
    throw new Error(`the benchmark only uses loopback (127.0.0.0/8), not ${address}`);
  }
  return address;
}

/** http://127.0.0.1:PORT, after checking the host. */
export function loopbackUrl(host: string, port: number): string {
  return `http://${assertLoopback(host)}:${port}`;
}
