CREATE TABLE "blueprint_needs" (
	"blueprint_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"category_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"note" text,
	"note_en" text,
	CONSTRAINT "blueprint_needs_pkey" PRIMARY KEY("blueprint_id","position"),
	CONSTRAINT "blueprint_needs_quantity_range" CHECK ("blueprint_needs"."quantity" between 1 and 1000000),
	CONSTRAINT "blueprint_needs_note_length" CHECK (length(btrim("blueprint_needs"."note")) between 1 and 300 and length(btrim("blueprint_needs"."note_en")) between 1 and 300)
);
--> statement-breakpoint
CREATE TABLE "blueprints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text NOT NULL,
	"description_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blueprints_slug_format" CHECK ("blueprints"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("blueprints"."slug") <= 80),
	CONSTRAINT "blueprints_name_not_blank" CHECK (length(btrim("blueprints"."name")) between 1 and 120 and length(btrim("blueprints"."name_en")) between 1 and 120),
	CONSTRAINT "blueprints_description_not_blank" CHECK (length(btrim("blueprints"."description")) between 1 and 1000 and length(btrim("blueprints"."description_en")) between 1 and 1000)
);
--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "need_units" "billing_unit"[] DEFAULT '{MONTH,HOUR}'::billing_unit[] NOT NULL;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "unit_name" text DEFAULT 'gói' NOT NULL;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "unit_name_en" text DEFAULT 'subscriptions' NOT NULL;--> statement-breakpoint
ALTER TABLE "stack_items" ADD COLUMN "redundancy_group" text;--> statement-breakpoint
ALTER TABLE "blueprint_needs" ADD CONSTRAINT "blueprint_needs_blueprint_id_blueprints_id_fk" FOREIGN KEY ("blueprint_id") REFERENCES "public"."blueprints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blueprint_needs" ADD CONSTRAINT "blueprint_needs_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "blueprint_needs_category_key" ON "blueprint_needs" USING btree ("blueprint_id","category_id");--> statement-breakpoint
CREATE INDEX "blueprint_needs_category_idx" ON "blueprint_needs" USING btree ("category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "blueprints_slug_key" ON "blueprints" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "blueprints_position_idx" ON "blueprints" USING btree ("position","slug");--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_need_units_not_empty" CHECK (cardinality("categories"."need_units") > 0);--> statement-breakpoint
ALTER TABLE "stack_items" ADD CONSTRAINT "stack_items_redundancy_group_format" CHECK ("stack_items"."redundancy_group" ~ '^[A-Za-z0-9._:-]{1,40}$');--> statement-breakpoint
CREATE TRIGGER blueprints_audit AFTER INSERT OR UPDATE OR DELETE ON blueprints FOR EACH ROW EXECUTE FUNCTION mv_audit();
--> statement-breakpoint
CREATE TRIGGER blueprint_needs_audit AFTER INSERT OR UPDATE OR DELETE ON blueprint_needs FOR EACH ROW EXECUTE FUNCTION mv_audit();
--> statement-breakpoint
-- The usual unit of each category the catalogue ships with (the seed keeps them; staff-made categories keep the default).
-- The update raises the catalog's version. When one run applies several migrations, an earlier one may have raised it
-- through the function of migration 0014, which remembered the transaction but not the version: forget the
-- transaction, so the raise below starts afresh.
SELECT set_config('mayviet.catalog_changed_in', '', true);
--> statement-breakpoint
UPDATE categories c SET need_units = u.need_units::billing_unit[], unit_name = u.unit_name, unit_name_en = u.unit_name_en
FROM (VALUES
  ('compute', '{MONTH,HOUR}', 'máy chủ', 'servers'),
  ('block-storage', '{GB_MONTH}', 'GB', 'GB'),
  ('object-storage', '{GB_MONTH}', 'GB', 'GB'),
  ('backup', '{GB_MONTH}', 'GB', 'GB'),
  ('network', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('cdn', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('managed-database', '{MONTH,HOUR}', 'máy chủ cơ sở dữ liệu', 'database instances'),
  ('kubernetes', '{MONTH,HOUR}', 'cụm', 'clusters'),
  ('monitoring', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('email', '{USER_MONTH}', 'hộp thư', 'mailboxes'),
  ('e-office', '{USER_MONTH}', 'người dùng', 'users'),
  ('e-government', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('e-learning', '{USER_MONTH}', 'người học', 'learners'),
  ('telemedicine', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('accounting', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('video-conferencing', '{USER_MONTH}', 'người dùng', 'users'),
  ('e-newspaper', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('waf', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('ddos-protection', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('soc', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('disaster-recovery', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('kms', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('vulnerability-scanning', '{MONTH,HOUR}', 'gói', 'subscriptions'),
  ('erp', '{ONE_TIME,MONTH,HOUR}', 'bản quyền', 'licences'),
  ('hrm', '{ONE_TIME,MONTH,HOUR}', 'bản quyền', 'licences'),
  ('accounting-software', '{ONE_TIME,MONTH,HOUR}', 'bản quyền', 'licences'),
  ('document-management-software', '{ONE_TIME,MONTH,HOUR}', 'bản quyền', 'licences')
) AS u(slug, need_units, unit_name, unit_name_en)
WHERE c.slug = u.slug;
