-- A plan task may also be linked to a conference (hội nghị sơ kết, tổng kết, the cluster's).
ALTER TABLE "plan_task_links" DROP CONSTRAINT "plan_task_links_kind_ck";--> statement-breakpoint
ALTER TABLE "plan_task_links" ADD CONSTRAINT "plan_task_links_kind_ck" CHECK ("kind" IN ('movement', 'round', 'report', 'inspection', 'training', 'conference', 'article'));
