ALTER TABLE "initiative_applications" drop column "search_key";--> statement-breakpoint
ALTER TABLE "initiative_applications" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(normalize(translate(regexp_replace(normalize(title, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐÆÐØÞĦĲĿŁŊŒŦ', 'ddæðøþħĳŀłŋœŧ'), NFC))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "movements" drop column "search_key";--> statement-breakpoint
ALTER TABLE "movements" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(normalize(translate(regexp_replace(normalize(theme, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐÆÐØÞĦĲĿŁŊŒŦ', 'ddæðøþħĳŀłŋœŧ'), NFC))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" drop column "search_key";--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(normalize(translate(regexp_replace(normalize(title, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐÆÐØÞĦĲĿŁŊŒŦ', 'ddæðøþħĳŀłŋœŧ'), NFC))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "petitions" drop column "search_key";--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(normalize(translate(regexp_replace(normalize(tracking_code || ' ' || coalesce(sender_name, '') || ' ' || title || ' ' || coalesce(subject_text, ''), NFD), '[\u0300-\u036f]', '', 'g'), 'đĐÆÐØÞĦĲĿŁŊŒŦ', 'ddæðøþħĳŀłŋœŧ'), NFC))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" drop column "search_key";--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(normalize(translate(regexp_replace(normalize(name, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐÆÐØÞĦĲĿŁŊŒŦ', 'ddæðøþħĳŀłŋœŧ'), NFC))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "users" drop column "search_key";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "search_key" text GENERATED ALWAYS AS (lower(normalize(translate(regexp_replace(normalize(username || ' ' || full_name, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐÆÐØÞĦĲĿŁŊŒŦ', 'ddæðøþħĳŀłŋœŧ'), NFC))) STORED NOT NULL;--> statement-breakpoint
-- Hand-written: dropping the columns dropped their trigram indexes; build them again.
CREATE INDEX "initiative_applications_search_trgm_idx" ON "initiative_applications" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "movements_search_trgm_idx" ON "movements" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notices_search_trgm_idx" ON "notices" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "petitions_search_trgm_idx" ON "petitions" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "rounds_search_trgm_idx" ON "rounds" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_search_trgm_idx" ON "users" USING gin ("search_key" gin_trgm_ops);
