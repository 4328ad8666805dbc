// Rows ↔ the API's objects, for both stores: SQLite's and PostgreSQL's tables have the same
// columns (server/store/schema.ts, server/store/postgres/schema.ts), so one mapping serves both.
import type { Screen } from "../../shared/event.js";
import type { Poll, PollTranslations } from "../../shared/poll.js";
import type { EventChanges, StoredEvent } from "./events.js";
import type { events, options, polls } from "./schema.js";

/** An event's row as both stores read it. */
export type EventRow = typeof events.$inferSelect;
export type PollRow = typeof polls.$inferSelect;
export type OptionRow = Pick<typeof options.$inferSelect, "id" | "label">;

export const toStoredEvent = (row: EventRow): StoredEvent => ({
  id: row.id,
  code: row.code,
  title: row.title,
  locale: row.locale,
  createdAt: new Date(row.createdAt).toISOString(),
  moderatorKeyHash: row.moderatorKeyHash,
  accessCode: row.accessCode,
  screen: screenOf(row),
  qa: {
    enabled: row.qaEnabled,
    moderation: row.qaModeration,
    names: row.qaNames,
    blockedWords: JSON.parse(row.qaBlockedWords) as string[],
  },
  qaModeratorKeyHash: row.qaModeratorKeyHash,
});

export function columnsOf({ qa, screen, ...rest }: EventChanges) {
  return {
    ...rest,
    ...(screen && screenColumns(screen)),
    ...(qa && {
      qaEnabled: qa.enabled,
      qaModeration: qa.moderation,
      qaNames: qa.names,
      qaBlockedWords: JSON.stringify(qa.blockedWords),
    }),
  };
}

/** A poll screen whose poll id went missing reads as the join screen. */
function screenOf(row: EventRow): Screen {
  switch (row.screen) {
    case "join":
      return { show: "join" };
    case "poll":
      return row.screenPollId === null ? { show: "join" } : { show: "poll", pollId: row.screenPollId };
    case "qa":
      return { show: "qa" };
  }
}

const screenColumns = (screen: Screen) =>
  screen.show === "poll"
    ? { screen: screen.show, screenPollId: screen.pollId }
    : { screen: screen.show, screenPollId: null };

export const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
export const msOrNull = (iso: string | null) => (iso === null ? null : Date.parse(iso));
/** No translations are stored as null, so a poll without any costs nothing (and older rows read the same). */
export const translationsOrNull = (translations: PollTranslations) =>
  Object.keys(translations).length === 0 ? null : translations;

export function toPoll(row: PollRow, eventCode: string, optionRows: readonly OptionRow[]): Poll {
  const common = {
    id: row.id,
    eventCode,
    position: row.position,
    state: row.state,
    question: row.question,
    resultsVisibility: row.resultsVisibility,
    createdAt: new Date(row.createdAt).toISOString(),
    openedAt: isoOrNull(row.openedAt),
    closedAt: isoOrNull(row.closedAt),
    translations: row.translations ?? {},
  };
  switch (row.type) {
    case "choice":
      return {
        ...common,
        type: "choice",
        options: optionRows.map((option) => ({ id: option.id, label: option.label })),
        minSelections: row.minSelections ?? 1,
        maxSelections: row.maxSelections ?? 1,
      };
    case "rating":
      return { ...common, type: "rating", scale: row.scale ?? 5 };
    case "text":
      return {
        ...common,
        type: "text",
        maxAnswers: row.maxAnswers ?? 1,
        maxLength: row.maxLength ?? 40,
        moderation: row.moderation ?? "post",
        stopWords: row.stopWords ?? false,
      };
  }
}

export function typeColumns(poll: Poll) {
  const none = {
    minSelections: null,
    maxSelections: null,
    scale: null,
    maxAnswers: null,
    maxLength: null,
    moderation: null,
    stopWords: null,
  };
  switch (poll.type) {
    case "choice":
      return { ...none, minSelections: poll.minSelections, maxSelections: poll.maxSelections };
    case "rating":
      return { ...none, scale: poll.scale };
    case "text":
      return {
        ...none,
        maxAnswers: poll.maxAnswers,
        maxLength: poll.maxLength,
        moderation: poll.moderation,
        stopWords: poll.stopWords,
      };
  }
}

/** Answers are stored as a JSON array; anything else in the column is a broken row, read as none. */
export function parseAnswers(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((answer): answer is string => typeof answer === "string") : [];
}

/** What a poll's row holds that an edit may change (all but its event, kind and creation). */
export const pollColumns = (poll: Poll) => ({
  position: poll.position,
  question: poll.question,
  state: poll.state,
  resultsVisibility: poll.resultsVisibility,
  ...typeColumns(poll),
  openedAt: msOrNull(poll.openedAt),
  closedAt: msOrNull(poll.closedAt),
  translations: translationsOrNull(poll.translations),
});
