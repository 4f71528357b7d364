CREATE TABLE "evaluation_adx_mapping" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"data_set" text NOT NULL,
	"data_elements" jsonb NOT NULL,
	"org_units" jsonb NOT NULL,
	"profession_category" text,
	"profession_options" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_adx_mapping" ADD CONSTRAINT "evaluation_adx_mapping_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_adx_mapping" ADD CONSTRAINT "evaluation_adx_mapping_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;