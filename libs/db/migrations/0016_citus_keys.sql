CREATE TABLE "subject_keys" (
	"type" "subject_type" NOT NULL,
	"key" text NOT NULL,
	"subject_id" bigint NOT NULL,
	CONSTRAINT "subject_keys_type_key_pk" PRIMARY KEY("type","key")
);
--> statement-breakpoint
DROP INDEX "records_subject_id_index";--> statement-breakpoint
DROP INDEX "records_batch_id_row_number_index";--> statement-breakpoint
DROP INDEX "subjects_type_key_index";--> statement-breakpoint
-- The old primary keys of "records" and "relations" were dropped in 0015: drizzle-kit cannot name them.
ALTER TABLE "records" ALTER COLUMN "subject_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_subject_id_id_pk" PRIMARY KEY("subject_id","id");--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_from_subject_id_id_pk" PRIMARY KEY("from_subject_id","id");--> statement-breakpoint
CREATE INDEX "records_id_index" ON "records" USING btree ("id");--> statement-breakpoint
CREATE INDEX "records_batch_id_row_number_index" ON "records" USING btree ("batch_id","row_number");--> statement-breakpoint
CREATE INDEX "subjects_type_key_index" ON "subjects" USING btree ("type","key");--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_main_subject_or_own_id" CHECK ("records"."subject_id" > 0 or "records"."subject_id" = -"records"."id");