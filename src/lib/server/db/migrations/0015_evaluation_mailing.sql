CREATE TYPE "public"."evaluation_mailing_kind" AS ENUM('opening', 'reminder');--> statement-breakpoint
CREATE TABLE "evaluation_mailing" (
	"phase_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"kind" "evaluation_mailing_kind" NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_mailing_phase_id_registration_id_kind_pk" PRIMARY KEY("phase_id","registration_id","kind")
);
--> statement-breakpoint
ALTER TABLE "evaluation_mailing" ADD CONSTRAINT "evaluation_mailing_phase_id_evaluation_phase_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."evaluation_phase"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_mailing" ADD CONSTRAINT "evaluation_mailing_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;