ALTER TABLE `events` ADD `screen` text DEFAULT 'join' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `screen_poll_id` integer;