-- A case's history is never rewritten: a trigger rejects UPDATE and DELETE on case_events.
CREATE OR REPLACE FUNCTION case_events_reject_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only (% rejected)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER case_events_append_only
  BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_reject_change();
--> statement-breakpoint
-- Case numbers (AJ2026-000123) count up across the years.
CREATE SEQUENCE IF NOT EXISTS case_no_seq;
