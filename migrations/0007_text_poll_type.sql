PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_polls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`position` integer NOT NULL,
	`type` text NOT NULL,
	`question` text NOT NULL,
	`state` text NOT NULL,
	`results_visibility` text NOT NULL,
	`min_selections` integer,
	`max_selections` integer,
	`scale` integer,
	`max_answers` integer,
	`max_length` integer,
	`moderation` text,
	`created_at` integer NOT NULL,
	`opened_at` integer,
	`closed_at` integer,
	`translations` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "polls_type_check" CHECK("__new_polls"."type" in ('choice', 'rating', 'text'))
);
--> statement-breakpoint
INSERT INTO `__new_polls`("id", "event_id", "position", "type", "question", "state", "results_visibility", "min_selections", "max_selections", "scale", "max_answers", "max_length", "moderation", "created_at", "opened_at", "closed_at", "translations") SELECT "id", "event_id", "position", "type", "question", "state", "results_visibility", "min_selections", "max_selections", "scale", "max_answers", "max_length", "moderation", "created_at", "opened_at", "closed_at", "translations" FROM `polls`;--> statement-breakpoint
DROP TABLE `polls`;--> statement-breakpoint
ALTER TABLE `__new_polls` RENAME TO `polls`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `polls_event_idx` ON `polls` (`event_id`,`position`);