CREATE INDEX "councils_term_idx" ON "councils" USING btree ("tenant_id","term_from");--> statement-breakpoint
CREATE INDEX "decisions_status_created_idx" ON "decisions" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "meetings_held_idx" ON "meetings" USING btree ("tenant_id","held_on","created_at");--> statement-breakpoint
CREATE INDEX "rounds_decision_by_idx" ON "rounds" USING btree ("tenant_id","decision_by");