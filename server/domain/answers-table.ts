// The moderator's export of open answers as a table: a row per answer of every text poll, with
// its group and whether screens leave that group out. CSV and XLSX are written from these rows.
import type { ExportedAnswer } from "../../shared/export.js";
import type { Poll } from "../../shared/poll.js";
import { type TableRow, tableCsv } from "./results-table.js";

export const ANSWER_COLUMNS = [
  "poll_position",
  "poll_id",
  "question",
  "respondent",
  "answer",
  "group",
  "mark",
  "answered_at",
] as const;

export function answersTable(polls: readonly Poll[], answers: readonly ExportedAnswer[]): TableRow[] {
  const byId = new Map(polls.map((poll) => [poll.id, poll]));
  return answers.map((answer) => {
    const poll = byId.get(answer.pollId);
    return [
      poll?.position ?? null,
      answer.pollId,
      poll?.question ?? "",
      answer.respondent,
      answer.answer,
      answer.group,
      answer.mark,
      answer.answeredAt,
    ];
  });
}

export const answersCsv = (polls: readonly Poll[], answers: readonly ExportedAnswer[]): string =>
  tableCsv(ANSWER_COLUMNS, answersTable(polls, answers));
