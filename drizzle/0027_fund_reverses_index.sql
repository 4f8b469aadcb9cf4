DROP INDEX "fund_entries_reverses_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "fund_entries_reverses_uq" ON "fund_entries" USING btree ("tenant_id","reverses_id");