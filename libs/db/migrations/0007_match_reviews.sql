CREATE TYPE "public"."match_review_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "match_reviews" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"record_id" bigint NOT NULL,
	"batch_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"dataset_code" text NOT NULL,
	"role" text NOT NULL,
	"candidate_subject_id" bigint NOT NULL,
	"score" smallint NOT NULL,
	"reasons" text[] NOT NULL,
	"status" "match_review_status" DEFAULT 'pending' NOT NULL,
	"reviewed_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_reviews_recordId_role_candidateSubjectId_unique" UNIQUE("record_id","role","candidate_subject_id")
);
--> statement-breakpoint
ALTER TABLE "record_subjects" ADD COLUMN "match_score" smallint;--> statement-breakpoint
ALTER TABLE "match_reviews" ADD CONSTRAINT "match_reviews_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_reviews" ADD CONSTRAINT "match_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_reviews_status_department_id_index" ON "match_reviews" USING btree ("status","department_id");--> statement-breakpoint
CREATE INDEX "match_reviews_batch_id_index" ON "match_reviews" USING btree ("batch_id");