ALTER TABLE "training_package" ADD COLUMN "languages" text[] DEFAULT '{en,fr,ar}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "languages" text[] DEFAULT '{en,fr,ar}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programme" ADD COLUMN "languages" text[] DEFAULT '{en,fr,ar}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "delphi_study" ADD COLUMN "languages" text[] DEFAULT '{en,fr,ar}'::text[] NOT NULL;