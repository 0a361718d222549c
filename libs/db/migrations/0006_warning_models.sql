CREATE TABLE "model_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_code" text NOT NULL,
	"model_version" integer NOT NULL,
	"params" jsonb NOT NULL,
	"trigger" text NOT NULL,
	"batch_id" uuid,
	"as_of" date NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"rows_compared" bigint,
	"hits" integer,
	"new_warnings" integer,
	"updated_warnings" integer,
	"outcome" jsonb,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_ms" integer
);
--> statement-breakpoint
CREATE TABLE "warning_evidence" (
	"warning_id" uuid NOT NULL,
	"record_id" bigint NOT NULL,
	"dataset_code" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"attrs" jsonb NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"added_by_run_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "warning_evidence_warning_id_record_id_pk" PRIMARY KEY("warning_id","record_id")
);
--> statement-breakpoint
CREATE TABLE "warning_model_versions" (
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"spec" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "warning_model_versions_code_version_pk" PRIMARY KEY("code","version")
);
--> statement-breakpoint
CREATE TABLE "warning_models" (
	"code" text PRIMARY KEY NOT NULL,
	"current_version" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_code" text NOT NULL,
	"model_version" integer NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"subject_type" text NOT NULL,
	"subject_key" text NOT NULL,
	"subject_id" bigint,
	"subject_name" text,
	"fingerprint" text DEFAULT '' NOT NULL,
	"amount" bigint,
	"details" jsonb NOT NULL,
	"evidence_record_ids" bigint[] NOT NULL,
	"department_id" uuid,
	"routed_org_subject_id" bigint,
	"first_run_id" uuid NOT NULL,
	"last_run_id" uuid NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "warning_evidence" ADD CONSTRAINT "warning_evidence_warning_id_warnings_id_fk" FOREIGN KEY ("warning_id") REFERENCES "public"."warnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warning_model_versions" ADD CONSTRAINT "warning_model_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warning_models" ADD CONSTRAINT "warning_models_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warnings" ADD CONSTRAINT "warnings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "model_runs_model_code_started_at_index" ON "model_runs" USING btree ("model_code","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "warnings_one_open" ON "warnings" USING btree ("model_code","subject_type","subject_key","fingerprint") WHERE "warnings"."status" not in ('dismissed', 'closed');--> statement-breakpoint
CREATE INDEX "warnings_status_model_code_created_at_index" ON "warnings" USING btree ("status","model_code","created_at");--> statement-breakpoint
CREATE INDEX "warnings_subject_type_subject_key_index" ON "warnings" USING btree ("subject_type","subject_key");--> statement-breakpoint
CREATE INDEX "warnings_department_id_status_index" ON "warnings" USING btree ("department_id","status");