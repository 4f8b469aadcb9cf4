CREATE TABLE "petitions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"tracking_code" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"sender_name" text,
	"sender_address" text,
	"contact" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"subject_text" text,
	"nominee_id" uuid,
	"award_record_id" uuid,
	"second_round" boolean DEFAULT false NOT NULL,
	"complexity" text DEFAULT 'normal' NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"extensions" smallint DEFAULT 0 NOT NULL,
	"received_on" date NOT NULL,
	"accepted_on" date,
	"due_date" date NOT NULL,
	"assignee_id" uuid,
	"duplicate_of_id" uuid,
	"reject_reason" text,
	"answer_no" text,
	"answer" text,
	"closed_on" date,
	"closed_by" uuid,
	"pending_matter_id" uuid,
	"notice_feedback_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petitions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "petitions_code_uq" UNIQUE("tenant_id","tracking_code")
);
--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_nominee_fk" FOREIGN KEY ("tenant_id","nominee_id") REFERENCES "public"."nominees"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_award_fk" FOREIGN KEY ("tenant_id","award_record_id") REFERENCES "public"."award_records"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_pending_fk" FOREIGN KEY ("tenant_id","pending_matter_id") REFERENCES "public"."pending_matters"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_feedback_fk" FOREIGN KEY ("tenant_id","notice_feedback_id") REFERENCES "public"."notice_feedback"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petitions_code_idx" ON "petitions" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "petitions_org_idx" ON "petitions" USING btree ("tenant_id","org_id","received_on");--> statement-breakpoint
CREATE INDEX "petitions_due_idx" ON "petitions" USING btree ("tenant_id","status","due_date");--> statement-breakpoint
CREATE INDEX "petitions_nominee_idx" ON "petitions" USING btree ("tenant_id","nominee_id");--> statement-breakpoint
CREATE INDEX "petitions_award_idx" ON "petitions" USING btree ("tenant_id","award_record_id");--> statement-breakpoint
CREATE INDEX "petitions_pending_idx" ON "petitions" USING btree ("tenant_id","pending_matter_id");--> statement-breakpoint
CREATE INDEX "petitions_feedback_idx" ON "petitions" USING btree ("tenant_id","notice_feedback_id");