CREATE TABLE "catalog_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "catalog_state_one_row" CHECK ("catalog_state"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "catalog_state" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- Raises the catalog's version once per transaction that changes a table catalog searches read (their
-- pages, counts, facets and typo checks are cached by version in the API).
-- The triggers are deferred to commit, so the lock on the one row is taken last, after every other lock
-- of the transaction: two writers wait for each other there but cannot deadlock on it.
CREATE FUNCTION mv_catalog_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('mayviet.catalog_changed_in', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('mayviet.catalog_changed_in', txid_current()::text, true);
    UPDATE catalog_state SET version = version + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER offerings_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON offerings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER offering_data_centers_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON offering_data_centers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER data_centers_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON data_centers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER vendors_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON vendors
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER categories_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON categories
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_catalog_changed();
