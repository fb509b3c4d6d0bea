CREATE TYPE "public"."attestation_status" AS ENUM('CLAIMED', 'VERIFIED', 'EXPIRED', 'REVOKED');--> statement-breakpoint
CREATE TYPE "public"."billing_unit" AS ENUM('MONTH', 'HOUR', 'GB_MONTH', 'USER_MONTH', 'ONE_TIME');--> statement-breakpoint
CREATE TYPE "public"."listing_status" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED');--> statement-breakpoint
CREATE TYPE "public"."offering_kind" AS ENUM('IAAS', 'PAAS', 'SAAS', 'SECURITY', 'SOFTWARE');--> statement-breakpoint
CREATE TYPE "public"."vendor_kind" AS ENUM('CLOUD_PROVIDER', 'SECURITY_VENDOR', 'SOFTWARE_VENDOR');--> statement-breakpoint
CREATE TABLE "vendors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kinds" "vendor_kind"[] NOT NULL,
	"domestic" boolean NOT NULL,
	"country_code" text NOT NULL,
	"description" text NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendors_slug_format" CHECK ("vendors"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "vendors_kinds_not_empty" CHECK (cardinality("vendors"."kinds") > 0),
	CONSTRAINT "vendors_country_code_format" CHECK ("vendors"."country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "data_centers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vendor_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	"country_code" text NOT NULL,
	"tier" integer,
	CONSTRAINT "data_centers_tier_range" CHECK ("data_centers"."tier" between 1 and 4),
	CONSTRAINT "data_centers_country_code_format" CHECK ("data_centers"."country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"kind" "offering_kind" NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "categories_id_kind_key" UNIQUE("id","kind"),
	CONSTRAINT "categories_slug_format" CHECK ("categories"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "offerings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"vendor_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	"kind" "offering_kind" NOT NULL,
	"status" "listing_status" DEFAULT 'DRAFT' NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"sla_availability" numeric(6, 3),
	"sample_data" boolean DEFAULT false NOT NULL,
	"min_monthly_price" bigint,
	"search_context" text DEFAULT '' NOT NULL,
	"search_exact" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "offerings"."name"), 'A')
        || setweight(to_tsvector('simple'::regconfig, "offerings"."search_context"), 'B')
        || setweight(to_tsvector('simple'::regconfig, "offerings"."summary" || ' ' || "offerings"."summary_en"), 'C')
        || setweight(to_tsvector('simple'::regconfig, "offerings"."description"), 'D')) STORED,
	"search_folded" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, mv_fold("offerings"."name")), 'A')
        || setweight(to_tsvector('simple'::regconfig, mv_fold("offerings"."search_context")), 'B')
        || setweight(to_tsvector('simple'::regconfig, mv_fold("offerings"."summary" || ' ' || "offerings"."summary_en")), 'C')
        || setweight(to_tsvector('simple'::regconfig, mv_fold("offerings"."description")), 'D')) STORED,
	"search_names" text GENERATED ALWAYS AS (mv_fold("offerings"."name" || ' ' || "offerings"."search_context")) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offerings_slug_format" CHECK ("offerings"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "offerings_sla_range" CHECK ("offerings"."sla_availability" > 0 and "offerings"."sla_availability" <= 100),
	CONSTRAINT "offerings_name_not_blank" CHECK (length(btrim("offerings"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "offering_data_centers" (
	"offering_id" uuid NOT NULL,
	"data_center_id" uuid NOT NULL,
	CONSTRAINT "offering_data_centers_pkey" PRIMARY KEY("offering_id","data_center_id")
);
--> statement-breakpoint
CREATE TABLE "plan_specs" (
	"plan_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offering_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"price" bigint NOT NULL,
	"unit" "billing_unit" NOT NULL,
	"monthly_price" bigint GENERATED ALWAYS AS (case "plans"."unit" when 'HOUR' then "plans"."price" * 730 when 'ONE_TIME' then 0 else "plans"."price" end) STORED,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "plans_price_range" CHECK ("plans"."price" >= 0 and "plans"."price" <= 1000000000000),
	CONSTRAINT "plans_name_not_blank" CHECK (length(btrim("plans"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "requirement_categories" (
	"requirement_id" uuid NOT NULL,
	"category_id" integer NOT NULL,
	CONSTRAINT "requirement_categories_pkey" PRIMARY KEY("requirement_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "requirement_vendors" (
	"requirement_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	CONSTRAINT "requirement_vendors_pkey" PRIMARY KEY("requirement_id","vendor_id")
);
--> statement-breakpoint
CREATE TABLE "requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offering_id" uuid NOT NULL,
	"description" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attestations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" integer NOT NULL,
	"vendor_id" uuid,
	"offering_id" uuid,
	"status" "attestation_status" DEFAULT 'CLAIMED' NOT NULL,
	"criteria_met" integer,
	"evidence_url" text,
	"note" text,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"verified_at" timestamp with time zone,
	"valid_until" timestamp with time zone,
	CONSTRAINT "attestations_one_subject" CHECK (num_nonnulls("attestations"."vendor_id", "attestations"."offering_id") = 1),
	CONSTRAINT "attestations_criteria_met_nonnegative" CHECK ("attestations"."criteria_met" >= 0),
	CONSTRAINT "attestations_verified_has_date" CHECK ("attestations"."status" <> 'VERIFIED' or "attestations"."verified_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "compliance_frameworks" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"issuer" text NOT NULL,
	"reference" text,
	"criteria_count" integer NOT NULL,
	CONSTRAINT "compliance_frameworks_criteria_positive" CHECK ("compliance_frameworks"."criteria_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "compliance_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"framework_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"criteria_count" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "compliance_groups_criteria_positive" CHECK ("compliance_groups"."criteria_count" > 0)
);
--> statement-breakpoint
ALTER TABLE "data_centers" ADD CONSTRAINT "data_centers_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_category_kind_fk" FOREIGN KEY ("category_id","kind") REFERENCES "public"."categories"("id","kind") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offering_data_centers" ADD CONSTRAINT "offering_data_centers_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offering_data_centers" ADD CONSTRAINT "offering_data_centers_data_center_id_data_centers_id_fk" FOREIGN KEY ("data_center_id") REFERENCES "public"."data_centers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_specs" ADD CONSTRAINT "plan_specs_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_categories" ADD CONSTRAINT "requirement_categories_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_categories" ADD CONSTRAINT "requirement_categories_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_vendors" ADD CONSTRAINT "requirement_vendors_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_vendors" ADD CONSTRAINT "requirement_vendors_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_framework_id_compliance_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."compliance_frameworks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_groups" ADD CONSTRAINT "compliance_groups_framework_id_compliance_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."compliance_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vendors_slug_key" ON "vendors" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "vendors_kinds_idx" ON "vendors" USING gin ("kinds");--> statement-breakpoint
CREATE INDEX "vendors_name_idx" ON "vendors" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "data_centers_slug_key" ON "data_centers" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "data_centers_vendor_idx" ON "data_centers" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "data_centers_city_idx" ON "data_centers" USING btree ("city");--> statement-breakpoint
CREATE INDEX "data_centers_country_idx" ON "data_centers" USING btree ("country_code");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_slug_key" ON "categories" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "offerings_slug_key" ON "offerings" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "offerings_vendor_idx" ON "offerings" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "offerings_category_idx" ON "offerings" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "offerings_status_kind_idx" ON "offerings" USING btree ("status","kind");--> statement-breakpoint
CREATE INDEX "offerings_published_name_idx" ON "offerings" USING btree ("name","id") WHERE "offerings"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "offerings_published_price_asc_idx" ON "offerings" USING btree (coalesce("min_monthly_price", 9223372036854775807),"id") WHERE "offerings"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "offerings_published_price_desc_idx" ON "offerings" USING btree (coalesce("min_monthly_price", -1) desc,"id") WHERE "offerings"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "offerings_published_sla_idx" ON "offerings" USING btree (coalesce("sla_availability", 0) desc,"id") WHERE "offerings"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "offerings_published_updated_idx" ON "offerings" USING btree ("updated_at" desc,"id") WHERE "offerings"."status" = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "offerings_min_monthly_price_idx" ON "offerings" USING btree ("min_monthly_price");--> statement-breakpoint
CREATE INDEX "offerings_sla_idx" ON "offerings" USING btree ("sla_availability");--> statement-breakpoint
CREATE INDEX "offerings_search_exact_idx" ON "offerings" USING gin ("search_exact");--> statement-breakpoint
CREATE INDEX "offerings_search_folded_idx" ON "offerings" USING gin ("search_folded");--> statement-breakpoint
CREATE INDEX "offerings_search_names_trgm_idx" ON "offerings" USING gin ("search_names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "offering_data_centers_dc_idx" ON "offering_data_centers" USING btree ("data_center_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_specs_plan_key_key" ON "plan_specs" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "plans_offering_idx" ON "plans" USING btree ("offering_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_offering_slug_key" ON "plans" USING btree ("offering_id","slug");--> statement-breakpoint
CREATE INDEX "requirements_offering_idx" ON "requirements" USING btree ("offering_id","position");--> statement-breakpoint
CREATE INDEX "attestations_vendor_idx" ON "attestations" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "attestations_offering_idx" ON "attestations" USING btree ("offering_id");--> statement-breakpoint
CREATE INDEX "attestations_framework_status_idx" ON "attestations" USING btree ("framework_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_frameworks_code_key" ON "compliance_frameworks" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_groups_framework_code_key" ON "compliance_groups" USING btree ("framework_id","code");