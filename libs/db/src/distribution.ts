// How the schema distributes on Citus (docs/SCALING.md explains each choice; keep the two in
// step). Every table, view and materialized view of the public schema is classified here, so a
// new one forces a decision; a test on the migrated schema checks that every primary key and
// unique index of a distributed table includes its distribution column, except the exceptions
// listed below, exactly (none today: keep the lists, so a key that must wait for a redesign is
// written down rather than slipped in).

export type Placement =
  /** Sharded by `column`; tables with the same `colocation` share shard placement, so joins on that column stay on one node. */
  | { kind: 'distributed'; column: string; colocation: 'subject' | 'key' | 'batch' | 'ticket' }
  /** Small, read by joins everywhere: a full copy on every node. */
  | { kind: 'reference' }
  /** Kept on the coordinator: small OLTP tables and serial structures (the audit hash chain). */
  | { kind: 'coordinator' };

export const CITUS_PLACEMENT: Record<string, Placement> = {
  // The library: co-located by subject, as relational query and the warning models read it.
  subjects: { kind: 'distributed', column: 'id', colocation: 'subject' },
  records: { kind: 'distributed', column: 'subject_id', colocation: 'subject' },
  record_subjects: { kind: 'distributed', column: 'subject_id', colocation: 'subject' },
  relations: { kind: 'distributed', column: 'from_subject_id', colocation: 'subject' },
  subject_search_terms: { kind: 'distributed', column: 'subject_id', colocation: 'subject' },
  // Identity: one subject per type and key, found by key (the resolver, identifier search).
  subject_keys: { kind: 'distributed', column: 'key', colocation: 'key' },
  // Per-delivery rows, read and removed one batch at a time.
  rejects: { kind: 'distributed', column: 'batch_id', colocation: 'batch' },
  staged_rows: { kind: 'distributed', column: 'batch_id', colocation: 'batch' },
  // Analysis facts of 12345 tickets: aggregated across all shards.
  analysis_ticket_facts: { kind: 'distributed', column: 'record_id', colocation: 'ticket' },

  // Joined by every read of the library (the visibility filter joins batches) or by the catalogue.
  batches: { kind: 'reference' },
  departments: { kind: 'reference' },
  users: { kind: 'reference' },
  datasets: { kind: 'reference' },
  responsibilities: { kind: 'reference' },
  column_mappings: { kind: 'reference' },
  warning_models: { kind: 'reference' },
  warning_model_versions: { kind: 'reference' },

  // Bounded by what people review and do, not by the feeds.
  warnings: { kind: 'coordinator' },
  warning_evidence: { kind: 'coordinator' },
  model_runs: { kind: 'coordinator' },
  match_reviews: { kind: 'coordinator' },
  cases: { kind: 'coordinator' },
  case_events: { kind: 'coordinator' },
  case_attachments: { kind: 'coordinator' },
  case_rounds: { kind: 'coordinator' },
  webhooks: { kind: 'coordinator' },
  webhook_deliveries: { kind: 'coordinator' },
  notifications: { kind: 'coordinator' },
  sessions: { kind: 'coordinator' },
  audit_log: { kind: 'coordinator' },
  analysis_ticket_daily: { kind: 'coordinator' },
  __drizzle_migrations: { kind: 'coordinator' },
};

/**
 * Keys of distributed tables that do not include the distribution column: each would need a
 * redesign (docs/SCALING.md, "How the keys follow the rules"), not a rename. Listed by index
 * name, exactly.
 */
export const CITUS_KEY_EXCEPTIONS: Record<string, string> = {};

/** Citus refuses a row whose distribution column is NULL; columns listed here could still be NULL. */
export const CITUS_NULLABLE_EXCEPTIONS: Record<string, string> = {};
