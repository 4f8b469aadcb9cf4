CREATE TABLE "movement_participants" (
	"tenant_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	CONSTRAINT "movement_participants_tenant_id_movement_id_org_id_pk" PRIMARY KEY("tenant_id","movement_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "movement_reports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"summary" text NOT NULL,
	"results" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_reports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"theme" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"purposes" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"awards" jsonb NOT NULL,
	"mid_review_by" date,
	"final_review_by" date,
	"status" text NOT NULL,
	"mid_review" jsonb,
	"final_review" jsonb,
	"round_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "registration_calls" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"period" text NOT NULL,
	"award_codes" text[] NOT NULL,
	"deadline" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_calls_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "registration_calls_org_period_uq" UNIQUE("tenant_id","org_id","period")
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"unit_org_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"org_id" uuid,
	"household_id" uuid,
	"subject_key" text NOT NULL,
	"display_name" text NOT NULL,
	"award_code" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "registrations_subject_uq" UNIQUE("tenant_id","call_id","subject_key","award_code")
);
--> statement-breakpoint
ALTER TABLE "movement_participants" ADD CONSTRAINT "movement_participants_movement_fk" FOREIGN KEY ("tenant_id","movement_id") REFERENCES "public"."movements"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_participants" ADD CONSTRAINT "movement_participants_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_reports" ADD CONSTRAINT "movement_reports_participant_fk" FOREIGN KEY ("tenant_id","movement_id","org_id") REFERENCES "public"."movement_participants"("tenant_id","movement_id","org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_calls" ADD CONSTRAINT "registration_calls_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_call_fk" FOREIGN KEY ("tenant_id","call_id") REFERENCES "public"."registration_calls"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_unit_fk" FOREIGN KEY ("tenant_id","unit_org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registrations_unit_idx" ON "registrations" USING btree ("tenant_id","call_id","unit_org_id");