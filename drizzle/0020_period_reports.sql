CREATE TABLE "period_report_versions" (
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"narrative" jsonb NOT NULL,
	"edited_by" uuid NOT NULL,
	"edited_at" timestamp with time zone NOT NULL,
	CONSTRAINT "period_report_versions_tenant_id_report_id_version_pk" PRIMARY KEY("tenant_id","report_id","version")
);
--> statement-breakpoint
CREATE TABLE "period_reports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"narrative" jsonb NOT NULL,
	"version" integer NOT NULL,
	"submitted_figures" jsonb,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "period_reports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "period_reports_org_year_kind_uq" UNIQUE("tenant_id","org_id","year","kind")
);
--> statement-breakpoint
ALTER TABLE "period_report_versions" ADD CONSTRAINT "period_report_versions_report_fk" FOREIGN KEY ("tenant_id","report_id") REFERENCES "public"."period_reports"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;