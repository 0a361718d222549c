CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"content_type" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"action" text,
	"from_status" text,
	"to_status" text,
	"actor_user_id" uuid,
	"actor_username" text,
	"reason" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"due_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_no" text NOT NULL,
	"source" text NOT NULL,
	"warning_id" uuid,
	"ticket_no" text,
	"ticket_record_id" bigint,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"model_code" text,
	"subject_type" text,
	"subject_key" text,
	"subject_name" text,
	"status" text DEFAULT 'new' NOT NULL,
	"department_id" uuid,
	"round_id" uuid,
	"due_at" timestamp with time zone,
	"pushed_at" timestamp with time zone,
	"concluded_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"funds_recovered" bigint DEFAULT 0 NOT NULL,
	"satisfaction" text,
	"called_back_at" timestamp with time zone,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_caseNo_unique" UNIQUE("case_no")
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"webhook_id" uuid NOT NULL,
	"event" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"last_status_code" integer,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"url" text NOT NULL,
	"secret" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhooks_departmentId_unique" UNIQUE("department_id")
);
--> statement-breakpoint
CREATE TABLE "analysis_ticket_facts" (
	"record_id" bigint PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"ticket_no" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_day" date NOT NULL,
	"region_code" text NOT NULL,
	"category" text NOT NULL,
	"subcategory" text,
	"department" text NOT NULL,
	"caller_phone" text,
	"address" text,
	"address_key" text,
	"content" text NOT NULL,
	"status" text,
	"due_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"overdue" boolean NOT NULL,
	"returned_count" integer NOT NULL,
	"satisfaction" text
);
--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rounds" ADD CONSTRAINT "case_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_warning_id_warnings_id_fk" FOREIGN KEY ("warning_id") REFERENCES "public"."warnings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_round_id_case_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."case_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachments_case_id_index" ON "case_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_events_case_id_id_index" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_one_per_warning" ON "cases" USING btree ("warning_id") WHERE "cases"."warning_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_one_per_ticket" ON "cases" USING btree ("ticket_no") WHERE "cases"."ticket_no" is not null;--> statement-breakpoint
CREATE INDEX "cases_department_id_status_due_at_index" ON "cases" USING btree ("department_id","status","due_at");--> statement-breakpoint
CREATE INDEX "cases_status_created_at_index" ON "cases" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "cases_round_id_index" ON "cases" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "cases_model_code_status_index" ON "cases" USING btree ("model_code","status");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_webhook_id_created_at_index" ON "webhook_deliveries" USING btree ("webhook_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_status_next_attempt_at_index" ON "webhook_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "analysis_ticket_facts_received_day_index" ON "analysis_ticket_facts" USING btree ("received_day");--> statement-breakpoint
CREATE INDEX "analysis_ticket_facts_region_code_received_day_index" ON "analysis_ticket_facts" USING btree ("region_code","received_day");--> statement-breakpoint
CREATE INDEX "analysis_ticket_facts_caller_phone_received_at_index" ON "analysis_ticket_facts" USING btree ("caller_phone","received_at");--> statement-breakpoint
CREATE INDEX "analysis_ticket_facts_address_key_received_at_index" ON "analysis_ticket_facts" USING btree ("address_key","received_at");--> statement-breakpoint
CREATE INDEX "analysis_ticket_facts_batch_id_index" ON "analysis_ticket_facts" USING btree ("batch_id");