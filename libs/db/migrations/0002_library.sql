CREATE TYPE "public"."frequency" AS ENUM('daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'once');--> statement-breakpoint
CREATE TYPE "public"."batch_status" AS ENUM('queued', 'staging', 'publishing', 'published', 'failed', 'rolled_back', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."subject_type" AS ENUM('person', 'organization', 'property', 'vehicle');--> statement-breakpoint
CREATE TABLE "column_mappings" (
	"department_id" uuid NOT NULL,
	"dataset_code" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "column_mappings_department_id_dataset_code_pk" PRIMARY KEY("department_id","dataset_code")
);
--> statement-breakpoint
CREATE TABLE "datasets" (
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"spec" jsonb NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "datasets_code_version_pk" PRIMARY KEY("code","version")
);
--> statement-breakpoint
CREATE TABLE "responsibilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"dataset_code" text NOT NULL,
	"frequency" "frequency" NOT NULL,
	"due_day" integer,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "responsibilities_departmentId_datasetCode_unique" UNIQUE("department_id","dataset_code"),
	CONSTRAINT "responsibilities_due_day" CHECK ("responsibilities"."due_day" is null or "responsibilities"."due_day" between 1 and 366)
);
--> statement-breakpoint
CREATE TABLE "batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dataset_code" text NOT NULL,
	"dataset_version" integer NOT NULL,
	"department_id" uuid NOT NULL,
	"uploaded_by" uuid,
	"uploaded_via" text DEFAULT 'web' NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"file_size" bigint NOT NULL,
	"format" text,
	"sheet" text,
	"mapping" jsonb,
	"status" "batch_status" DEFAULT 'queued' NOT NULL,
	"staged_through_row" integer DEFAULT 0 NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_loaded" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"quality" jsonb,
	"error" text,
	"supersedes_batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rejects" (
	"batch_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"raw" jsonb NOT NULL,
	"errors" jsonb NOT NULL,
	CONSTRAINT "rejects_batch_id_row_number_pk" PRIMARY KEY("batch_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "staged_rows" (
	"batch_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"attrs" jsonb NOT NULL,
	"subject_type" text,
	"subject_key" text,
	"subject_name" text,
	"subject_role" text,
	"subjects" jsonb NOT NULL,
	"relations" jsonb NOT NULL,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "staged_rows_batch_id_row_number_pk" PRIMARY KEY("batch_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "record_subjects" (
	"record_id" bigint NOT NULL,
	"role" text NOT NULL,
	"subject_id" bigint NOT NULL,
	CONSTRAINT "record_subjects_record_id_role_subject_id_pk" PRIMARY KEY("record_id","role","subject_id")
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dataset_code" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"subject_id" bigint,
	"subject_role" text,
	"attrs" jsonb NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"from_subject_id" bigint NOT NULL,
	"to_subject_id" bigint NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"attributes" jsonb NOT NULL,
	"record_id" bigint NOT NULL,
	"batch_id" uuid NOT NULL,
	"dataset_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" "subject_type" NOT NULL,
	"key" text NOT NULL,
	"name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "column_mappings" ADD CONSTRAINT "column_mappings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibilities" ADD CONSTRAINT "responsibilities_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rejects" ADD CONSTRAINT "rejects_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staged_rows" ADD CONSTRAINT "staged_rows_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "batches_department_id_dataset_code_created_at_index" ON "batches" USING btree ("department_id","dataset_code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "batches_same_file" ON "batches" USING btree ("dataset_code","department_id","file_sha256") WHERE "batches"."status" not in ('failed', 'rolled_back', 'superseded');--> statement-breakpoint
CREATE INDEX "record_subjects_subject_id_index" ON "record_subjects" USING btree ("subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_batch_id_row_number_index" ON "records" USING btree ("batch_id","row_number");--> statement-breakpoint
CREATE INDEX "records_subject_id_index" ON "records" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "records_dataset_code_valid_from_index" ON "records" USING btree ("dataset_code","valid_from");--> statement-breakpoint
CREATE INDEX "relations_from_subject_id_type_index" ON "relations" USING btree ("from_subject_id","type");--> statement-breakpoint
CREATE INDEX "relations_to_subject_id_type_index" ON "relations" USING btree ("to_subject_id","type");--> statement-breakpoint
CREATE INDEX "relations_batch_id_index" ON "relations" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "relations_record_id_index" ON "relations" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subjects_type_key_index" ON "subjects" USING btree ("type","key");