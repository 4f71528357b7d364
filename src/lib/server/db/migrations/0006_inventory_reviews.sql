CREATE TYPE "public"."inventory_package_format" AS ENUM('face_to_face', 'online', 'blended', 'self_study');--> statement-breakpoint
CREATE TABLE "inventory_package" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"response_id" uuid,
	"title" text NOT NULL,
	"provider" text,
	"topics" "expertise"[] DEFAULT '{}' NOT NULL,
	"audiences" "audience"[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"format" "inventory_package_format",
	"duration_hours" integer,
	"link" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_package_duration" CHECK ("inventory_package"."duration_hours" is null or "inventory_package"."duration_hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "package_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"reviewer_id" text NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "package_review_reviewer" UNIQUE("package_id","reviewer_id")
);
--> statement-breakpoint
CREATE TABLE "review_criterion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" jsonb NOT NULL,
	"guidance" jsonb,
	"max_score" integer DEFAULT 5 NOT NULL,
	CONSTRAINT "review_criterion_max" CHECK ("review_criterion"."max_score" between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "inventory_package" ADD CONSTRAINT "inventory_package_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_package" ADD CONSTRAINT "inventory_package_response_id_survey_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_response"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_package" ADD CONSTRAINT "inventory_package_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_review" ADD CONSTRAINT "package_review_package_id_inventory_package_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."inventory_package"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_review" ADD CONSTRAINT "package_review_reviewer_id_user_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_criterion" ADD CONSTRAINT "review_criterion_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inventory_package_programme_idx" ON "inventory_package" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "inventory_package_title_idx" ON "inventory_package" USING gin (lower("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "review_criterion_programme_idx" ON "review_criterion" USING btree ("programme_id","position");