ALTER TYPE "public"."exclusion_reason" ADD VALUE 'retracted';--> statement-breakpoint
CREATE TABLE "figure_corrections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "figure_corrections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"figure_id" integer NOT NULL,
	"position" integer NOT NULL,
	"corrected_on" date NOT NULL,
	"field" text NOT NULL,
	"was" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retracted_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "retracted_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"public_id" text NOT NULL,
	"source_id" integer NOT NULL,
	"metric_name" text NOT NULL,
	"claimant_name" text NOT NULL,
	"value_text" text NOT NULL,
	"quote" text NOT NULL,
	"quote_start" integer NOT NULL,
	"quote_end" integer NOT NULL,
	"retracted_on" date NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "retracted_figures_publicId_unique" UNIQUE("public_id")
);
--> statement-breakpoint
ALTER TABLE "figure_corrections" ADD CONSTRAINT "figure_corrections_figure_id_figures_id_fk" FOREIGN KEY ("figure_id") REFERENCES "public"."figures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retracted_figures" ADD CONSTRAINT "retracted_figures_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "figure_corrections_figure_position_idx" ON "figure_corrections" USING btree ("figure_id","position");--> statement-breakpoint
CREATE INDEX "figure_corrections_corrected_on_idx" ON "figure_corrections" USING btree ("corrected_on");--> statement-breakpoint
CREATE INDEX "retracted_figures_retracted_on_idx" ON "retracted_figures" USING btree ("retracted_on");