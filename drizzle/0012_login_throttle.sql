CREATE TABLE "login_throttle" (
	"tenant_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"failures" integer NOT NULL,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "login_throttle_tenant_id_scope_username_ip_pk" PRIMARY KEY("tenant_id","scope","username","ip")
);
--> statement-breakpoint
DROP TABLE "login_failures" CASCADE;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_sign_in_ip" text;