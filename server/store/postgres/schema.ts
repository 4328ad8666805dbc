// The database tables on PostgreSQL (drizzle): the same tables, columns, indexes and cascades as
// the SQLite schema (server/store/schema.ts), so both stores hold the same rows. Migrations in
// migrations/postgres/ are generated from this file; a change to one schema goes to both.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { LOCALES } from "../../../shared/locales.js";
import type { PollTranslations } from "../../../shared/poll.js";

// Times are milliseconds since the epoch, as on SQLite (bigint: they outgrow a 32-bit integer);
// "number" mode reads them as JavaScript numbers, exact up to 2^53.
const millis = (name: string) => bigint(name, { mode: "number" });

export const events = pgTable("events", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  title: text("title").notNull(),
  locale: text("locale", { enum: LOCALES }).notNull(),
  /** SHA-256 of the moderator key, hex; the key itself is never stored. */
  moderatorKeyHash: text("moderator_key_hash").notNull(),
  /** When set, voters must give this code to vote (against ballot stuffing from outside the room). */
  accessCode: text("access_code"),
  createdAt: millis("created_at").notNull(),
  /** What the projector and the overlay show: "join", "poll" (the poll in screen_poll_id) or "qa". No foreign key, as on SQLite. */
  screen: text("screen", { enum: ["join", "poll", "qa"] })
    .notNull()
    .default("join"),
  screenPollId: integer("screen_poll_id"),
  /** Audience Q&A settings (docs/api.md, "Q&A settings"). */
  qaEnabled: boolean("qa_enabled").notNull().default(false),
  qaModeration: text("qa_moderation", { enum: ["pre", "post"] })
    .notNull()
    .default("post"),
  qaNames: boolean("qa_names").notNull().default(true),
  /** JSON array of the words that send a question to the moderators' queue (text, as on SQLite: read whole). */
  qaBlockedWords: text("qa_blocked_words").notNull().default("[]"),
  /** SHA-256 of the Q&A moderator key, hex; null until the moderator makes one. */
  qaModeratorKeyHash: text("qa_moderator_key_hash"),
});

export const polls = pgTable(
  "polls",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    type: text("type", { enum: ["choice", "rating", "text"] }).notNull(),
    question: text("question").notNull(),
    state: text("state", { enum: ["draft", "open", "closed"] }).notNull(),
    resultsVisibility: text("results_visibility", { enum: ["live", "closed", "hidden"] }).notNull(),
    /** Choice polls only (null for the others). */
    minSelections: integer("min_selections"),
    maxSelections: integer("max_selections"),
    /** Rating polls only. */
    scale: integer("scale"),
    /** Text polls only: answers per vote, grapheme clusters per answer, "pre" or "post", stop words left out. */
    maxAnswers: integer("max_answers"),
    maxLength: integer("max_length"),
    moderation: text("moderation", { enum: ["post", "pre"] }),
    stopWords: boolean("stop_words"),
    createdAt: millis("created_at").notNull(),
    openedAt: millis("opened_at"),
    closedAt: millis("closed_at"),
    /** The question and option labels in other page languages (shared/poll.ts); null when there are none. */
    translations: jsonb("translations").$type<PollTranslations>(),
  },
  (table) => [
    index("polls_event_idx").on(table.eventId, table.position),
    check("polls_type_check", sql`${table.type} in ('choice', 'rating', 'text')`),
  ],
);

export const options = pgTable(
  "options",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    /** 0-based; bit `position` of a choice vote's value says whether this option was chosen. */
    position: integer("position").notNull(),
    label: text("label").notNull(),
  },
  (table) => [uniqueIndex("options_poll_position_idx").on(table.pollId, table.position)],
);

export const participants = pgTable("participants", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  /** SHA-256 of the participant token, hex. */
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: millis("created_at").notNull(),
});

export const votes = pgTable(
  "votes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** The ballot value: choice → bitmask of option positions, rating → the rating, text → the number of answers. */
    value: integer("value").notNull(),
    createdAt: millis("created_at").notNull(),
    updatedAt: millis("updated_at").notNull(),
  },
  (table) => [
    uniqueIndex("votes_poll_participant_idx").on(table.pollId, table.participantId),
    // Deleting participants looks up their votes (the cascade, and "has no vote left").
    index("votes_participant_idx").on(table.participantId),
  ],
);

/** The answers of a text poll's vote: a JSON array of the tidied answers (text, as on SQLite: read whole). */
export const textAnswers = pgTable("text_answers", {
  voteId: integer("vote_id")
    .primaryKey()
    .references(() => votes.id, { onDelete: "cascade" }),
  answers: text("answers").notNull(),
});

/** A moderator's mark on a word group of a text poll: "hidden" or "approved", by the group's key. */
export const wordMarks = pgTable(
  "word_marks",
  {
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    groupKey: text("group_key").notNull(),
    mark: text("mark", { enum: ["hidden", "approved"] }).notNull(),
    createdAt: millis("created_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.pollId, table.groupKey] })],
);

/** Audience Q&A: a question asked in an event. */
export const questions = pgTable(
  "questions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** The asker: never sent to anyone, only compared. */
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** NFKC-normalised and trimmed. */
    text: text("text").notNull(),
    name: text("name"),
    state: text("state", { enum: ["pending", "visible", "answered", "archived", "rejected"] }).notNull(),
    highlighted: boolean("highlighted").notNull().default(false),
    createdAt: millis("created_at").notNull(),
  },
  (table) => [
    index("questions_event_idx").on(table.eventId),
    index("questions_participant_idx").on(table.participantId),
  ],
);

/** One upvote per (question, participant); taking it back deletes the row. */
export const upvotes = pgTable(
  "upvotes",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    createdAt: millis("created_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.questionId, table.participantId] }),
    index("upvotes_participant_idx").on(table.participantId),
  ],
);
