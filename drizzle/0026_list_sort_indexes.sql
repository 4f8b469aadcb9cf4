CREATE INDEX "initiative_applications_created_idx" ON "initiative_applications" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "initiative_councils_year_idx" ON "initiative_councils" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "jobs_user_created_idx" ON "jobs" USING btree ("tenant_id","created_by","created_at");--> statement-breakpoint
CREATE INDEX "movements_from_idx" ON "movements" USING btree ("tenant_id","from_date");--> statement-breakpoint
CREATE INDEX "notices_created_idx" ON "notices" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "registration_calls_period_idx" ON "registration_calls" USING btree ("tenant_id","period");--> statement-breakpoint
CREATE INDEX "rounds_created_idx" ON "rounds" USING btree ("tenant_id","created_at");