ALTER TABLE "audit_log" ADD COLUMN "chain_version" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Rows already in the log keep version 1 (unkeyed SHA-256): they are never rewritten. At the first
-- start with a key, the server records each tenant's last version-1 row in the signed anchor file
-- (see src/features/audit/README.md); every row written from then on is version 2 (HMAC).
COMMENT ON COLUMN "audit_log"."chain_version" IS '1 = unkeyed SHA-256 (legacy), 2 = HMAC-SHA256 under the audit key';
