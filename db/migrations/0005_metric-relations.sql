CREATE TABLE "metric_relations" (
	"metric_id" integer NOT NULL,
	"related_metric_id" integer NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "metric_relations_metric_id_related_metric_id_pk" PRIMARY KEY("metric_id","related_metric_id"),
	CONSTRAINT "metric_relations_not_self" CHECK ("metric_relations"."metric_id" <> "metric_relations"."related_metric_id")
);
--> statement-breakpoint
ALTER TABLE "metric_relations" ADD CONSTRAINT "metric_relations_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_relations" ADD CONSTRAINT "metric_relations_related_metric_id_metrics_id_fk" FOREIGN KEY ("related_metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metric_relations_related_idx" ON "metric_relations" USING btree ("related_metric_id");