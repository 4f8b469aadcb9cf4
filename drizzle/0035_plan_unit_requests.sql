CREATE TABLE "plan_unit_requests" (
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"late_notified_for" date,
	"late_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_unit_requests_tenant_id_plan_id_org_id_pk" PRIMARY KEY("tenant_id","plan_id","org_id")
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "parent_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "units_due" date;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_unit_requests" ADD CONSTRAINT "plan_unit_requests_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_unit_requests" ADD CONSTRAINT "plan_unit_requests_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_unit_requests_org_idx" ON "plan_unit_requests" USING btree ("tenant_id","org_id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_parent_fk" FOREIGN KEY ("tenant_id","parent_plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("tenant_id","parent_plan_id");