CREATE TABLE "conference_awards" (
	"tenant_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	CONSTRAINT "conference_awards_tenant_id_conference_id_decision_id_pk" PRIMARY KEY("tenant_id","conference_id","decision_id")
);
--> statement-breakpoint
CREATE TABLE "conference_invitees" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"org_id" uuid,
	"person_id" uuid,
	"name" text NOT NULL,
	"attended" boolean,
	CONSTRAINT "conference_invitees_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "conferences" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"status" text NOT NULL,
	"summary" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conferences_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "inspection_matters" (
	"tenant_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"pending_matter_id" uuid NOT NULL,
	CONSTRAINT "inspection_matters_tenant_id_inspection_id_pending_matter_id_pk" PRIMARY KEY("tenant_id","inspection_id","pending_matter_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_recommendations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"text" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text NOT NULL,
	"follow_up" text,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_recommendations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"target_org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"planned_from" date NOT NULL,
	"planned_to" date NOT NULL,
	"subject" text NOT NULL,
	"status" text NOT NULL,
	"team" jsonb NOT NULL,
	"held_on" date,
	"place" text,
	"findings" text,
	"unit_representative" text,
	"conclusion" text,
	"concluded_on" date,
	"closed_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"tenant_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attended" boolean,
	"certificate_no" integer,
	CONSTRAINT "training_participants_tenant_id_training_id_person_id_pk" PRIMARY KEY("tenant_id","training_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "training_units" (
	"tenant_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	CONSTRAINT "training_units_tenant_id_training_id_org_id_pk" PRIMARY KEY("tenant_id","training_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"place" text,
	"trainers" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "conference_awards" ADD CONSTRAINT "conference_awards_conference_fk" FOREIGN KEY ("tenant_id","conference_id") REFERENCES "public"."conferences"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_awards" ADD CONSTRAINT "conference_awards_decision_fk" FOREIGN KEY ("tenant_id","decision_id") REFERENCES "public"."decisions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_invitees" ADD CONSTRAINT "conference_invitees_conference_fk" FOREIGN KEY ("tenant_id","conference_id") REFERENCES "public"."conferences"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_invitees" ADD CONSTRAINT "conference_invitees_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_invitees" ADD CONSTRAINT "conference_invitees_person_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."people"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_matters" ADD CONSTRAINT "inspection_matters_inspection_fk" FOREIGN KEY ("tenant_id","inspection_id") REFERENCES "public"."inspections"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_matters" ADD CONSTRAINT "inspection_matters_matter_fk" FOREIGN KEY ("tenant_id","pending_matter_id") REFERENCES "public"."pending_matters"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recommendations" ADD CONSTRAINT "inspection_recs_inspection_fk" FOREIGN KEY ("tenant_id","inspection_id") REFERENCES "public"."inspections"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_target_fk" FOREIGN KEY ("tenant_id","target_org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_training_fk" FOREIGN KEY ("tenant_id","training_id") REFERENCES "public"."trainings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_person_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."people"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_units" ADD CONSTRAINT "training_units_training_fk" FOREIGN KEY ("tenant_id","training_id") REFERENCES "public"."trainings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_units" ADD CONSTRAINT "training_units_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conference_awards_decision_idx" ON "conference_awards" USING btree ("tenant_id","decision_id");--> statement-breakpoint
CREATE INDEX "conference_invitees_conference_idx" ON "conference_invitees" USING btree ("tenant_id","conference_id");--> statement-breakpoint
CREATE INDEX "conference_invitees_org_idx" ON "conference_invitees" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "conference_invitees_person_idx" ON "conference_invitees" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "conferences_org_date_idx" ON "conferences" USING btree ("tenant_id","org_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_matters_matter_idx" ON "inspection_matters" USING btree ("tenant_id","pending_matter_id");--> statement-breakpoint
CREATE INDEX "inspection_recs_inspection_idx" ON "inspection_recommendations" USING btree ("tenant_id","inspection_id");--> statement-breakpoint
CREATE INDEX "inspections_org_year_idx" ON "inspections" USING btree ("tenant_id","org_id","year");--> statement-breakpoint
CREATE INDEX "inspections_target_idx" ON "inspections" USING btree ("tenant_id","target_org_id","year");--> statement-breakpoint
CREATE INDEX "training_participants_person_idx" ON "training_participants" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "training_units_org_idx" ON "training_units" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "trainings_org_date_idx" ON "trainings" USING btree ("tenant_id","org_id","from_date");