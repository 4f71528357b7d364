CREATE TYPE "public"."survey_response_status" AS ENUM('in_progress', 'complete');--> statement-breakpoint
CREATE TYPE "public"."delphi_outcome" AS ENUM('in', 'out', 'none');--> statement-breakpoint
CREATE TYPE "public"."delphi_scale" AS ENUM('nine', 'five');--> statement-breakpoint
CREATE TABLE "survey" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"introduction" jsonb,
	"definition" jsonb DEFAULT '{"sections":[]}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{en}'::text[] NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"public_token" text,
	"created_by" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_public_token_unique" UNIQUE("public_token"),
	CONSTRAINT "survey_period" CHECK ("survey"."closes_at" is null or "survey"."opens_at" is null or "survey"."closes_at" > "survey"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "survey_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"token" text NOT NULL,
	"name" text,
	"email" text,
	"group_label" text DEFAULT '' NOT NULL,
	"country_code" char(2),
	"language" text DEFAULT 'en' NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_invitation_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "survey_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"invitation_id" uuid,
	"resume_token" text,
	"submission_key" uuid,
	"status" "survey_response_status" DEFAULT 'in_progress' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"country_code" char(2),
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "survey_response_invitation_id_unique" UNIQUE("invitation_id"),
	CONSTRAINT "survey_response_resume_token_unique" UNIQUE("resume_token"),
	CONSTRAINT "survey_response_submission_key_unique" UNIQUE("submission_key"),
	CONSTRAINT "survey_response_submitted" CHECK (("survey_response"."status" = 'complete') = ("survey_response"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "delphi_domain" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delphi_meeting_vote" (
	"statement_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid,
	"held_on" date NOT NULL,
	"votes_for" integer NOT NULL,
	"votes_against" integer NOT NULL,
	"abstentions" integer DEFAULT 0 NOT NULL,
	"outcome" "delphi_outcome" NOT NULL,
	"note" text,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delphi_meeting_vote_counts" CHECK ("delphi_meeting_vote"."votes_for" >= 0 and "delphi_meeting_vote"."votes_against" >= 0 and "delphi_meeting_vote"."abstentions" >= 0)
);
--> statement-breakpoint
CREATE TABLE "delphi_panellist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"stakeholder_group" text NOT NULL,
	"token" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delphi_panellist_token_unique" UNIQUE("token"),
	CONSTRAINT "delphi_panellist_person" UNIQUE("study_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "delphi_participation" (
	"round_id" uuid NOT NULL,
	"panellist_id" uuid NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "delphi_participation_round_id_panellist_id_pk" PRIMARY KEY("round_id","panellist_id")
);
--> statement-breakpoint
CREATE TABLE "delphi_rating" (
	"round_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"panellist_id" uuid NOT NULL,
	"rating" smallint,
	"is_unable_to_rate" boolean DEFAULT false NOT NULL,
	"comment" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delphi_rating_round_id_statement_id_panellist_id_pk" PRIMARY KEY("round_id","statement_id","panellist_id"),
	CONSTRAINT "delphi_rating_unable" CHECK (not "delphi_rating"."is_unable_to_rate" or "delphi_rating"."rating" is null)
);
--> statement-breakpoint
CREATE TABLE "delphi_result" (
	"round_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"summary" jsonb NOT NULL,
	"outcome" "delphi_outcome" NOT NULL,
	CONSTRAINT "delphi_result_round_id_statement_id_pk" PRIMARY KEY("round_id","statement_id")
);
--> statement-breakpoint
CREATE TABLE "delphi_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "delphi_round_number" UNIQUE("study_id","number"),
	CONSTRAINT "delphi_round_period" CHECK ("delphi_round"."closes_at" > "delphi_round"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "delphi_statement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" jsonb NOT NULL,
	"first_round" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delphi_study" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"topic" jsonb,
	"scale" "delphi_scale" DEFAULT 'nine' NOT NULL,
	"allows_unable_to_rate" boolean DEFAULT true NOT NULL,
	"rule" jsonb NOT NULL,
	"rounds_planned" integer DEFAULT 2 NOT NULL,
	"rule_fixed_at" timestamp with time zone,
	"created_by" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delphi_study_rounds" CHECK ("delphi_study"."rounds_planned" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "delphi_suggestion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"panellist_id" uuid NOT NULL,
	"text" text NOT NULL,
	"statement_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"study_id" uuid,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"created_by" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_component" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb
);
--> statement-breakpoint
CREATE TABLE "framework_component_statement" (
	"component_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	CONSTRAINT "framework_component_statement_component_id_statement_id_pk" PRIMARY KEY("component_id","statement_id")
);
--> statement-breakpoint
CREATE TABLE "framework_section" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text,
	CONSTRAINT "framework_version_number" UNIQUE("framework_id","number")
);
--> statement-breakpoint
CREATE TABLE "module_framework_component" (
	"module_id" uuid NOT NULL,
	"component_id" uuid NOT NULL,
	CONSTRAINT "module_framework_component_module_id_component_id_pk" PRIMARY KEY("module_id","component_id")
);
--> statement-breakpoint
ALTER TABLE "survey" ADD CONSTRAINT "survey_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey" ADD CONSTRAINT "survey_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_survey_id_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_survey_id_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_invitation_id_survey_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_domain" ADD CONSTRAINT "delphi_domain_study_id_delphi_study_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."delphi_study"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_meeting_vote" ADD CONSTRAINT "delphi_meeting_vote_statement_id_delphi_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."delphi_statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_meeting_vote" ADD CONSTRAINT "delphi_meeting_vote_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_meeting_vote" ADD CONSTRAINT "delphi_meeting_vote_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_panellist" ADD CONSTRAINT "delphi_panellist_study_id_delphi_study_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."delphi_study"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_panellist" ADD CONSTRAINT "delphi_panellist_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_participation" ADD CONSTRAINT "delphi_participation_round_id_delphi_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."delphi_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_participation" ADD CONSTRAINT "delphi_participation_panellist_id_delphi_panellist_id_fk" FOREIGN KEY ("panellist_id") REFERENCES "public"."delphi_panellist"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_rating" ADD CONSTRAINT "delphi_rating_round_id_delphi_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."delphi_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_rating" ADD CONSTRAINT "delphi_rating_statement_id_delphi_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."delphi_statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_rating" ADD CONSTRAINT "delphi_rating_panellist_id_delphi_panellist_id_fk" FOREIGN KEY ("panellist_id") REFERENCES "public"."delphi_panellist"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_result" ADD CONSTRAINT "delphi_result_round_id_delphi_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."delphi_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_result" ADD CONSTRAINT "delphi_result_statement_id_delphi_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."delphi_statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_round" ADD CONSTRAINT "delphi_round_study_id_delphi_study_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."delphi_study"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_statement" ADD CONSTRAINT "delphi_statement_study_id_delphi_study_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."delphi_study"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_statement" ADD CONSTRAINT "delphi_statement_domain_id_delphi_domain_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."delphi_domain"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_study" ADD CONSTRAINT "delphi_study_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_study" ADD CONSTRAINT "delphi_study_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_suggestion" ADD CONSTRAINT "delphi_suggestion_round_id_delphi_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."delphi_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_suggestion" ADD CONSTRAINT "delphi_suggestion_panellist_id_delphi_panellist_id_fk" FOREIGN KEY ("panellist_id") REFERENCES "public"."delphi_panellist"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delphi_suggestion" ADD CONSTRAINT "delphi_suggestion_statement_id_delphi_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."delphi_statement"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework" ADD CONSTRAINT "framework_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework" ADD CONSTRAINT "framework_study_id_delphi_study_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."delphi_study"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework" ADD CONSTRAINT "framework_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_component" ADD CONSTRAINT "framework_component_section_id_framework_section_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."framework_section"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_component_statement" ADD CONSTRAINT "framework_component_statement_component_id_framework_component_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."framework_component"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_component_statement" ADD CONSTRAINT "framework_component_statement_statement_id_delphi_statement_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."delphi_statement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_section" ADD CONSTRAINT "framework_section_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_version" ADD CONSTRAINT "framework_version_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_version" ADD CONSTRAINT "framework_version_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_framework_component" ADD CONSTRAINT "module_framework_component_module_id_package_module_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."package_module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_framework_component" ADD CONSTRAINT "module_framework_component_component_id_framework_component_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."framework_component"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_programme_idx" ON "survey" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "survey_invitation_survey_idx" ON "survey_invitation" USING btree ("survey_id","group_label");--> statement-breakpoint
CREATE INDEX "survey_response_survey_idx" ON "survey_response" USING btree ("survey_id","status");--> statement-breakpoint
CREATE INDEX "delphi_domain_study_idx" ON "delphi_domain" USING btree ("study_id","position");--> statement-breakpoint
CREATE INDEX "delphi_rating_statement_idx" ON "delphi_rating" USING btree ("round_id","statement_id");--> statement-breakpoint
CREATE INDEX "delphi_statement_study_idx" ON "delphi_statement" USING btree ("study_id","domain_id","position");--> statement-breakpoint
CREATE INDEX "delphi_study_programme_idx" ON "delphi_study" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "framework_programme_idx" ON "framework" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "framework_component_section_idx" ON "framework_component" USING btree ("section_id","position");--> statement-breakpoint
CREATE INDEX "framework_section_framework_idx" ON "framework_section" USING btree ("framework_id","position");