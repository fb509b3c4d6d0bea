-- What each raise of the catalog's version (migration 0014) changed, so that an API instance holding the
-- catalog in memory at version V reloads, at version W, only the offerings changed in (V, W]: the same
-- deferred triggers that raise the version log their rows, in the same transaction. `source` names the
-- table (`row_id` the row's id, for offering_data_centers the offering's); 'all' is a raise that names no
-- rows (mv_raise_catalog_version() after a bulk load): rebuild everything. One row per row and version.
CREATE TABLE "catalog_changes" (
	"version" bigint NOT NULL,
	"source" text NOT NULL,
	"row_id" text NOT NULL,
	CONSTRAINT "catalog_changes_pkey" PRIMARY KEY("version","source","row_id"),
	CONSTRAINT "catalog_changes_source" CHECK ("catalog_changes"."source" in ('all', 'offerings', 'offering_data_centers', 'data_centers', 'vendors', 'categories'))
);
--> statement-breakpoint
-- The version this transaction raises the catalog to: raised on the first call, remembered for the rest of
-- the transaction (transaction-local settings; a rolled-back savepoint forgets them with the raise itself).
-- Each raise drops the log's rows 10,000 versions old: a reader further behind rebuilds.
CREATE FUNCTION mv_next_catalog_version() RETURNS bigint
  LANGUAGE plpgsql AS $$
DECLARE
  raised bigint;
BEGIN
  IF current_setting('mayviet.catalog_changed_in', true) IS NOT DISTINCT FROM txid_current()::text THEN
    RETURN current_setting('mayviet.catalog_version')::bigint;
  END IF;
  UPDATE catalog_state SET version = version + 1 WHERE id = 1 RETURNING version INTO raised;
  PERFORM set_config('mayviet.catalog_changed_in', txid_current()::text, true);
  PERFORM set_config('mayviet.catalog_version', raised::text, true);
  DELETE FROM catalog_changes WHERE version <= raised - 10000;
  RETURN raised;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mv_raise_catalog_version() RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalog_changes (version, source, row_id) VALUES (mv_next_catalog_version(), 'all', '')
    ON CONFLICT DO NOTHING;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mv_catalog_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO catalog_changes (version, source, row_id) VALUES (mv_next_catalog_version(), TG_TABLE_NAME, OLD.id::text)
      ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO catalog_changes (version, source, row_id) VALUES (mv_next_catalog_version(), TG_TABLE_NAME, NEW.id::text)
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A link counts when its offering is published at commit (a draft's data centres change no search).
CREATE OR REPLACE FUNCTION mv_catalog_links_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF EXISTS (SELECT 1 FROM offerings o WHERE o.id = OLD.offering_id AND o.status = 'PUBLISHED') THEN
      INSERT INTO catalog_changes (version, source, row_id) VALUES (mv_next_catalog_version(), TG_TABLE_NAME, OLD.offering_id::text)
        ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM offerings o WHERE o.id = NEW.offering_id AND o.status = 'PUBLISHED') THEN
      INSERT INTO catalog_changes (version, source, row_id) VALUES (mv_next_catalog_version(), TG_TABLE_NAME, NEW.offering_id::text)
        ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END $$;
