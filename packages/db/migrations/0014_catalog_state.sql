CREATE TABLE "catalog_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "catalog_state_one_row" CHECK ("catalog_state"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "catalog_state" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- Raises the catalog's version once per transaction that changes what catalog searches read (their
-- pages, counts, facets and typo checks are cached by version in the API): published offerings, the data
-- centres of published offerings, data centres, vendors and categories. A draft's edits leave it alone.
-- The triggers are deferred to commit, so the lock on the one row is taken last, after every other lock
-- of the transaction: two writers wait for each other there but cannot deadlock on it. A transaction that
-- writes these tables cannot ALTER or index them afterwards (pending trigger events): bulk loads pause the
-- triggers and call mv_raise_catalog_version() once (bench/src/generate.ts).
CREATE FUNCTION mv_raise_catalog_version() RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('mayviet.catalog_changed_in', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('mayviet.catalog_changed_in', txid_current()::text, true);
    UPDATE catalog_state SET version = version + 1 WHERE id = 1;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION mv_catalog_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mv_raise_catalog_version();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION mv_catalog_links_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM offerings o WHERE o.id = OLD.offering_id AND o.status = 'PUBLISHED'))
     OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM offerings o WHERE o.id = NEW.offering_id AND o.status = 'PUBLISHED')) THEN
    PERFORM mv_raise_catalog_version();
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER offerings_catalog_inserted AFTER INSERT ON offerings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER offerings_catalog_updated AFTER UPDATE ON offerings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER offerings_catalog_deleted AFTER DELETE ON offerings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER offering_data_centers_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON offering_data_centers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_links_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER data_centers_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON data_centers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER vendors_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON vendors
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER categories_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON categories
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_changed();
