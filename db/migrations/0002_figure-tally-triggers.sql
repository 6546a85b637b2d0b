-- Keeps figure_tallies exact: statement-level triggers add and subtract the rows each statement changed.
CREATE FUNCTION "tally_figures"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		UPDATE "figure_tallies" AS t
		SET "figure_count" = t."figure_count" - o."figure_count"
		FROM (
			SELECT "metric_id", "claimant_id", "source_id", "kind", count(*)::int AS "figure_count"
			FROM "old_figures" GROUP BY 1, 2, 3, 4
		) AS o
		WHERE t."metric_id" = o."metric_id" AND t."claimant_id" = o."claimant_id"
			AND t."source_id" = o."source_id" AND t."kind" = o."kind";
		DELETE FROM "figure_tallies" WHERE "figure_count" = 0;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO "figure_tallies" ("metric_id", "claimant_id", "source_id", "kind", "figure_count")
		SELECT "metric_id", "claimant_id", "source_id", "kind", count(*)::int
		FROM "new_figures" GROUP BY 1, 2, 3, 4
		ON CONFLICT ("metric_id", "claimant_id", "source_id", "kind")
		DO UPDATE SET "figure_count" = "figure_tallies"."figure_count" + excluded."figure_count";
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "figures_tally_insert" AFTER INSERT ON "figures"
	REFERENCING NEW TABLE AS "new_figures" FOR EACH STATEMENT EXECUTE FUNCTION "tally_figures"();
--> statement-breakpoint
CREATE TRIGGER "figures_tally_update" AFTER UPDATE ON "figures"
	REFERENCING OLD TABLE AS "old_figures" NEW TABLE AS "new_figures" FOR EACH STATEMENT EXECUTE FUNCTION "tally_figures"();
--> statement-breakpoint
CREATE TRIGGER "figures_tally_delete" AFTER DELETE ON "figures"
	REFERENCING OLD TABLE AS "old_figures" FOR EACH STATEMENT EXECUTE FUNCTION "tally_figures"();
--> statement-breakpoint
-- TRUNCATE fires no row triggers; emptying the figures empties their tallies.
CREATE FUNCTION "clear_figure_tallies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM "figure_tallies";
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "figures_tally_truncate" AFTER TRUNCATE ON "figures"
	FOR EACH STATEMENT EXECUTE FUNCTION "clear_figure_tallies"();
--> statement-breakpoint
-- Databases that already hold figures start with their tallies.
INSERT INTO "figure_tallies" ("metric_id", "claimant_id", "source_id", "kind", "figure_count")
SELECT "metric_id", "claimant_id", "source_id", "kind", count(*)::int
FROM "figures" GROUP BY 1, 2, 3, 4;
