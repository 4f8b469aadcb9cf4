CREATE TABLE "ballot_boxes" (
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"generation" integer NOT NULL,
	"sealed" "bytea" NOT NULL,
	CONSTRAINT "ballot_boxes_tenant_id_meeting_id_pk" PRIMARY KEY("tenant_id","meeting_id")
);
--> statement-breakpoint
ALTER TABLE "ballot_boxes" ADD CONSTRAINT "ballot_boxes_meeting_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;