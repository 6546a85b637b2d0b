ALTER TABLE "data_versions" ADD COLUMN "period_first" date;--> statement-breakpoint
ALTER TABLE "data_versions" ADD COLUMN "period_last" date;