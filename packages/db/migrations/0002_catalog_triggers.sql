-- Denormalized columns that filters, sorts and search read on every catalog page. Triggers keep them
-- true whatever writes the rows (API, seed, operators' SQL), so nothing can forget to refresh them.

-- offerings.search_context: the vendor's and the category's names (both languages), so "viettel"
-- or "tường lửa" finds an offering whose own text never says it.
CREATE OR REPLACE FUNCTION mv_offering_search_context() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_context := coalesce((SELECT v.name FROM vendors v WHERE v.id = NEW.vendor_id), '')
    || ' ' || coalesce((SELECT c.name || ' ' || c.name_en FROM categories c WHERE c.id = NEW.category_id), '');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER offerings_search_context
  BEFORE INSERT OR UPDATE OF vendor_id, category_id ON offerings
  FOR EACH ROW EXECUTE FUNCTION mv_offering_search_context();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mv_refresh_offering_search_context() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'vendors' THEN
    UPDATE offerings SET vendor_id = vendor_id WHERE vendor_id = NEW.id;
  ELSE
    UPDATE offerings SET category_id = category_id WHERE category_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER vendors_name_search_context
  AFTER UPDATE OF name ON vendors
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION mv_refresh_offering_search_context();
--> statement-breakpoint
CREATE TRIGGER categories_name_search_context
  AFTER UPDATE OF name, name_en ON categories
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_en IS DISTINCT FROM NEW.name_en)
  EXECUTE FUNCTION mv_refresh_offering_search_context();
--> statement-breakpoint
-- offerings.min_monthly_price: the lowest recurring plan price (one-time plans have none).
CREATE OR REPLACE FUNCTION mv_refresh_min_monthly_price() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  FOR target IN
    SELECT DISTINCT x FROM unnest(ARRAY[
      CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN OLD.offering_id END,
      CASE WHEN TG_OP IN ('UPDATE', 'INSERT') THEN NEW.offering_id END
    ]) AS x WHERE x IS NOT NULL
  LOOP
    UPDATE offerings o
       SET min_monthly_price = (SELECT min(p.monthly_price) FROM plans p
                                 WHERE p.offering_id = target AND p.unit <> 'ONE_TIME')
     WHERE o.id = target
       AND o.min_monthly_price IS DISTINCT FROM (SELECT min(p.monthly_price) FROM plans p
                                                 WHERE p.offering_id = target AND p.unit <> 'ONE_TIME');
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER plans_min_monthly_price
  AFTER INSERT OR UPDATE OF price, unit, offering_id OR DELETE ON plans
  FOR EACH ROW EXECUTE FUNCTION mv_refresh_min_monthly_price();
--> statement-breakpoint
-- Rows written before these triggers existed get their derived columns now.
UPDATE offerings SET vendor_id = vendor_id;
--> statement-breakpoint
UPDATE offerings o SET min_monthly_price = (SELECT min(p.monthly_price) FROM plans p
                                            WHERE p.offering_id = o.id AND p.unit <> 'ONE_TIME');
