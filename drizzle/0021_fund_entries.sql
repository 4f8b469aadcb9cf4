CREATE TABLE "fund_entries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"description" text NOT NULL,
	"document" text,
	"decision_id" uuid,
	"handled_by" text,
	"reverses_id" uuid,
	"reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_entries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_org_fk" FOREIGN KEY ("tenant_id","org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_decision_fk" FOREIGN KEY ("tenant_id","decision_id") REFERENCES "public"."decisions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_reverses_fk" FOREIGN KEY ("tenant_id","reverses_id") REFERENCES "public"."fund_entries"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fund_entries_org_date_idx" ON "fund_entries" USING btree ("tenant_id","org_id","entry_date");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_entries_reverses_uq" ON "fund_entries" USING btree ("tenant_id","reverses_id") WHERE reverses_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "fund_entries_decision_idx" ON "fund_entries" USING btree ("tenant_id","decision_id");--> statement-breakpoint
-- Fund entries are never changed nor deleted (a correction is a reversing entry): the database
-- refuses it too, as it does for the audit log.
CREATE OR REPLACE FUNCTION fund_entries_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'fund_entries is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER fund_entries_no_update BEFORE UPDATE ON fund_entries FOR EACH ROW EXECUTE FUNCTION fund_entries_refuse_change();
--> statement-breakpoint
CREATE TRIGGER fund_entries_no_delete BEFORE DELETE ON fund_entries FOR EACH ROW EXECUTE FUNCTION fund_entries_refuse_change();
