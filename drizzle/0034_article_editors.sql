ALTER TABLE "articles" ADD COLUMN "editor_ids" uuid[];--> statement-breakpoint
UPDATE "articles" SET "editor_ids" = ARRAY["created_by"];--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "editor_ids" SET NOT NULL;
