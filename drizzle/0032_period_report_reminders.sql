CREATE TABLE "period_report_reminders" (
	"tenant_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"reminded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "period_report_reminders_tenant_id_org_id_year_kind_due_date_pk" PRIMARY KEY("tenant_id","org_id","year","kind","due_date")
);
--> statement-breakpoint
ALTER TABLE "period_report_reminders" ADD CONSTRAINT "period_report_reminders_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;