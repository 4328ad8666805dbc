// The moderator's JSON export (GET /api/events/:code/export.json), also what the report reads.
import { z } from "zod";
import { ModeratorEvent } from "./event.js";
import { Poll } from "./poll.js";
import { Question } from "./question.js";
import { Results } from "./results.js";

export const PollWithResults = z.object({ poll: Poll, results: Results });
export type PollWithResults = z.infer<typeof PollWithResults>;

export const EventExport = z.object({
  event: ModeratorEvent,
  exportedAt: z.string(),
  polls: z.array(PollWithResults),
  /** Audience questions in every state, most upvoted first (no `mine`, nothing about the askers). */
  questions: z.array(Question),
});
export type EventExport = z.infer<typeof EventExport>;
