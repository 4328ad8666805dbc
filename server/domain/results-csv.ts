// The moderator's CSV export: one row per poll option or rating value, in poll order.
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";

const HEADER = [
  "poll_position",
  "poll_id",
  "poll_type",
  "question",
  "state",
  "respondents",
  "option_id",
  "answer",
  "count",
  "percent",
  "average",
];

/** Quotes every cell; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function resultsCsv(polls: readonly { poll: Poll; results: Results }[]): string {
  const rows: (string | number)[][] = [HEADER];
  for (const { poll, results } of polls) {
    const common = [poll.position, poll.id, poll.type, poll.question, poll.state, results.respondents];
    switch (results.type) {
      case "choice":
        results.options.forEach((option, index) => {
          const label = poll.type === "choice" ? (poll.options[index]?.label ?? "") : "";
          rows.push([...common, option.id, label, option.count, option.percent, ""]);
        });
        break;
      case "rating":
        for (const entry of results.distribution) {
          rows.push([...common, "", entry.value, entry.count, entry.percent, results.average]);
        }
        break;
    }
  }
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
