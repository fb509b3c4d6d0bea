-- Prices are compared within the unit they count (docs/SEARCH.md): each offering keeps the unit of its lowest
-- price (the cheapest recurring plan's, HOUR read as MONTH; ONE_TIME when every live plan is one-time) and
-- its lowest one-time price, beside min_monthly_price, all kept by the trigger on plans.
DROP INDEX "offerings_published_browse_idx";--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "price_unit" "billing_unit";--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "min_one_time_price" bigint;--> statement-breakpoint
CREATE FUNCTION mv_offering_prices(target uuid)
  RETURNS TABLE (min_monthly_price bigint, price_unit billing_unit, min_one_time_price bigint)
  LANGUAGE sql STABLE AS $$
  SELECT min(p.monthly_price) FILTER (WHERE p.unit <> 'ONE_TIME'),
         coalesce((array_agg(CASE p.unit WHEN 'HOUR' THEN 'MONTH'::billing_unit ELSE p.unit END ORDER BY p.monthly_price, p.unit)
                     FILTER (WHERE p.unit <> 'ONE_TIME'))[1],
                  CASE WHEN bool_or(p.unit = 'ONE_TIME') THEN 'ONE_TIME'::billing_unit END),
         min(p.price) FILTER (WHERE p.unit = 'ONE_TIME')
  FROM plans p WHERE p.offering_id = target AND p.retired_at IS NULL
$$;--> statement-breakpoint
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
       SET min_monthly_price = p.min_monthly_price, price_unit = p.price_unit, min_one_time_price = p.min_one_time_price
      FROM mv_offering_prices(target) p
     WHERE o.id = target
       AND (o.min_monthly_price, o.price_unit, o.min_one_time_price)
           IS DISTINCT FROM (p.min_monthly_price, p.price_unit, p.min_one_time_price);
  END LOOP;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Derived values, not anyone's edit: no audit event per offering; the catalog's version is raised once.
ALTER TABLE "offerings" DISABLE TRIGGER USER;--> statement-breakpoint
UPDATE "offerings" o SET (price_unit, min_one_time_price) = (SELECT p.price_unit, p.min_one_time_price FROM mv_offering_prices(o.id) p);--> statement-breakpoint
ALTER TABLE "offerings" ENABLE TRIGGER USER;--> statement-breakpoint
SELECT mv_raise_catalog_version();--> statement-breakpoint
CREATE INDEX "offerings_published_unit_price_asc_idx" ON "offerings" USING btree ("price_unit",coalesce("min_monthly_price", 9223372036854775807),"id") WHERE "offerings"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "offerings_published_unit_price_desc_idx" ON "offerings" USING btree ("price_unit",coalesce("min_monthly_price", -1) desc,"id") WHERE "offerings"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "offerings_published_browse_idx" ON "offerings" USING btree ("data_in_vietnam","kind","category_id","vendor_id","price_unit","id") WHERE "offerings"."status" = 'PUBLISHED';
