CREATE TYPE "public"."evaluation_summary_kind" AS ENUM('pre_post', 'follow_up');--> statement-breakpoint
CREATE TABLE "evaluation_summary" (
	"event_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"profession" "profession" NOT NULL,
	"package_version_id" uuid,
	"kind" "evaluation_summary_kind" NOT NULL,
	"offset_days" integer DEFAULT 0 NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sum_pre" double precision DEFAULT 0 NOT NULL,
	"sum_post" double precision DEFAULT 0 NOT NULL,
	"sum_pre_squared" double precision DEFAULT 0 NOT NULL,
	"sum_post_squared" double precision DEFAULT 0 NOT NULL,
	"sum_pre_times_post" double precision DEFAULT 0 NOT NULL,
	"sum_individual_gains" double precision DEFAULT 0 NOT NULL,
	"at_max_on_pre" integer DEFAULT 0 NOT NULL,
	"differences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sum_baseline" double precision DEFAULT 0 NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	"certificates" integer DEFAULT 0 NOT NULL,
	"pre_only" integer DEFAULT 0 NOT NULL,
	"post_only" integer DEFAULT 0 NOT NULL,
	"post_takers" integer DEFAULT 0 NOT NULL,
	"passes" integer DEFAULT 0 NOT NULL,
	"satisfaction_responses" integer DEFAULT 0 NOT NULL,
	"ratings" integer DEFAULT 0 NOT NULL,
	"sum_rating_percent" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "evaluation_summary_event_id_country_code_profession_kind_offset_days_pk" PRIMARY KEY("event_id","country_code","profession","kind","offset_days")
);
--> statement-breakpoint
CREATE TABLE "evaluation_summary_refresh" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "dashboard_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_summary" ADD CONSTRAINT "evaluation_summary_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_summary_refresh" ADD CONSTRAINT "evaluation_summary_refresh_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_summary_country_idx" ON "evaluation_summary" USING btree ("country_code");