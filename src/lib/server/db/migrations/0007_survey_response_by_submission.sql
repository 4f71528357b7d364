DROP INDEX "survey_response_survey_idx";--> statement-breakpoint
CREATE INDEX "survey_response_survey_idx" ON "survey_response" USING btree ("survey_id","status","submitted_at");