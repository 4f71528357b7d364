CREATE TYPE "public"."evaluation_phase_kind" AS ENUM('pre', 'post', 'satisfaction', 'follow_up');--> statement-breakpoint
CREATE TYPE "public"."evaluation_source" AS ENUM('web', 'entry', 'import');--> statement-breakpoint
CREATE TABLE "evaluation_draft" (
	"phase_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"language" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_draft_phase_id_registration_id_pk" PRIMARY KEY("phase_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_item" (
	"submission_id" uuid NOT NULL,
	"item" text NOT NULL,
	"module" text,
	"marks" numeric NOT NULL,
	"earned" numeric NOT NULL,
	CONSTRAINT "evaluation_item_submission_id_item_pk" PRIMARY KEY("submission_id","item")
);
--> statement-breakpoint
CREATE TABLE "evaluation_link" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_link_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "evaluation_phase" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"phase" "evaluation_phase_kind" NOT NULL,
	"offset_days" integer DEFAULT 0 NOT NULL,
	"survey_id" uuid NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"pass_mark_percent" integer,
	"anonymous" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_phase_once" UNIQUE("event_id","phase","offset_days"),
	CONSTRAINT "evaluation_phase_window" CHECK ("evaluation_phase"."closes_at" > "evaluation_phase"."opens_at"),
	CONSTRAINT "evaluation_phase_pass_mark" CHECK ("evaluation_phase"."pass_mark_percent" is null or "evaluation_phase"."pass_mark_percent" between 0 and 100),
	CONSTRAINT "evaluation_phase_offset" CHECK (("evaluation_phase"."phase" = 'follow_up') = ("evaluation_phase"."offset_days" > 0))
);
--> statement-breakpoint
CREATE TABLE "evaluation_receipt" (
	"phase_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_receipt_phase_id_registration_id_pk" PRIMARY KEY("phase_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_submission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phase_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"registration_id" uuid,
	"attempt" smallint DEFAULT 1 NOT NULL,
	"version_id" uuid NOT NULL,
	"score" numeric,
	"max_score" numeric,
	"passed" boolean,
	"country_code" char(2),
	"profession" "profession",
	"source" "evaluation_source" NOT NULL,
	"submission_key" uuid,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"language" text,
	"entered_by" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_submission_submission_key_unique" UNIQUE("submission_key"),
	CONSTRAINT "evaluation_submission_score" CHECK ("evaluation_submission"."score" is null or ("evaluation_submission"."score" >= 0 and "evaluation_submission"."score" <= "evaluation_submission"."max_score"))
);
--> statement-breakpoint
CREATE TABLE "instrument_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"digest" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_version_number" UNIQUE("survey_id","number"),
	CONSTRAINT "instrument_version_digest" UNIQUE("survey_id","digest")
);
--> statement-breakpoint
ALTER TABLE "evaluation_draft" ADD CONSTRAINT "evaluation_draft_phase_id_evaluation_phase_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."evaluation_phase"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_draft" ADD CONSTRAINT "evaluation_draft_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_item" ADD CONSTRAINT "evaluation_item_submission_id_evaluation_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."evaluation_submission"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_link" ADD CONSTRAINT "evaluation_link_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_phase" ADD CONSTRAINT "evaluation_phase_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_phase" ADD CONSTRAINT "evaluation_phase_survey_id_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."survey"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_receipt" ADD CONSTRAINT "evaluation_receipt_phase_id_evaluation_phase_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."evaluation_phase"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_receipt" ADD CONSTRAINT "evaluation_receipt_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submission" ADD CONSTRAINT "evaluation_submission_phase_id_evaluation_phase_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."evaluation_phase"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submission" ADD CONSTRAINT "evaluation_submission_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submission" ADD CONSTRAINT "evaluation_submission_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submission" ADD CONSTRAINT "evaluation_submission_version_id_instrument_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."instrument_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submission" ADD CONSTRAINT "evaluation_submission_entered_by_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_version" ADD CONSTRAINT "instrument_version_survey_id_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."survey"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_submission_attempt" ON "evaluation_submission" USING btree ("phase_id","registration_id","attempt");--> statement-breakpoint
CREATE INDEX "evaluation_submission_event_idx" ON "evaluation_submission" USING btree ("event_id","phase_id");--> statement-breakpoint
CREATE INDEX "evaluation_submission_registration_idx" ON "evaluation_submission" USING btree ("registration_id");