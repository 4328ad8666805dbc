// The moderator's exports of an event's questions as one table, a row per question, most
// upvoted first: CSV and XLSX are both written from these rows. No participant identifier is
// in them; the name is the one the asker chose to show.
import type { Question } from "../../shared/question.js";
import { type TableRow, tableCsv } from "./results-table.js";

export const QUESTION_COLUMNS = [
  "question_id",
  "asked_at",
  "state",
  "highlighted",
  "upvotes",
  "name",
  "question",
] as const;

export const questionsTable = (questions: readonly Question[]): TableRow[] =>
  questions.map((question) => [
    question.id,
    question.createdAt,
    question.state,
    question.highlighted ? "yes" : "no",
    question.upvotes,
    question.name ?? null,
    question.text,
  ]);

export const questionsCsv = (questions: readonly Question[]): string =>
  tableCsv(QUESTION_COLUMNS, questionsTable(questions));
