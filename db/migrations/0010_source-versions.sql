CREATE TABLE "source_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "source_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_id" integer NOT NULL,
	"document_file" text NOT NULL,
	"sha256" text NOT NULL,
	"text" text NOT NULL,
	"replaced_on" date NOT NULL,
	"note" text,
	"position" integer NOT NULL,
	CONSTRAINT "source_versions_documentFile_unique" UNIQUE("document_file")
);
--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "quote_document" text;--> statement-breakpoint
ALTER TABLE "source_versions" ADD CONSTRAINT "source_versions_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "source_versions_source_position_idx" ON "source_versions" USING btree ("source_id","position");