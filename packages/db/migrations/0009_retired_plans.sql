-- A retired plan no longer counts towards its offering's lowest monthly price; retiring one refreshes it.
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
                                 WHERE p.offering_id = target AND p.unit <> 'ONE_TIME' AND p.retired_at IS NULL)
     WHERE o.id = target
       AND o.min_monthly_price IS DISTINCT FROM (SELECT min(p.monthly_price) FROM plans p
                                                 WHERE p.offering_id = target AND p.unit <> 'ONE_TIME' AND p.retired_at IS NULL);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER plans_min_monthly_price ON plans;
--> statement-breakpoint
CREATE TRIGGER plans_min_monthly_price
  AFTER INSERT OR UPDATE OF price, unit, offering_id, retired_at OR DELETE ON plans
  FOR EACH ROW EXECUTE FUNCTION mv_refresh_min_monthly_price();
