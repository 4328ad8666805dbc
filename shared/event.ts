// Events: the container a moderator creates and the audience joins by code.
import { z } from "zod";
import { ACCESS_CODE_PATTERN, EVENT_CODE_PATTERN } from "./limits.js";
import { LOCALES } from "./locales.js";
import { ModeratorQaSettings, QaSettings, UpdateQaSettings } from "./question.js";

/** Any page language (shared/locales.ts). */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Codes are case-insensitive: everything is stored and compared in lower case. */
export const EventCode = z
  .string()
  .trim()
  .transform((code) => code.toLowerCase().replace(/^#/, ""))
  .pipe(z.string().regex(EVENT_CODE_PATTERN, "an event code is 3 to 32 characters of a-z, 0-9 and '-'"));

/**
 * What the projector shows, and the overlay with it; the moderator chooses (docs/api.md "What the
 * screens show"). Opening a poll puts it on the screen; a poll shown stays until something else is
 * chosen, its final results after closing. "qa": the audience's questions, only while the event
 * takes questions (turning Q&A off puts the join screen back).
 */
export const Screen = z.discriminatedUnion("show", [
  z.object({ show: z.literal("join") }).strict(),
  // Not PollId from poll.ts: poll.ts imports this module.
  z.object({ show: z.literal("poll"), pollId: z.number().int().positive() }).strict(),
  z.object({ show: z.literal("qa") }).strict(),
]);
export type Screen = z.infer<typeof Screen>;

export const JOIN_SCREEN: Screen = { show: "join" };

export const Event = z.object({
  code: z.string(),
  title: z.string(),
  locale: Locale,
  createdAt: z.string(),
  /** Voters must give the event's access code to vote (the moderator sets it). */
  accessCodeRequired: z.boolean(),
  screen: Screen,
  /** Audience Q&A: on or off, pre- or post-moderation, names allowed (docs/api.md, "Q&A settings"). */
  qa: QaSettings,
});
export type Event = z.infer<typeof Event>;

/** What moderators see of their event: also the access code itself. */
export const ModeratorEvent = Event.extend({ accessCode: z.string().nullable(), qa: ModeratorQaSettings });
export type ModeratorEvent = z.infer<typeof ModeratorEvent>;

export const AccessCode = z
  .string()
  .trim()
  .regex(ACCESS_CODE_PATTERN, "an access code is 3 to 32 letters, digits or '-'");

export const UpdateEventBody = z
  .object({
    title: z.string().trim().min(1, "title must not be empty").max(200),
    locale: Locale,
    /** null removes the access code. */
    accessCode: AccessCode.nullable(),
    /** A poll must be of this event and opened at least once (not a draft); "qa" needs Q&A on. */
    screen: Screen,
    /** Changed Q&A settings only; the blocked words are replaced as a whole. */
    qa: UpdateQaSettings,
  })
  .partial()
  .strict();
export type UpdateEventBody = z.infer<typeof UpdateEventBody>;

export const CreateEventBody = z.object({
  title: z.string().trim().min(1, "title must not be empty").max(200),
  code: EventCode.optional(),
  locale: Locale.default("en"),
});
export type CreateEventBody = z.infer<typeof CreateEventBody>;

export const CreateEventResponse = z.object({ event: Event, moderatorKey: z.string() });
export type CreateEventResponse = z.infer<typeof CreateEventResponse>;

/** The answer of GET /api/events/:code: moderators get the `ModeratorEvent`. */
export const EventResponse = z.object({ event: z.union([ModeratorEvent, Event]) });
export const ModeratorEventResponse = z.object({ event: ModeratorEvent });

/** The path of every route under /api/events/:code; any string, an unknown code is a 404. */
export const EventPath = z.object({ code: z.string().describe("Event code (case-insensitive)") });
export type EventPath = z.infer<typeof EventPath>;
