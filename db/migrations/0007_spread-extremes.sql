CREATE TABLE "spread_extremes" (
	"metric_id" integer NOT NULL,
	"figure_id" integer NOT NULL,
	"figure_count" integer NOT NULL,
	CONSTRAINT "spread_extremes_metric_id_figure_id_pk" PRIMARY KEY("metric_id","figure_id")
);
--> statement-breakpoint
ALTER TABLE "spread_extremes" ADD CONSTRAINT "spread_extremes_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;