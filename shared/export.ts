// The moderator's JSON export (GET /api/events/:code/export.json), also what the report reads.
import { z } from "zod";
import { ModeratorEvent } from "./event.js";
import { Poll } from "./poll.js";
import { Question } from "./question.js";
import { Results } from "./results.js";

export const PollWithResults = z.object({ poll: Poll, results: Results });
export type PollWithResults = z.infer<typeof PollWithResults>;

/**
 * One answer of an open-text poll: the voter is numbered per poll (`respondent`), never named;
 * `group` is the shown spelling of the answer's group, `mark` "hidden" or "pending" when screens leave it out.
 */
export const ExportedAnswer = z.object({
  pollId: z.number().int(),
  respondent: z.number().int(),
  answer: z.string(),
  group: z.string(),
  mark: z.enum(["hidden", "pending"]).nullable(),
  answeredAt: z.string(),
});
export type ExportedAnswer = z.infer<typeof ExportedAnswer>;

export const EventExport = z.object({
  event: ModeratorEvent,
  exportedAt: z.string(),
  polls: z.array(PollWithResults),
  /** Audience questions in every state, most upvoted first (no `mine`, nothing about the askers). */
  questions: z.array(Question),
  /** Every answer of the event's text polls, in poll order, then as they came. */
  answers: z.array(ExportedAnswer),
});
export type EventExport = z.infer<typeof EventExport>;
