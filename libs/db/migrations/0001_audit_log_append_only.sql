-- Custom SQL migration file, put your code below! --
-- The audit log is append-only: a trigger rejects UPDATE and DELETE, for every role.
-- (Someone with superuser rights can still disable it; the hash chain then names the row.)
CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% rejected)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change();
