ALTER TYPE "public"."exclusion_reason" ADD VALUE 'vague';--> statement-breakpoint
ALTER TYPE "public"."exclusion_reason" ADD VALUE 'awaiting_figure';