// What the report lists: the polls that were run (drafts never reached the audience), the
// audience's questions, and the day the event took place (its first vote opened, else the day it
// was created).
import type { PollWithResults } from "../../shared/export.js";
import { numberLocale } from "../../shared/format.js";
import type { Question } from "../../shared/question.js";
import type { Locale } from "../common/i18n.js";

export const reportedPolls = (polls: readonly PollWithResults[]): PollWithResults[] =>
  polls.filter(({ poll }) => poll.state !== "draft").sort((a, b) => a.poll.position - b.poll.position);

/** What the room saw (answered and visible questions) comes first; the rest after it. */
const seenByTheRoom = (question: Question) => question.state === "answered" || question.state === "visible";

/**
 * Every question, also the pending, rejected and archived ones (the report is the moderator's):
 * those the room saw first, each group most upvoted first, on a tie the earlier one.
 */
export const reportedQuestions = (questions: readonly Question[]): Question[] =>
  [...questions].sort(
    (a, b) =>
      Number(seenByTheRoom(b)) - Number(seenByTheRoom(a)) ||
      b.upvotes - a.upvotes ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id - b.id,
  );

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

/** The hour a question was asked; with its day when that is not the event's. */
export function formatAskedAt(iso: string, eventDayIso: string, locale: Locale): string {
  const asked = new Date(iso);
  const sameDay = asked.toDateString() === new Date(eventDayIso).toDateString();
  return asked.toLocaleString(numberLocale(locale), {
    ...(sameDay ? {} : { day: "numeric", month: "long" }),
    hour: "2-digit",
    minute: "2-digit",
  });
}
