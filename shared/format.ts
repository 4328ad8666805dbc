// Pure presentation helpers that server exports and every screen share.
import type { Screen } from "./event.js";
import type { Poll } from "./poll.js";

/**
 * The locale numbers and dates are written in: the page's own, except that Arabic and Persian
 * pages keep Western digits and the Gregorian calendar, as the codes, the projector and the
 * event's own papers in the room show them (docs/translations.md "Numbers and dates").
 */
export const numberLocale = (locale: string): string =>
  locale === "ar" || locale === "fa" ? `${locale}-u-ca-gregory-nu-latn` : locale;

const formats = new Map<string, Intl.NumberFormat>();

/** Intl formats are costly to build and the bars redraw every frame while they move: one per kind and locale. */
function format(kind: "percent" | "decimal" | "whole", locale: string): Intl.NumberFormat {
  const key = `${kind}:${locale}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(
      numberLocale(locale),
      kind === "percent"
        ? { style: "percent", maximumFractionDigits: 0 }
        : kind === "decimal"
          ? { minimumFractionDigits: 1, maximumFractionDigits: 1 }
          : { maximumFractionDigits: 0 },
    );
    formats.set(key, formatter);
  }
  return formatter;
}

/** Screens show whole percents in the page's language: 20.8 → "21 %" (German), "%21" (Turkish). */
export function formatPercent(percent: number, locale = "en"): string {
  return format("percent", locale).format(Math.round(percent) / 100);
}

/** A count as the page's language writes it: 1234 → "1.234" in German. */
export function formatNumber(value: number, locale = "en"): string {
  return format("whole", locale).format(value);
}

/** One decimal, with the locale's decimal mark: 4.1 → "4,1" in German. */
export function formatDecimal(value: number, locale = "en"): string {
  return format("decimal", locale).format(value);
}

/**
 * The most recently opened poll, which stays after closing: the phone's current poll. The
 * projector and the overlay show what the moderator chose instead (screenPoll).
 */
export function presentedPoll<P extends Poll>(polls: readonly P[]): P | undefined {
  let presented: P | undefined;
  for (const poll of polls) {
    if (poll.openedAt === null || poll.state === "draft") continue;
    if (presented === undefined || poll.openedAt > (presented.openedAt ?? "")) presented = poll;
  }
  return presented;
}

/**
 * The poll the moderator put on the screens, if the page knows it; otherwise the screens show how
 * to join (a poll frame always comes before the event frame that shows it, so this is brief).
 */
export function screenPoll<P extends Poll>(screen: Screen, polls: readonly P[]): P | undefined {
  switch (screen.show) {
    case "join":
    case "qa":
      return undefined;
    case "poll":
      return polls.find((poll) => poll.id === screen.pollId && poll.state !== "draft");
  }
}
