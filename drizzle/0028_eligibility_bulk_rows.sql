CREATE TABLE "eligibility_bulk_rows" (
	"tenant_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"grp" text NOT NULL,
	"seq" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "eligibility_bulk_rows_tenant_id_job_id_grp_seq_pk" PRIMARY KEY("tenant_id","job_id","grp","seq")
);
--> statement-breakpoint
ALTER TABLE "eligibility_bulk_rows" ADD CONSTRAINT "eligibility_bulk_rows_job_fk" FOREIGN KEY ("tenant_id","job_id") REFERENCES "public"."jobs"("tenant_id","id") ON DELETE no action ON UPDATE no action;