-- offerings.data_in_vietnam: true when the offering lists data centers and every one is in Vietnam.
-- Browse pages filter on it for every request, so it is stored, and statement-level triggers keep it
-- true whatever changes the links or a data center's country.
CREATE OR REPLACE FUNCTION mv_refresh_data_in_vietnam(offering_ids uuid[]) RETURNS void
  LANGUAGE sql AS $$
  UPDATE offerings o
     SET data_in_vietnam = fresh.value
    FROM (SELECT t.id,
                 exists (SELECT 1 FROM offering_data_centers x WHERE x.offering_id = t.id)
                 AND NOT exists (SELECT 1 FROM offering_data_centers x JOIN data_centers d ON d.id = x.data_center_id
                                  WHERE x.offering_id = t.id AND d.country_code <> 'VN') AS value
            FROM unnest(offering_ids) AS t(id)) fresh
   WHERE o.id = fresh.id AND o.data_in_vietnam IS DISTINCT FROM fresh.value
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mv_offering_links_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM mv_refresh_data_in_vietnam(ARRAY(SELECT DISTINCT offering_id FROM new_links));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM mv_refresh_data_in_vietnam(ARRAY(SELECT DISTINCT offering_id FROM old_links));
  ELSE
    PERFORM mv_refresh_data_in_vietnam(ARRAY(SELECT offering_id FROM new_links UNION SELECT offering_id FROM old_links));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER offering_data_centers_inserted
  AFTER INSERT ON offering_data_centers REFERENCING NEW TABLE AS new_links
  FOR EACH STATEMENT EXECUTE FUNCTION mv_offering_links_changed();
--> statement-breakpoint
CREATE TRIGGER offering_data_centers_deleted
  AFTER DELETE ON offering_data_centers REFERENCING OLD TABLE AS old_links
  FOR EACH STATEMENT EXECUTE FUNCTION mv_offering_links_changed();
--> statement-breakpoint
CREATE TRIGGER offering_data_centers_updated
  AFTER UPDATE ON offering_data_centers REFERENCING NEW TABLE AS new_links OLD TABLE AS old_links
  FOR EACH STATEMENT EXECUTE FUNCTION mv_offering_links_changed();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mv_data_center_country_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mv_refresh_data_in_vietnam(ARRAY(SELECT x.offering_id FROM offering_data_centers x WHERE x.data_center_id = NEW.id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER data_centers_country_changed
  AFTER UPDATE OF country_code ON data_centers
  FOR EACH ROW WHEN (OLD.country_code IS DISTINCT FROM NEW.country_code)
  EXECUTE FUNCTION mv_data_center_country_changed();
--> statement-breakpoint
SELECT mv_refresh_data_in_vietnam(ARRAY(SELECT id FROM offerings));
