-- Hand-written: the trigram operator class the search indexes below use (PostgreSQL contrib; PGlite loads it in src/db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "people_sort_idx";--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "cluster_members_org_idx" ON "cluster_members" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "clusters_organiser_idx" ON "clusters" USING btree ("tenant_id","organiser_org_id");--> statement-breakpoint
CREATE INDEX "council_members_user_idx" ON "council_members" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "councils_org_idx" ON "councils" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "covenant_signatures_org_idx" ON "covenant_signatures" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "decision_items_nominee_idx" ON "decision_items" USING btree ("tenant_id","nominee_id");--> statement-breakpoint
CREATE INDEX "decisions_round_idx" ON "decisions" USING btree ("tenant_id","round_id");--> statement-breakpoint
CREATE INDEX "households_head_idx" ON "households" USING btree ("tenant_id","head_person_id");--> statement-breakpoint
CREATE INDEX "households_sort_idx" ON "households" USING btree ("tenant_id",sort_key COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "households_search_trgm_idx" ON "households" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "initiative_applications_person_idx" ON "initiative_applications" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "initiative_applications_org_idx" ON "initiative_applications" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "initiative_applications_council_idx" ON "initiative_applications" USING btree ("tenant_id","council_id");--> statement-breakpoint
CREATE INDEX "initiative_assessments_user_idx" ON "initiative_assessments" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "initiative_council_members_user_idx" ON "initiative_council_members" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "jobs_user_idx" ON "jobs" USING btree ("tenant_id","created_by");--> statement-breakpoint
CREATE INDEX "meeting_items_nominee_idx" ON "meeting_items" USING btree ("tenant_id","nominee_id");--> statement-breakpoint
CREATE INDEX "meetings_round_idx" ON "meetings" USING btree ("tenant_id","round_id");--> statement-breakpoint
CREATE INDEX "meetings_council_idx" ON "meetings" USING btree ("tenant_id","council_id");--> statement-breakpoint
CREATE INDEX "movement_participants_org_idx" ON "movement_participants" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "movement_reports_participant_idx" ON "movement_reports" USING btree ("tenant_id","movement_id","org_id");--> statement-breakpoint
CREATE INDEX "movements_org_idx" ON "movements" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "nominees_person_idx" ON "nominees" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "nominees_org_idx" ON "nominees" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "nominees_household_idx" ON "nominees" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "notice_feedback_notice_idx" ON "notice_feedback" USING btree ("tenant_id","notice_id");--> statement-breakpoint
CREATE INDEX "notices_meeting_idx" ON "notices" USING btree ("tenant_id","meeting_id");--> statement-breakpoint
CREATE INDEX "org_links_to_idx" ON "org_links" USING btree ("tenant_id","to_org_id");--> statement-breakpoint
CREATE INDEX "organisations_search_trgm_idx" ON "organisations" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pending_person_idx" ON "pending_matters" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "pending_org_idx" ON "pending_matters" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "pending_household_idx" ON "pending_matters" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plan_tasks_lead_org_idx" ON "plan_tasks" USING btree ("tenant_id","lead_org_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_owner_idx" ON "plan_tasks" USING btree ("tenant_id","owner_id");--> statement-breakpoint
CREATE INDEX "proposals_org_idx" ON "proposals" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "registrations_unit_fk_idx" ON "registrations" USING btree ("tenant_id","unit_org_id");--> statement-breakpoint
CREATE INDEX "role_grants_org_idx" ON "role_grants" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "round_invitations_org_idx" ON "round_invitations" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "rounds_org_idx" ON "rounds" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "score_sheets_org_idx" ON "score_sheets" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "users_person_idx" ON "users" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "verdict_overrides_person_idx" ON "verdict_overrides" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "verdict_overrides_org_idx" ON "verdict_overrides" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "verdict_overrides_household_idx" ON "verdict_overrides" USING btree ("tenant_id","household_id");--> statement-breakpoint
CREATE INDEX "people_sort_idx" ON "people" USING btree ("tenant_id",sort_key COLLATE "C","id");