CREATE TYPE "public"."audience" AS ENUM('health_professionals', 'law_enforcement_officers', 'social_workers', 'trainers');--> statement-breakpoint
CREATE TYPE "public"."package_edition" AS ENUM('trainer', 'trainee');--> statement-breakpoint
CREATE TYPE "public"."material_kind" AS ENUM('file', 'link');--> statement-breakpoint
CREATE TYPE "public"."session_method" AS ENUM('lecture', 'discussion', 'case_study', 'role_play', 'group_work', 'video', 'quiz', 'field_visit');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('training_of_trainers', 'pilot_training', 'rollout_training', 'expert_meeting', 'regional_school', 'webinar');--> statement-breakpoint
CREATE TYPE "public"."participant_category" AS ENUM('academic', 'researcher', 'student', 'institution', 'social_worker', 'international_organisation', 'civil_society', 'focal_point');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('pending', 'confirmed', 'waitlisted', 'declined', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."programme_activity_kind" AS ENUM('survey', 'delphi_study', 'expert_meeting', 'training_of_trainers', 'pilots', 'rollout', 'evaluation', 'dissemination', 'other');--> statement-breakpoint
CREATE TYPE "public"."programme_participation" AS ENUM('pilot', 'rollout');--> statement-breakpoint
CREATE TABLE "package_module" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"topic" "expertise",
	"summary" jsonb
);
--> statement-breakpoint
CREATE TABLE "package_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duration_minutes" integer NOT NULL,
	"methods" "session_method"[] DEFAULT '{}' NOT NULL,
	"editions" "package_edition"[] DEFAULT '{trainer,trainee}' NOT NULL,
	"trainer_notes" jsonb,
	CONSTRAINT "package_session_duration" CHECK ("package_session"."duration_minutes" between 5 and 1440),
	CONSTRAINT "package_session_editions" CHECK (cardinality("package_session"."editions") > 0)
);
--> statement-breakpoint
CREATE TABLE "package_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"note" text,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "package_version_number" UNIQUE("package_id","number"),
	CONSTRAINT "package_version_number_positive" CHECK ("package_version"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "session_material" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" "material_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"language" text,
	"url" text,
	"file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_material_kind" CHECK (("session_material"."kind" = 'file' and "session_material"."file_id" is not null and "session_material"."url" is null) or ("session_material"."kind" = 'link' and "session_material"."url" is not null and "session_material"."file_id" is null))
);
--> statement-breakpoint
CREATE TABLE "training_package" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"audiences" "audience"[] DEFAULT '{}' NOT NULL,
	"created_by" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"title" jsonb NOT NULL,
	"is_session" boolean DEFAULT true NOT NULL,
	"speakers" text,
	"facilitators" text,
	CONSTRAINT "agenda_item_period" CHECK ("agenda_item"."ends_at" > "agenda_item"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"agenda_item_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"marked_by" text,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_agenda_item_id_registration_id_pk" PRIMARY KEY("agenda_item_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "certificate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"code" text NOT NULL,
	"issued_by" text,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "certificate_registration_id_unique" UNIQUE("registration_id"),
	CONSTRAINT "certificate_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid,
	"kind" "event_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"is_online" boolean DEFAULT false NOT NULL,
	"venue" text,
	"city" text,
	"country_code" char(2),
	"online_url" text,
	"language" text NOT NULL,
	"capacity" integer,
	"package_version_id" uuid,
	"tot_event_id" uuid,
	"is_published" boolean DEFAULT false NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"completion_attendance_percent" integer DEFAULT 80 NOT NULL,
	"requires_post_test" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_period" CHECK ("event"."ends_on" >= "event"."starts_on"),
	CONSTRAINT "event_capacity" CHECK ("event"."capacity" is null or "event"."capacity" > 0),
	CONSTRAINT "event_completion" CHECK ("event"."completion_attendance_percent" between 0 and 100),
	CONSTRAINT "event_place" CHECK ("event"."is_online" or "event"."country_code" is not null)
);
--> statement-breakpoint
CREATE TABLE "event_category_quota" (
	"event_id" uuid NOT NULL,
	"category" "participant_category" NOT NULL,
	"places" integer NOT NULL,
	CONSTRAINT "event_category_quota_event_id_category_pk" PRIMARY KEY("event_id","category"),
	CONSTRAINT "event_category_quota_places" CHECK ("event_category_quota"."places" > 0)
);
--> statement-breakpoint
CREATE TABLE "event_country_quota" (
	"event_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"places" integer NOT NULL,
	CONSTRAINT "event_country_quota_event_id_country_code_pk" PRIMARY KEY("event_id","country_code"),
	CONSTRAINT "event_country_quota_places" CHECK ("event_country_quota"."places" > 0)
);
--> statement-breakpoint
CREATE TABLE "event_trainer" (
	"event_id" uuid NOT NULL,
	"certificate_id" uuid NOT NULL,
	CONSTRAINT "event_trainer_event_id_certificate_id_pk" PRIMARY KEY("event_id","certificate_id")
);
--> statement-breakpoint
CREATE TABLE "registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"country_code" char(2) NOT NULL,
	"profession" "profession" NOT NULL,
	"category" "participant_category" NOT NULL,
	"organisation_name" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" "registration_status" NOT NULL,
	"reason" text,
	"user_id" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_email_shape" CHECK ("registration"."email" like '%_@_%')
);
--> statement-breakpoint
CREATE TABLE "stored_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_file_size" CHECK ("stored_file"."byte_size" = octet_length("stored_file"."content"))
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"acronym" text,
	"funder_id" uuid,
	"coordinator_id" uuid,
	"technical_lead_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"objectives" jsonb,
	"sdgs" smallint[] DEFAULT '{}' NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"created_by" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_period" CHECK ("programme"."ends_on" >= "programme"."starts_on"),
	CONSTRAINT "programme_sdgs" CHECK ("programme"."sdgs" <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[])
);
--> statement-breakpoint
CREATE TABLE "programme_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" "programme_activity_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "programme_activity_period" CHECK ("programme_activity"."ends_on" >= "programme_activity"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "programme_country" (
	"programme_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"participation" "programme_participation" NOT NULL,
	"trainings_target" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_country_programme_id_country_code_pk" PRIMARY KEY("programme_id","country_code"),
	CONSTRAINT "programme_country_trainings_target" CHECK ("programme_country"."trainings_target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "programme_partner" (
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" jsonb,
	CONSTRAINT "programme_partner_programme_id_organisation_id_pk" PRIMARY KEY("programme_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "programme_people_target" (
	"programme_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"profession" "profession" NOT NULL,
	"people" integer NOT NULL,
	CONSTRAINT "programme_people_target_programme_id_country_code_profession_pk" PRIMARY KEY("programme_id","country_code","profession"),
	CONSTRAINT "programme_people_target_positive" CHECK ("programme_people_target"."people" > 0)
);
--> statement-breakpoint
ALTER TABLE "package_module" ADD CONSTRAINT "package_module_package_id_training_package_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."training_package"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_session" ADD CONSTRAINT "package_session_module_id_package_module_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."package_module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_version" ADD CONSTRAINT "package_version_package_id_training_package_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."training_package"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_version" ADD CONSTRAINT "package_version_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_material" ADD CONSTRAINT "session_material_session_id_package_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."package_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_material" ADD CONSTRAINT "session_material_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_package" ADD CONSTRAINT "training_package_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_package" ADD CONSTRAINT "training_package_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_marked_by_user_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_issued_by_user_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_country_code_country_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_package_version_id_package_version_id_fk" FOREIGN KEY ("package_version_id") REFERENCES "public"."package_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_tot_event_id_event_id_fk" FOREIGN KEY ("tot_event_id") REFERENCES "public"."event"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_category_quota" ADD CONSTRAINT "event_category_quota_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_country_quota" ADD CONSTRAINT "event_country_quota_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_country_quota" ADD CONSTRAINT "event_country_quota_country_code_country_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_trainer" ADD CONSTRAINT "event_trainer_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_trainer" ADD CONSTRAINT "event_trainer_certificate_id_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_country_code_country_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_funder_id_organisation_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_coordinator_id_organisation_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_technical_lead_id_organisation_id_fk" FOREIGN KEY ("technical_lead_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activity" ADD CONSTRAINT "programme_activity_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_country" ADD CONSTRAINT "programme_country_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_country" ADD CONSTRAINT "programme_country_country_code_country_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partner" ADD CONSTRAINT "programme_partner_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partner" ADD CONSTRAINT "programme_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_people_target" ADD CONSTRAINT "programme_people_target_programme_id_country_code_programme_country_programme_id_country_code_fk" FOREIGN KEY ("programme_id","country_code") REFERENCES "public"."programme_country"("programme_id","country_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "package_module_package_idx" ON "package_module" USING btree ("package_id","position");--> statement-breakpoint
CREATE INDEX "package_session_module_idx" ON "package_session" USING btree ("module_id","position");--> statement-breakpoint
CREATE INDEX "session_material_session_idx" ON "session_material" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "training_package_programme_idx" ON "training_package" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "agenda_item_event_idx" ON "agenda_item" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "attendance_registration_idx" ON "attendance" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "event_programme_idx" ON "event" USING btree ("programme_id","starts_on");--> statement-breakpoint
CREATE INDEX "event_country_idx" ON "event" USING btree ("country_code","starts_on");--> statement-breakpoint
CREATE INDEX "event_tot_idx" ON "event" USING btree ("tot_event_id");--> statement-breakpoint
CREATE INDEX "event_trainer_certificate_idx" ON "event_trainer" USING btree ("certificate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_event_email" ON "registration" USING btree ("event_id",lower("email"));--> statement-breakpoint
CREATE INDEX "registration_event_status_idx" ON "registration" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "programme_activity_programme_idx" ON "programme_activity" USING btree ("programme_id","starts_on");--> statement-breakpoint
CREATE INDEX "programme_country_country_idx" ON "programme_country" USING btree ("country_code");--> statement-breakpoint
ALTER TABLE "account_token" ADD CONSTRAINT "account_token_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;