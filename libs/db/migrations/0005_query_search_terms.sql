CREATE TABLE "subject_search_terms" (
	"subject_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"term" text NOT NULL,
	"batch_id" uuid,
	CONSTRAINT "subject_search_terms_subjectId_kind_term_batchId_unique" UNIQUE NULLS NOT DISTINCT("subject_id","kind","term","batch_id")
);
--> statement-breakpoint
CREATE INDEX "subject_search_terms_prefix_idx" ON "subject_search_terms" USING btree ("kind","term" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "subject_search_terms_address_trgm_idx" ON "subject_search_terms" USING gin ("term" gin_trgm_ops) WHERE kind = 'address';--> statement-breakpoint
CREATE INDEX "subject_search_terms_batch_id_index" ON "subject_search_terms" USING btree ("batch_id");