// What the report lists: the polls that were run (drafts never reached the audience), and the
// day the event took place (its first vote opened, else the day it was created).
import type { PollWithResults } from "../../shared/export.js";
import { numberLocale } from "../../shared/format.js";
import type { Locale } from "../common/i18n.js";

export const reportedPolls = (polls: readonly PollWithResults[]): PollWithResults[] =>
  polls.filter(({ poll }) => poll.state !== "draft").sort((a, b) => a.poll.position - b.poll.position);

/** ISO timestamps sort as strings. */
export function eventDay(createdAt: string, polls: readonly PollWithResults[]): string {
  const opened = polls.map(({ poll }) => poll.openedAt).filter((at): at is string => at !== null);
  return opened.length > 0 ? (opened.sort()[0] as string) : createdAt;
}

export const formatDay = (iso: string, locale: Locale): string =>
  new Date(iso).toLocaleDateString(numberLocale(locale), { day: "numeric", month: "long", year: "numeric" });

export const formatMoment = (iso: string, locale: Locale): string =>
  new Date(iso).toLocaleString(numberLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
