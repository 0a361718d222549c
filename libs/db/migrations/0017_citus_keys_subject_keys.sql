-- Citus keys, step 3 of 3: every subject gets its identity row, which from now on keeps
-- one subject per type and key (the unique index on subjects is gone in step 2).
INSERT INTO "subject_keys" ("type", "key", "subject_id") SELECT "type", "key", "id" FROM "subjects";
