CREATE TABLE "covenant_signatures" (
	"tenant_id" uuid NOT NULL,
	"covenant_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"position" text NOT NULL,
	"signed_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	CONSTRAINT "covenant_signatures_tenant_id_covenant_id_org_id_pk" PRIMARY KEY("tenant_id","covenant_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "covenants" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"targets" jsonb NOT NULL,
	"implementation" jsonb NOT NULL,
	"bases" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "covenants_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "covenants_cluster_year_uq" UNIQUE("tenant_id","cluster_id","year")
);
--> statement-breakpoint
CREATE TABLE "initiative_applications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"applied_from" date,
	"scope" text NOT NULL,
	"status" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"rule" jsonb NOT NULL,
	"result" jsonb,
	"decision_no" text,
	"decided_on" date,
	"initiative_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_applications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "initiative_assessments" (
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"recused" boolean NOT NULL,
	"recusal_reason" text,
	"scores" jsonb NOT NULL,
	"vote" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "initiative_assessments_tenant_id_application_id_user_id_pk" PRIMARY KEY("tenant_id","application_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_council_members" (
	"tenant_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "initiative_council_members_tenant_id_council_id_user_id_pk" PRIMARY KEY("tenant_id","council_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_councils" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_councils_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "initiative_councils_org_year_uq" UNIQUE("tenant_id","org_id","year")
);
--> statement-breakpoint
CREATE TABLE "score_changes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"from_points" text,
	"to_points" text NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "score_changes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"tenant_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"self_entries" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_entries" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_sheets_tenant_id_table_id_org_id_pk" PRIMARY KEY("tenant_id","table_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "score_tables" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"table" jsonb NOT NULL,
	"tie_breaks" jsonb NOT NULL,
	"status" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"result" jsonb,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_tables_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "score_tables_cluster_year_uq" UNIQUE("tenant_id","cluster_id","year")
);
--> statement-breakpoint
ALTER TABLE "covenant_signatures" ADD CONSTRAINT "covenant_signatures_covenant_fk" FOREIGN KEY ("tenant_id","covenant_id") REFERENCES "public"."covenants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_signatures" ADD CONSTRAINT "covenant_signatures_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenants" ADD CONSTRAINT "covenants_cluster_fk" FOREIGN KEY ("tenant_id","cluster_id") REFERENCES "public"."clusters"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_applications" ADD CONSTRAINT "initiative_applications_person_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."people"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_applications" ADD CONSTRAINT "initiative_applications_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_applications" ADD CONSTRAINT "initiative_applications_council_fk" FOREIGN KEY ("tenant_id","council_id") REFERENCES "public"."initiative_councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_assessments" ADD CONSTRAINT "initiative_assessments_app_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."initiative_applications"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_assessments" ADD CONSTRAINT "initiative_assessments_user_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_council_members" ADD CONSTRAINT "initiative_council_members_council_fk" FOREIGN KEY ("tenant_id","council_id") REFERENCES "public"."initiative_councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_council_members" ADD CONSTRAINT "initiative_council_members_user_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_councils" ADD CONSTRAINT "initiative_councils_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_changes" ADD CONSTRAINT "score_changes_table_fk" FOREIGN KEY ("tenant_id","table_id") REFERENCES "public"."score_tables"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_table_fk" FOREIGN KEY ("tenant_id","table_id") REFERENCES "public"."score_tables"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_tables" ADD CONSTRAINT "score_tables_cluster_fk" FOREIGN KEY ("tenant_id","cluster_id") REFERENCES "public"."clusters"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "score_changes_sheet_idx" ON "score_changes" USING btree ("tenant_id","table_id","org_id");