ALTER TABLE "award_records" ADD COLUMN "subject_category" text;--> statement-breakpoint
ALTER TABLE "award_records" ADD COLUMN "subject_is_manager" boolean;--> statement-breakpoint
ALTER TABLE "award_records" ADD COLUMN "subject_org_id" uuid;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "tdkt_work" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "tdkt_office" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "education_level" text;--> statement-breakpoint
ALTER TABLE "award_records" ADD CONSTRAINT "award_records_subject_org_fk" FOREIGN KEY ("tenant_id","subject_org_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_records_subject_org_idx" ON "award_records" USING btree ("tenant_id","subject_org_id","decision_date");--> statement-breakpoint
-- Issue 11 point 2: an award record keeps the subject as it was when the award was recorded (an
-- individual's category and manager flag; the unit the subject belonged to), so a promotion or a
-- move does not rewrite past statistics. Writers may set the columns themselves; when they leave
-- them empty, this trigger fills them from the registry. An individual's unit is the membership
-- that covers the decision date (the home organisation first), else the current home organisation.
CREATE OR REPLACE FUNCTION award_records_snapshot() RETURNS trigger AS $$
BEGIN
  IF NEW.person_id IS NOT NULL THEN
    IF NEW.subject_category IS NULL OR NEW.subject_is_manager IS NULL THEN
      SELECT coalesce(NEW.subject_category, p.category), coalesce(NEW.subject_is_manager, p.is_manager)
        INTO NEW.subject_category, NEW.subject_is_manager
        FROM people p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.person_id;
    END IF;
    IF NEW.subject_org_id IS NULL THEN
      SELECT coalesce(
          (SELECT m.org_id FROM memberships m
            WHERE m.tenant_id = NEW.tenant_id AND m.person_id = NEW.person_id
              AND NEW.decision_date IS NOT NULL AND m.from_date <= NEW.decision_date
              AND (m.to_date IS NULL OR m.to_date >= NEW.decision_date)
            ORDER BY (m.org_id = p.org_id) DESC, m.from_date DESC LIMIT 1),
          p.org_id)
        INTO NEW.subject_org_id
        FROM people p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.person_id;
    END IF;
  ELSIF NEW.household_id IS NOT NULL THEN
    IF NEW.subject_org_id IS NULL THEN
      SELECT h.village_org_id INTO NEW.subject_org_id
        FROM households h WHERE h.tenant_id = NEW.tenant_id AND h.id = NEW.household_id;
    END IF;
  ELSIF NEW.subject_org_id IS NULL THEN
    NEW.subject_org_id := NEW.org_id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER award_records_snapshot BEFORE INSERT ON award_records FOR EACH ROW EXECUTE FUNCTION award_records_snapshot();
--> statement-breakpoint
-- Records that exist already: the best knowledge there is (today's category and manager flag;
-- the membership at the decision date).
UPDATE award_records ar SET
  subject_category = p.category,
  subject_is_manager = p.is_manager,
  subject_org_id = coalesce(
    (SELECT m.org_id FROM memberships m
      WHERE m.tenant_id = ar.tenant_id AND m.person_id = ar.person_id
        AND ar.decision_date IS NOT NULL AND m.from_date <= ar.decision_date
        AND (m.to_date IS NULL OR m.to_date >= ar.decision_date)
      ORDER BY (m.org_id = p.org_id) DESC, m.from_date DESC LIMIT 1),
    p.org_id)
  FROM people p WHERE p.tenant_id = ar.tenant_id AND p.id = ar.person_id;
--> statement-breakpoint
UPDATE award_records ar SET subject_org_id = h.village_org_id
  FROM households h WHERE h.tenant_id = ar.tenant_id AND h.id = ar.household_id;
--> statement-breakpoint
UPDATE award_records SET subject_org_id = org_id WHERE org_id IS NOT NULL;
