ALTER TABLE "audit_log" ADD COLUMN "summary_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "actor_key" text DEFAULT '' NOT NULL;