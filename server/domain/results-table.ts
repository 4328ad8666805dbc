// The moderator's exports as one table: a row per poll option, rating value or word group
// (a text poll's 100 largest, `mark` "hidden" or "pending" when screens leave it out), in poll
// order. CSV and XLSX are both written from these rows, so they always agree.
import type { PollWithResults } from "../../shared/export.js";

export const TABLE_COLUMNS = [
  "poll_position",
  "poll_id",
  "poll_type",
  "question",
  "state",
  "opened_at",
  "closed_at",
  "respondents",
  "option_id",
  "answer",
  "count",
  "percent",
  "average",
  "mark",
] as const;

export type TableCell = string | number | null;
export type TableRow = TableCell[];

export function resultsTable(polls: readonly PollWithResults[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const { poll, results } of polls) {
    const common = [
      poll.position,
      poll.id,
      poll.type,
      poll.question,
      poll.state,
      poll.openedAt,
      poll.closedAt,
      results.respondents,
    ];
    switch (results.type) {
      case "choice":
        results.options.forEach((option, index) => {
          const label = poll.type === "choice" ? (poll.options[index]?.label ?? "") : "";
          rows.push([...common, option.id, label, option.count, option.percent, null, null]);
        });
        break;
      case "rating":
        for (const entry of results.distribution) {
          rows.push([...common, null, entry.value, entry.count, entry.percent, results.average, null]);
        }
        break;
      case "text":
        for (const word of results.words) {
          rows.push([...common, null, word.text, word.count, word.percent, null, word.mark ?? null]);
        }
        break;
    }
  }
  return rows;
}

/** Quotes every cell; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
function csvCell(value: TableCell): string {
  const text = value === null ? "" : String(value);
  const safe = typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** A table as CSV: a header row, then the rows, every cell quoted and defused. */
export function tableCsv(columns: readonly string[], rows: readonly TableRow[]): string {
  const lines = [[...columns], ...rows].map((row) => row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export const resultsCsv = (polls: readonly PollWithResults[]): string => tableCsv(TABLE_COLUMNS, resultsTable(polls));
