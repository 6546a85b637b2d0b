CREATE TYPE "public"."cross_check_outcome" AS ENUM('holds', 'possible', 'fails');--> statement-breakpoint
CREATE TYPE "public"."cross_check_relation" AS ENUM('equal', 'at_most', 'at_least');--> statement-breakpoint
ALTER TABLE "cross_checks" ADD COLUMN "relation" "cross_check_relation" DEFAULT 'equal' NOT NULL;--> statement-breakpoint
ALTER TABLE "cross_checks" ADD COLUMN "result_label" text DEFAULT 'the result' NOT NULL;--> statement-breakpoint
ALTER TABLE "cross_checks" ADD COLUMN "compare_label" text DEFAULT 'the figure compared' NOT NULL;--> statement-breakpoint
ALTER TABLE "cross_checks" ADD COLUMN "outcome" "cross_check_outcome" DEFAULT 'possible' NOT NULL;--> statement-breakpoint
ALTER TABLE "cross_checks" ADD COLUMN "verdict" text DEFAULT '' NOT NULL;