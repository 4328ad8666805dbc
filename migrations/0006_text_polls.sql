CREATE TABLE `text_answers` (
	`vote_id` integer PRIMARY KEY NOT NULL,
	`answers` text NOT NULL,
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `word_marks` (
	`poll_id` integer NOT NULL,
	`group_key` text NOT NULL,
	`mark` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`poll_id`, `group_key`),
	FOREIGN KEY (`poll_id`) REFERENCES `polls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `polls` ADD `max_answers` integer;--> statement-breakpoint
ALTER TABLE `polls` ADD `max_length` integer;--> statement-breakpoint
ALTER TABLE `polls` ADD `moderation` text;