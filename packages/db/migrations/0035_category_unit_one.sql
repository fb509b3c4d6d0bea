-- An earlier migration of the same run may have left deferred trigger events on categories (0033's update): fire
-- them now, or the table cannot be altered.
SET CONSTRAINTS ALL IMMEDIATE;
--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "unit_name_en_one" text DEFAULT 'subscription' NOT NULL;--> statement-breakpoint
-- English for a quantity of one ("1 server", not "1 servers") for the categories the catalogue ships with (the seed
-- keeps them; staff-made categories keep the default). The update raises the catalog's version: forget an earlier
-- migration's raise in this transaction (as migration 0033 does), so this one starts afresh.
SELECT set_config('mayviet.catalog_changed_in', '', true);
--> statement-breakpoint
UPDATE categories c SET unit_name_en_one = u.unit_name_en_one
FROM (VALUES
  ('servers', 'server'),
  ('GB', 'GB'),
  ('subscriptions', 'subscription'),
  ('database instances', 'database instance'),
  ('clusters', 'cluster'),
  ('mailboxes', 'mailbox'),
  ('users', 'user'),
  ('learners', 'learner'),
  ('licences', 'licence')
) AS u(unit_name_en, unit_name_en_one)
WHERE c.unit_name_en = u.unit_name_en;
