CREATE TYPE "public"."bound_kind" AS ENUM('exact', 'approximately', 'more_than', 'at_least', 'less_than', 'up_to', 'range');--> statement-breakpoint
CREATE TYPE "public"."claimant_kind" AS ENUM('person', 'government', 'ministry', 'general_staff', 'military', 'think_tank', 'company', 'international_organisation', 'pollster', 'media', 'anonymous', 'other');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."exclusion_reason" AS ENUM('calendar_date', 'part_of_name', 'rhetorical', 'duplicate', 'conversion', 'period', 'ordinal', 'biographical', 'not_a_quantity');--> statement-breakpoint
CREATE TYPE "public"."field_basis" AS ENUM('stated', 'inferred');--> statement-breakpoint
CREATE TYPE "public"."figure_kind" AS ENUM('actual', 'estimate', 'claim', 'capacity', 'projection', 'target', 'demand', 'proposal');--> statement-breakpoint
CREATE TYPE "public"."rate_per" AS ENUM('day', 'week', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."side" AS ENUM('ukraine', 'russia', 'us', 'europe', 'nato', 'independent', 'other');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('news_report', 'opinion', 'interview', 'analysis');--> statement-breakpoint
CREATE TABLE "claimants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claimants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "claimant_kind" NOT NULL,
	"side" "side" NOT NULL,
	"description" text NOT NULL,
	"role" text,
	CONSTRAINT "claimants_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "cross_check_inputs" (
	"cross_check_id" integer NOT NULL,
	"name" text NOT NULL,
	"figure_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cross_checks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cross_checks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"formula" text NOT NULL,
	"compare_to" text NOT NULL,
	"result" double precision NOT NULL,
	"expected" double precision NOT NULL,
	"tolerance" double precision NOT NULL,
	"consistent" boolean NOT NULL,
	"explanation" text NOT NULL,
	CONSTRAINT "cross_checks_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "excluded_mentions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "excluded_mentions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_id" integer NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"reason" "exclusion_reason" NOT NULL,
	"note" text,
	CONSTRAINT "excluded_mentions_offsets" CHECK ("excluded_mentions"."start" >= 0 and "excluded_mentions"."start" < "excluded_mentions"."end")
);
--> statement-breakpoint
CREATE TABLE "figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"public_id" text NOT NULL,
	"metric_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"claimant_id" integer NOT NULL,
	"kind" "figure_kind" NOT NULL,
	"value_text" text NOT NULL,
	"value" double precision,
	"value_low" double precision,
	"value_high" double precision,
	"bound" "bound_kind" NOT NULL,
	"unit" text NOT NULL,
	"per" "rate_per",
	"normalised_value" double precision,
	"normalised_unit" text,
	"normalised_per" "rate_per",
	"period_start" date,
	"period_end" date,
	"quote" text NOT NULL,
	"quote_start" integer NOT NULL,
	"quote_end" integer NOT NULL,
	"quote_prefix" text NOT NULL,
	"quote_suffix" text NOT NULL,
	"note" text,
	CONSTRAINT "figures_publicId_unique" UNIQUE("public_id"),
	CONSTRAINT "figures_has_value" CHECK ("figures"."value" is not null or ("figures"."value_low" is not null and "figures"."value_high" is not null)),
	CONSTRAINT "figures_low_le_value" CHECK ("figures"."value_low" is null or "figures"."value" is null or "figures"."value_low" <= "figures"."value"),
	CONSTRAINT "figures_value_le_high" CHECK ("figures"."value_high" is null or "figures"."value" is null or "figures"."value" <= "figures"."value_high"),
	CONSTRAINT "figures_low_le_high" CHECK ("figures"."value_low" is null or "figures"."value_high" is null or "figures"."value_low" <= "figures"."value_high"),
	CONSTRAINT "figures_period_both_or_neither" CHECK (("figures"."period_start" is null) = ("figures"."period_end" is null)),
	CONSTRAINT "figures_period_order" CHECK ("figures"."period_start" is null or "figures"."period_start" <= "figures"."period_end"),
	CONSTRAINT "figures_quote_offsets" CHECK ("figures"."quote_start" >= 0 and "figures"."quote_start" < "figures"."quote_end"),
	CONSTRAINT "figures_quote_length" CHECK (char_length("figures"."quote") = "figures"."quote_end" - "figures"."quote_start"),
	CONSTRAINT "figures_public_id_format" CHECK ("figures"."public_id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "figures_normalised_both_or_neither" CHECK (("figures"."normalised_value" is null) = ("figures"."normalised_unit" is null))
);
--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "metrics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"topic_id" integer NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"unit" text NOT NULL,
	"subject" text NOT NULL,
	"note" text,
	CONSTRAINT "metrics_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"document_file" text NOT NULL,
	"kind" "source_kind" NOT NULL,
	"title" text,
	"title_basis" "field_basis",
	"title_evidence" text,
	"outlet" text,
	"outlet_basis" "field_basis",
	"outlet_evidence" text,
	"author" text,
	"author_basis" "field_basis",
	"author_evidence" text,
	"published_on" date,
	"published_precision" date_precision,
	"published_basis" "field_basis",
	"published_evidence" text,
	"url" text,
	"url_basis" "field_basis",
	"url_evidence" text,
	"text" text NOT NULL,
	"sha256" text NOT NULL,
	CONSTRAINT "sources_slug_unique" UNIQUE("slug"),
	CONSTRAINT "sources_documentFile_unique" UNIQUE("document_file"),
	CONSTRAINT "sources_sha256_format" CHECK ("sources"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "sources_title_basis" CHECK (("sources"."title" is null) = ("sources"."title_basis" is null)),
	CONSTRAINT "sources_outlet_basis" CHECK (("sources"."outlet" is null) = ("sources"."outlet_basis" is null)),
	CONSTRAINT "sources_author_basis" CHECK (("sources"."author" is null) = ("sources"."author_basis" is null)),
	CONSTRAINT "sources_published_basis" CHECK (("sources"."published_on" is null) = ("sources"."published_basis" is null) and ("sources"."published_on" is null) = ("sources"."published_precision" is null)),
	CONSTRAINT "sources_url_basis" CHECK (("sources"."url" is null) = ("sources"."url_basis" is null))
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "topics_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "cross_check_inputs" ADD CONSTRAINT "cross_check_inputs_cross_check_id_cross_checks_id_fk" FOREIGN KEY ("cross_check_id") REFERENCES "public"."cross_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_check_inputs" ADD CONSTRAINT "cross_check_inputs_figure_id_figures_id_fk" FOREIGN KEY ("figure_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excluded_mentions" ADD CONSTRAINT "excluded_mentions_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_claimant_id_claimants_id_fk" FOREIGN KEY ("claimant_id") REFERENCES "public"."claimants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claimants_side_idx" ON "claimants" USING btree ("side");--> statement-breakpoint
CREATE UNIQUE INDEX "cross_check_inputs_pk" ON "cross_check_inputs" USING btree ("cross_check_id","name");--> statement-breakpoint
CREATE INDEX "cross_check_inputs_figure_idx" ON "cross_check_inputs" USING btree ("figure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "excluded_mentions_source_start_idx" ON "excluded_mentions" USING btree ("source_id","start");--> statement-breakpoint
CREATE INDEX "figures_metric_id_idx" ON "figures" USING btree ("metric_id","id");--> statement-breakpoint
CREATE INDEX "figures_source_id_idx" ON "figures" USING btree ("source_id","id");--> statement-breakpoint
CREATE INDEX "figures_claimant_id_idx" ON "figures" USING btree ("claimant_id","id");--> statement-breakpoint
CREATE INDEX "figures_kind_id_idx" ON "figures" USING btree ("kind","id");--> statement-breakpoint
CREATE INDEX "figures_quote_search_idx" ON "figures" USING gin (to_tsvector('english', "quote"));--> statement-breakpoint
CREATE INDEX "metrics_topic_idx" ON "metrics" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "sources_outlet_idx" ON "sources" USING btree ("outlet");