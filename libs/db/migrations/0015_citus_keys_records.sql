-- Citus keys, step 1 of 3 (docs/SCALING.md, "How the keys follow the rules"). The next,
-- generated migration makes records.subject_id NOT NULL and gives records and relations
-- primary keys led by their distribution column; it cannot name the keys it replaces, so they
-- are dropped here.
-- A record that names no main subject carries the negative of its own id (libs/db/src/main-subject.ts).
UPDATE "records" SET "subject_id" = -"id" WHERE "subject_id" IS NULL;--> statement-breakpoint
ALTER TABLE "records" DROP CONSTRAINT "records_pkey";--> statement-breakpoint
ALTER TABLE "relations" DROP CONSTRAINT "relations_pkey";
