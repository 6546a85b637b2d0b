CREATE TABLE "releases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "releases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" text NOT NULL,
	"released_on" date NOT NULL,
	"summary" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "releases_version_unique" UNIQUE("version"),
	CONSTRAINT "releases_releasedOn_unique" UNIQUE("released_on")
);
--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "added_on" date DEFAULT current_date NOT NULL;--> statement-breakpoint
ALTER TABLE "retracted_figures" ADD COLUMN "added_on" date DEFAULT current_date NOT NULL;--> statement-breakpoint
CREATE INDEX "figures_added_on_idx" ON "figures" USING btree ("added_on","id");