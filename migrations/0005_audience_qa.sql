CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`text` text NOT NULL,
	`name` text,
	`state` text NOT NULL,
	`highlighted` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `questions_event_idx` ON `questions` (`event_id`);--> statement-breakpoint
CREATE INDEX `questions_participant_idx` ON `questions` (`participant_id`);--> statement-breakpoint
CREATE TABLE `upvotes` (
	`question_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`question_id`, `participant_id`),
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `upvotes_participant_idx` ON `upvotes` (`participant_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `qa_enabled` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `qa_moderation` text DEFAULT 'post' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `qa_names` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `qa_blocked_words` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `qa_moderator_key_hash` text;