CREATE TABLE "plan_task_notes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_task_notes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"quarter" text NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"lead_org_id" uuid,
	"partners" text[] NOT NULL,
	"due" date,
	"owner_id" uuid,
	"status" text NOT NULL,
	"overdue_notified_for" date,
	"overdue_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_tasks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"issuer_lines" jsonb NOT NULL,
	"number" text,
	"symbol" text DEFAULT 'KH-UBND' NOT NULL,
	"place" text NOT NULL,
	"issued_on" date,
	"pending_month" integer,
	"bases" jsonb NOT NULL,
	"intro" text,
	"sections" jsonb NOT NULL,
	"closing" text,
	"recipients" jsonb NOT NULL,
	"signer_lines" jsonb NOT NULL,
	"signer_name" text DEFAULT '' NOT NULL,
	"archive" jsonb NOT NULL,
	"task_placement" text DEFAULT 'body' NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "plans_org_year_uq" UNIQUE("tenant_id","org_id","year")
);
--> statement-breakpoint
ALTER TABLE "plan_task_notes" ADD CONSTRAINT "plan_task_notes_task_fk" FOREIGN KEY ("tenant_id","task_id") REFERENCES "public"."plan_tasks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_notes" ADD CONSTRAINT "plan_task_notes_user_fk" FOREIGN KEY ("tenant_id","author_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_lead_org_fk" FOREIGN KEY ("tenant_id","lead_org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_owner_fk" FOREIGN KEY ("tenant_id","owner_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_user_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_task_notes_task_idx" ON "plan_task_notes" USING btree ("tenant_id","task_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_idx" ON "plan_tasks" USING btree ("tenant_id","plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_tasks_due_idx" ON "plan_tasks" USING btree ("tenant_id","status","due");