CREATE TABLE "events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"title" text NOT NULL,
	"locale" text NOT NULL,
	"moderator_key_hash" text NOT NULL,
	"access_code" text,
	"created_at" bigint NOT NULL,
	"screen" text DEFAULT 'join' NOT NULL,
	"screen_poll_id" integer,
	"qa_enabled" boolean DEFAULT false NOT NULL,
	"qa_moderation" text DEFAULT 'post' NOT NULL,
	"qa_names" boolean DEFAULT true NOT NULL,
	"qa_blocked_words" text DEFAULT '[]' NOT NULL,
	"qa_moderator_key_hash" text,
	CONSTRAINT "events_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "options" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "options_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"poll_id" integer NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"token_hash" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "participants_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "polls_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"question" text NOT NULL,
	"state" text NOT NULL,
	"results_visibility" text NOT NULL,
	"min_selections" integer,
	"max_selections" integer,
	"scale" integer,
	"max_answers" integer,
	"max_length" integer,
	"moderation" text,
	"stop_words" boolean,
	"created_at" bigint NOT NULL,
	"opened_at" bigint,
	"closed_at" bigint,
	"translations" jsonb,
	CONSTRAINT "polls_type_check" CHECK ("polls"."type" in ('choice', 'rating', 'text'))
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"text" text NOT NULL,
	"name" text,
	"state" text NOT NULL,
	"highlighted" boolean DEFAULT false NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_answers" (
	"vote_id" integer PRIMARY KEY NOT NULL,
	"answers" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upvotes" (
	"question_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "upvotes_question_id_participant_id_pk" PRIMARY KEY("question_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "votes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"poll_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"value" integer NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "word_marks" (
	"poll_id" integer NOT NULL,
	"group_key" text NOT NULL,
	"mark" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "word_marks_poll_id_group_key_pk" PRIMARY KEY("poll_id","group_key")
);
--> statement-breakpoint
ALTER TABLE "options" ADD CONSTRAINT "options_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_answers" ADD CONSTRAINT "text_answers_vote_id_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."votes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upvotes" ADD CONSTRAINT "upvotes_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upvotes" ADD CONSTRAINT "upvotes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "word_marks" ADD CONSTRAINT "word_marks_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "options_poll_position_idx" ON "options" USING btree ("poll_id","position");--> statement-breakpoint
CREATE INDEX "polls_event_idx" ON "polls" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "questions_event_idx" ON "questions" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "questions_participant_idx" ON "questions" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "upvotes_participant_idx" ON "upvotes" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "votes_poll_participant_idx" ON "votes" USING btree ("poll_id","participant_id");--> statement-breakpoint
CREATE INDEX "votes_participant_idx" ON "votes" USING btree ("participant_id");