-- A published offering's plans and requirements are part of what the catalogue serves: the composer reads
-- them (its candidates are cached per category and carried across catalog versions by catalog_changes,
-- api/src/modules/compose/catalogue.ts). Listing edits rewrite the offering's row in the same transaction,
-- but a plan, a requirement or a requirement's categories and vendors written any other way (a seed, by
-- hand) must log their offering too: the same deferred triggers as migration 0014's links log the offering,
-- when it is published at commit, under source 'offerings'.
CREATE FUNCTION mv_offering_part_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  FOR target IN
    SELECT DISTINCT x FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.offering_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.offering_id END
    ]) AS x WHERE x IS NOT NULL
  LOOP
    IF EXISTS (SELECT 1 FROM offerings o WHERE o.id = target AND o.status = 'PUBLISHED') THEN
      INSERT INTO catalog_changes (version, source, row_id) VALUES (mv_next_catalog_version(), 'offerings', target::text)
        ON CONFLICT DO NOTHING;
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A requirement's categories and vendors: its offering, found through the requirement (a requirement
-- deleted with them logged its offering itself).
CREATE FUNCTION mv_requirement_part_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalog_changes (version, source, row_id)
    SELECT mv_next_catalog_version(), 'offerings', o.id::text
    FROM requirements r JOIN offerings o ON o.id = r.offering_id
    WHERE o.status = 'PUBLISHED'
      AND r.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.requirement_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.requirement_id END)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER plans_catalog_changed AFTER INSERT OR DELETE OR UPDATE OF price, unit, offering_id, retired_at ON plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_offering_part_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER requirements_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON requirements
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_offering_part_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER requirement_categories_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON requirement_categories
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_requirement_part_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER requirement_vendors_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON requirement_vendors
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mv_requirement_part_changed();
