// Pure presentation helpers that server exports and every screen share.
import type { Poll } from "./poll.js";

/** Screens show whole percents: 20.8 → "21 %". */
export function formatPercent(percent: number, locale = "en"): string {
  const whole = Math.round(percent);
  return locale === "de" ? `${whole} %` : `${whole}%`;
}

/** One decimal, with the locale's decimal mark: 4.1 → "4,1" in German. */
export function formatDecimal(value: number, locale = "en"): string {
  return value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The presented poll is the most recently opened one; it stays presented after closing. */
export function presentedPoll<P extends Poll>(polls: readonly P[]): P | undefined {
  let presented: P | undefined;
  for (const poll of polls) {
    if (poll.openedAt === null || poll.state === "draft") continue;
    if (presented === undefined || poll.openedAt > (presented.openedAt ?? "")) presented = poll;
  }
  return presented;
}
