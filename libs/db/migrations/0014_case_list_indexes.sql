CREATE INDEX "cases_created_at_index" ON "cases" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cases_due_at_index" ON "cases" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "cases_updated_at_index" ON "cases" USING btree ("updated_at");