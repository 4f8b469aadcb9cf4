CREATE TABLE "ballot_participation" (
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "ballot_participation_tenant_id_meeting_id_user_id_pk" PRIMARY KEY("tenant_id","meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"receipt_hash" text NOT NULL,
	CONSTRAINT "ballots_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"tenant_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"full_name" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	CONSTRAINT "council_members_tenant_id_council_id_user_id_pk" PRIMARY KEY("tenant_id","council_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"term_from" date NOT NULL,
	"term_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "councils_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "decision_items" (
	"tenant_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"award_record_id" uuid,
	"amount" bigint,
	"payable" bigint,
	"pay_note" text,
	"recover_amount" bigint,
	CONSTRAINT "decision_items_tenant_id_decision_id_nominee_id_pk" PRIMARY KEY("tenant_id","decision_id","nominee_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"external" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"symbol" text NOT NULL,
	"year" integer,
	"number" integer,
	"number_text" text,
	"decision_date" date,
	"issuer" text NOT NULL,
	"signer_user_id" uuid,
	"signer_name" text,
	"signer_title" text,
	"content" jsonb NOT NULL,
	"total_amount" bigint DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_at" timestamp with time zone,
	"revoked_on" date,
	"revoke_reason" text,
	CONSTRAINT "decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "decisions_number_uq" UNIQUE("tenant_id","org_id","symbol","year","number")
);
--> statement-breakpoint
CREATE TABLE "doc_registers" (
	"tenant_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"symbol" text NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "doc_registers_tenant_id_org_id_symbol_year_pk" PRIMARY KEY("tenant_id","org_id","symbol","year")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "meeting_attendance_tenant_id_meeting_id_user_id_pk" PRIMARY KEY("tenant_id","meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_items" (
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"threshold" jsonb NOT NULL,
	"yes" integer,
	"no" integer,
	"abstain" integer,
	"passed" boolean,
	CONSTRAINT "meeting_items_tenant_id_meeting_id_nominee_id_pk" PRIMARY KEY("tenant_id","meeting_id","nominee_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"status" text NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"present_count" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "nominees" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"org_id" uuid,
	"household_id" uuid,
	"subject_key" text NOT NULL,
	"display_name" text NOT NULL,
	"sort_key" text NOT NULL,
	"position_text" text,
	"award_code" text NOT NULL,
	"period" text NOT NULL,
	"track" text DEFAULT 'cong_trang' NOT NULL,
	"achievement" text DEFAULT '' NOT NULL,
	"verdict" jsonb,
	"verdict_eligible" boolean,
	"status" text NOT NULL,
	"office_reason" text,
	"override_reason" text,
	"active" boolean DEFAULT false NOT NULL,
	"amount" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominees_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "notice_feedback" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"notice_id" uuid NOT NULL,
	"nominee_id" uuid,
	"tracking_code" text NOT NULL,
	"kind" text NOT NULL,
	"sender_name" text NOT NULL,
	"contact" text,
	"content" text NOT NULL,
	"status" text NOT NULL,
	"resolution" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"pending_matter_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_feedback_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "notice_feedback_code_uq" UNIQUE("tenant_id","tracking_code")
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"published_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"entries" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notices_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "notices_slug_uq" UNIQUE("tenant_id","slug")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	CONSTRAINT "notifications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"complete_on" date,
	"return_reason" text,
	"submissions" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "proposals_round_org_uq" UNIQUE("tenant_id","round_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "recusals" (
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"nominee_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "recusals_tenant_id_meeting_id_nominee_id_user_id_pk" PRIMARY KEY("tenant_id","meeting_id","nominee_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "round_invitations" (
	"tenant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	CONSTRAINT "round_invitations_tenant_id_round_id_org_id_pk" PRIMARY KEY("tenant_id","round_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"award_codes" text[] NOT NULL,
	"opens_on" date NOT NULL,
	"submit_by" date NOT NULL,
	"decision_by" date NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rounds_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "award_records" ADD COLUMN "decision_id" uuid;--> statement-breakpoint
ALTER TABLE "award_records" ADD COLUMN "revoked_on" date;--> statement-breakpoint
ALTER TABLE "award_records" ADD COLUMN "revoke_reason" text;--> statement-breakpoint
ALTER TABLE "ballot_participation" ADD CONSTRAINT "ballot_participation_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_fk" FOREIGN KEY ("tenant_id","council_id") REFERENCES "public"."councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_decision_fk" FOREIGN KEY ("tenant_id","decision_id") REFERENCES "public"."decisions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_nominee_fk" FOREIGN KEY ("tenant_id","nominee_id") REFERENCES "public"."nominees"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_round_fk" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."rounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_registers" ADD CONSTRAINT "doc_registers_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_user_fk" FOREIGN KEY ("tenant_id","uploaded_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_nominee_fk" FOREIGN KEY ("tenant_id","nominee_id") REFERENCES "public"."nominees"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_round_fk" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."rounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_council_fk" FOREIGN KEY ("tenant_id","council_id") REFERENCES "public"."councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominees" ADD CONSTRAINT "nominees_proposal_fk" FOREIGN KEY ("tenant_id","proposal_id") REFERENCES "public"."proposals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominees" ADD CONSTRAINT "nominees_round_fk" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."rounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominees" ADD CONSTRAINT "nominees_person_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."people"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominees" ADD CONSTRAINT "nominees_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominees" ADD CONSTRAINT "nominees_household_fk" FOREIGN KEY ("tenant_id","household_id") REFERENCES "public"."households"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_feedback" ADD CONSTRAINT "notice_feedback_notice_fk" FOREIGN KEY ("tenant_id","notice_id") REFERENCES "public"."notices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_round_fk" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."rounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_round_fk" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."rounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_user_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusals" ADD CONSTRAINT "recusals_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_invitations" ADD CONSTRAINT "round_invitations_round_fk" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."rounds"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_invitations" ADD CONSTRAINT "round_invitations_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_user_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ballots_receipt_idx" ON "ballots" USING btree ("tenant_id","meeting_id","receipt_hash");--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("tenant_id","owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "nominees_proposal_idx" ON "nominees" USING btree ("tenant_id","proposal_id");--> statement-breakpoint
CREATE INDEX "nominees_round_idx" ON "nominees" USING btree ("tenant_id","round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nominees_active_slot_uq" ON "nominees" USING btree ("tenant_id","subject_key","award_code","period") WHERE active;--> statement-breakpoint
CREATE INDEX "nominees_slot_idx" ON "nominees" USING btree ("tenant_id","subject_key","award_code","period");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("tenant_id","user_id","created_at");