CREATE TABLE "translation_source" (
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"locale" text NOT NULL,
	"source_hash" text NOT NULL,
	"translated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "translation_source_subject_kind_subject_id_unit_id_locale_pk" PRIMARY KEY("subject_kind","subject_id","unit_id","locale")
);
