ALTER TABLE "jobs" ADD COLUMN "payload" jsonb;--> statement-breakpoint
-- Imports made before: their large rows move out of the small result that every poll reads.
UPDATE "jobs" SET
  "payload" = jsonb_strip_nulls(jsonb_build_object('values', "result" -> 'values', 'sheet', "result" -> 'sheet')),
  "result" = ("result" - 'values' - 'sheet') || jsonb_build_object(
    'valid', coalesce(jsonb_array_length("result" -> 'values'), 0),
    'preview', coalesce(jsonb_path_query_array("result", '$.values[0 to 19]'), '[]'::jsonb),
    'hasSheet', "result" ? 'sheet')
WHERE "kind" LIKE 'import.%' AND jsonb_typeof("result") = 'object' AND ("result" ? 'values' OR "result" ? 'sheet');
