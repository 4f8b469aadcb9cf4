CREATE TABLE "plan_task_links" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_task_links_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "plan_task_links_uq" UNIQUE("tenant_id","task_id","kind","target_id")
);
--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD COLUMN "status_set_by_hand" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_task_links" ADD CONSTRAINT "plan_task_links_task_fk" FOREIGN KEY ("tenant_id","task_id") REFERENCES "public"."plan_tasks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_links" ADD CONSTRAINT "plan_task_links_user_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_task_links_target_idx" ON "plan_task_links" USING btree ("tenant_id","kind","target_id");--> statement-breakpoint
ALTER TABLE "plan_task_links" ADD CONSTRAINT "plan_task_links_kind_ck" CHECK ("kind" IN ('movement', 'round', 'report', 'inspection', 'training', 'article'));
