CREATE TABLE "figure_tallies" (
	"metric_id" integer NOT NULL,
	"claimant_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"kind" "figure_kind" NOT NULL,
	"figure_count" integer NOT NULL,
	CONSTRAINT "figure_tallies_metric_id_claimant_id_source_id_kind_pk" PRIMARY KEY("metric_id","claimant_id","source_id","kind"),
	CONSTRAINT "figure_tallies_count" CHECK ("figure_tallies"."figure_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "figure_tallies" ADD CONSTRAINT "figure_tallies_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figure_tallies" ADD CONSTRAINT "figure_tallies_claimant_id_claimants_id_fk" FOREIGN KEY ("claimant_id") REFERENCES "public"."claimants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figure_tallies" ADD CONSTRAINT "figure_tallies_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "figure_tallies_claimant_idx" ON "figure_tallies" USING btree ("claimant_id");--> statement-breakpoint
CREATE INDEX "figure_tallies_source_idx" ON "figure_tallies" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "figures_period_order_idx" ON "figures" USING btree (coalesce("period_end", '-infinity'::date),"id");--> statement-breakpoint
CREATE INDEX "metrics_name_order_idx" ON "metrics" USING btree (lower("name") collate "C","id");--> statement-breakpoint
CREATE INDEX "sources_published_order_idx" ON "sources" USING btree (coalesce("published_on", '-infinity'::date),"id");