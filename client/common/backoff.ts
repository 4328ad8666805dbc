// Reconnect delays: exponential backoff with "equal jitter", so a room full of phones that
// lost the same Wi-Fi does not knock on the server at the same instant when it comes back.

/** The first retry waits 0.25–0.5 s; each further one doubles, up to 15–30 s. */
export const RECONNECT_BASE_MS = 500;
export const RECONNECT_MAX_MS = 30_000;

/** Delay before reconnect attempt number `attempt` (0 for the first retry). */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
