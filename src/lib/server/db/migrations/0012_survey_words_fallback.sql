CREATE TYPE "public"."interface_locale" AS ENUM('en', 'fr', 'ar');--> statement-breakpoint
ALTER TABLE "survey" ADD COLUMN "words_fallback" "interface_locale" DEFAULT 'en' NOT NULL;