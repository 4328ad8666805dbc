// The database tables (drizzle). Migrations in migrations/ are generated from this file.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { LOCALES } from "../../shared/locales.js";
import type { PollTranslations } from "../../shared/poll.js";

// Times are milliseconds since the epoch; the API shows them as ISO strings.

export const events = sqliteTable("events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  title: text("title").notNull(),
  locale: text("locale", { enum: LOCALES }).notNull(),
  /** SHA-256 of the moderator key, hex; the key itself is never stored. */
  moderatorKeyHash: text("moderator_key_hash").notNull(),
  /** When set, voters must give this code to vote (against ballot stuffing from outside the room). */
  accessCode: text("access_code"),
  createdAt: integer("created_at").notNull(),
  /**
   * What the projector and the overlay show (shared/event.ts Screen): "join", "poll" (the poll
   * then in screen_poll_id) or "qa". No foreign key: the poll use cases keep it current in memory too.
   */
  screen: text("screen", { enum: ["join", "poll", "qa"] })
    .notNull()
    .default("join"),
  screenPollId: integer("screen_poll_id"),
  /** Audience Q&A settings (docs/api.md, "Q&A settings"). */
  qaEnabled: integer("qa_enabled", { mode: "boolean" }).notNull().default(false),
  qaModeration: text("qa_moderation", { enum: ["pre", "post"] })
    .notNull()
    .default("post"),
  qaNames: integer("qa_names", { mode: "boolean" }).notNull().default(true),
  /** JSON array of the words that send a question to the moderators' queue. */
  qaBlockedWords: text("qa_blocked_words").notNull().default("[]"),
  /** SHA-256 of the Q&A moderator key, hex; null until the moderator makes one. */
  qaModeratorKeyHash: text("qa_moderator_key_hash"),
});

export const polls = sqliteTable(
  "polls",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    type: text("type", { enum: ["choice", "rating", "text"] }).notNull(),
    question: text("question").notNull(),
    state: text("state", { enum: ["draft", "open", "closed"] }).notNull(),
    resultsVisibility: text("results_visibility", { enum: ["live", "closed", "hidden"] }).notNull(),
    /** Choice polls only (null for ratings). */
    minSelections: integer("min_selections"),
    maxSelections: integer("max_selections"),
    /** Rating polls only (null for choices). */
    scale: integer("scale"),
    /** Text polls only (null for the others): answers per vote, grapheme clusters per answer, "pre" or "post". */
    maxAnswers: integer("max_answers"),
    maxLength: integer("max_length"),
    moderation: text("moderation", { enum: ["post", "pre"] }),
    /** Text polls only: whether group keys leave out stop words (null for the others and older rows: no). */
    stopWords: integer("stop_words", { mode: "boolean" }),
    createdAt: integer("created_at").notNull(),
    openedAt: integer("opened_at"),
    closedAt: integer("closed_at"),
    /**
     * The question and option labels in other page languages, as JSON (shared/poll.ts); null when
     * there are none. Read and written whole, never queried, so a column beats a table of rows.
     */
    translations: text("translations", { mode: "json" }).$type<PollTranslations>(),
  },
  (table) => [
    index("polls_event_idx").on(table.eventId, table.position),
    check("polls_type_check", sql`${table.type} in ('choice', 'rating', 'text')`),
  ],
);

export const options = sqliteTable(
  "options",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    /** 0-based; bit `position` of a choice vote's value says whether this option was chosen. */
    position: integer("position").notNull(),
    label: text("label").notNull(),
  },
  (table) => [uniqueIndex("options_poll_position_idx").on(table.pollId, table.position)],
);

export const participants = sqliteTable("participants", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** SHA-256 of the participant token, hex. */
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: integer("created_at").notNull(),
});

export const votes = sqliteTable(
  "votes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** The ballot value: choice → bitmask of option positions, rating → the rating. */
    value: integer("value").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [
    uniqueIndex("votes_poll_participant_idx").on(table.pollId, table.participantId),
    // Deleting participants looks up their votes (the cascade, and "has no vote left");
    // without this index each lookup scans every vote.
    index("votes_participant_idx").on(table.participantId),
  ],
);

/**
 * The answers of a text poll's vote (its `votes` row holds their number): a JSON array of the
 * tidied answers. Keyed by the vote, so a reset, a deleted poll, participant or event takes them
 * along through the cascade.
 */
export const textAnswers = sqliteTable("text_answers", {
  voteId: integer("vote_id")
    .primaryKey()
    .references(() => votes.id, { onDelete: "cascade" }),
  answers: text("answers").notNull(),
});

/**
 * A moderator's mark on a word group of a text poll (docs/api.md, "Hiding and approving words"):
 * "hidden" or "approved", by the group's key (the answer as compared). Kept over a reset.
 */
export const wordMarks = sqliteTable(
  "word_marks",
  {
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    groupKey: text("group_key").notNull(),
    mark: text("mark", { enum: ["hidden", "approved"] }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.pollId, table.groupKey] })],
);

/** Audience Q&A: a question asked in an event; its upvotes are counted from `upvotes` on start. */
export const questions = sqliteTable(
  "questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** The asker: never sent to anyone, only compared (their own questions, duplicates). */
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** NFKC-normalised and trimmed. */
    text: text("text").notNull(),
    name: text("name"),
    state: text("state", { enum: ["pending", "visible", "answered", "archived", "rejected"] }).notNull(),
    highlighted: integer("highlighted", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    index("questions_event_idx").on(table.eventId),
    // Deleting participants asks whether they still asked anything (as for votes).
    index("questions_participant_idx").on(table.participantId),
  ],
);

/** One upvote per (question, participant); taking it back deletes the row. */
export const upvotes = sqliteTable(
  "upvotes",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    participantId: integer("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.questionId, table.participantId] }),
    index("upvotes_participant_idx").on(table.participantId),
  ],
);
