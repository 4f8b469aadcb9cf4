CREATE TABLE "articles" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"slug" text NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_html" text NOT NULL,
	"status" text NOT NULL,
	"movement_id" uuid,
	"model_id" uuid,
	"decision_no" text,
	"cover_file_id" uuid,
	"cover_alt" text,
	"published_at" timestamp with time zone,
	"search_key" text NOT NULL,
	"created_by" uuid NOT NULL,
	"reviewed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "articles_slug_uq" UNIQUE("tenant_id","slug")
);
--> statement-breakpoint
CREATE TABLE "exemplary_models" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid,
	"org_id" uuid,
	"household_id" uuid,
	"name" text NOT NULL,
	"unit_name" text,
	"area_org_id" uuid NOT NULL,
	"field" text NOT NULL,
	"headline" text NOT NULL,
	"story" text NOT NULL,
	"origin" text NOT NULL,
	"proposed_by_org_id" uuid,
	"fostering" jsonb,
	"status" text NOT NULL,
	"published_at" timestamp with time zone,
	"search_key" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exemplary_models_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "exemplary_models_slug_uq" UNIQUE("tenant_id","slug")
);
--> statement-breakpoint
CREATE TABLE "legal_documents" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"issued_on" date NOT NULL,
	"effective_on" date,
	"summary" text,
	"file_id" uuid,
	"published" boolean DEFAULT true NOT NULL,
	"search_key" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_documents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "model_achievements" (
	"tenant_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"award_record_id" uuid NOT NULL,
	CONSTRAINT "model_achievements_tenant_id_model_id_award_record_id_pk" PRIMARY KEY("tenant_id","model_id","award_record_id")
);
--> statement-breakpoint
CREATE TABLE "model_ceremonies" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"presented_by" text NOT NULL,
	"note" text,
	"photo_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_ceremonies_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "model_consents" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"given_by" text NOT NULL,
	"capacity" text NOT NULL,
	"given_on" date NOT NULL,
	"purposes" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdraw_note" text,
	CONSTRAINT "model_consents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "model_photos" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"alt" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_photos_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_area_fk" FOREIGN KEY ("tenant_id","area_org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_file_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_achievements" ADD CONSTRAINT "model_achievements_model_fk" FOREIGN KEY ("tenant_id","model_id") REFERENCES "public"."exemplary_models"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_achievements" ADD CONSTRAINT "model_achievements_award_fk" FOREIGN KEY ("tenant_id","award_record_id") REFERENCES "public"."award_records"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_ceremonies" ADD CONSTRAINT "model_ceremonies_model_fk" FOREIGN KEY ("tenant_id","model_id") REFERENCES "public"."exemplary_models"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_consents" ADD CONSTRAINT "model_consents_model_fk" FOREIGN KEY ("tenant_id","model_id") REFERENCES "public"."exemplary_models"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_photos" ADD CONSTRAINT "model_photos_model_fk" FOREIGN KEY ("tenant_id","model_id") REFERENCES "public"."exemplary_models"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_photos" ADD CONSTRAINT "model_photos_file_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_org_idx" ON "articles" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "exemplary_models_area_idx" ON "exemplary_models" USING btree ("tenant_id","area_org_id");--> statement-breakpoint
CREATE INDEX "exemplary_models_slug_idx" ON "exemplary_models" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "legal_documents_file_idx" ON "legal_documents" USING btree ("tenant_id","file_id");--> statement-breakpoint
CREATE INDEX "model_achievements_award_idx" ON "model_achievements" USING btree ("tenant_id","award_record_id");--> statement-breakpoint
CREATE INDEX "model_ceremonies_model_idx" ON "model_ceremonies" USING btree ("tenant_id","model_id");--> statement-breakpoint
CREATE INDEX "model_consents_model_idx" ON "model_consents" USING btree ("tenant_id","model_id");--> statement-breakpoint
CREATE INDEX "model_photos_model_idx" ON "model_photos" USING btree ("tenant_id","model_id");--> statement-breakpoint
CREATE INDEX "model_photos_file_idx" ON "model_photos" USING btree ("tenant_id","file_id");