CREATE TYPE "public"."api_key_mode" AS ENUM('LIVE', 'TEST');--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'LISTING_ARCHIVED';--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'ATTESTATION_VERIFIED';--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'ATTESTATION_REFUSED';--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'ATTESTATION_EXPIRED';--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'ORGANIZATION_SUSPENDED';--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'ORGANIZATION_RESTORED';--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'PING';--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer,
	"response_body" text,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY("organization_id","key"),
	CONSTRAINT "idempotency_keys_key_length" CHECK (length("idempotency_keys"."key") between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "organization_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "membership_role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by_user_id" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "organization_invitations_email_length" CHECK (length("organization_invitations"."email") between 3 and 254)
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"url" text NOT NULL,
	"description" text,
	"topics" "webhook_event"[] NOT NULL,
	"webhook_secret" text NOT NULL,
	"previous_webhook_secret" text,
	"previous_secret_expires_at" timestamp with time zone,
	"secret_rotated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_endpoints_url_length" CHECK (length("webhook_endpoints"."url") between 1 and 500),
	CONSTRAINT "webhook_endpoints_description_length" CHECK (length("webhook_endpoints"."description") <= 200),
	CONSTRAINT "webhook_endpoints_topics_not_empty" CHECK (cardinality("webhook_endpoints"."topics") >= 1)
);
--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "sandbox_key_id" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "mode" "api_key_mode" DEFAULT 'LIVE' NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "endpoint_id" uuid;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "test" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "redelivery_of_id" uuid;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_invitations" ADD CONSTRAINT "organization_invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_invitations" ADD CONSTRAINT "organization_invitations_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_invitations" ADD CONSTRAINT "organization_invitations_accepted_by_user_id_users_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_idx" ON "idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_invitations_token_hash_key" ON "organization_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_invitations_open_key" ON "organization_invitations" USING btree ("organization_id",lower("email")) WHERE "organization_invitations"."accepted_at" is null and "organization_invitations"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "webhook_endpoints_organization_idx" ON "webhook_endpoints" USING btree ("organization_id","created_at");--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_sandbox_key_id_api_keys_id_fk" FOREIGN KEY ("sandbox_key_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_redelivery_of_fk" FOREIGN KEY ("redelivery_of_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offerings_external_id_key" ON "offerings" USING btree ("vendor_id",coalesce("sandbox_key_id", '00000000-0000-0000-0000-000000000000'::uuid),"external_id") WHERE "offerings"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "offerings_sandbox_idx" ON "offerings" USING btree ("sandbox_key_id") WHERE "offerings"."sandbox_key_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_offering_external_id_key" ON "plans" USING btree ("offering_id","external_id") WHERE "plans"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id","created_at");--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_external_id_format" CHECK ("offerings"."external_id" ~ '^[A-Za-z0-9._:/-]{1,100}$');--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_sandbox_never_public" CHECK ("offerings"."sandbox_key_id" is null or "offerings"."status" in ('DRAFT', 'IN_REVIEW', 'REJECTED'));--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_external_id_format" CHECK ("plans"."external_id" ~ '^[A-Za-z0-9._:/-]{1,100}$');--> statement-breakpoint
-- Every organization's one webhook URL becomes its first endpoint, subscribed to every event there was until
-- now, keeping its secret: receivers notice nothing. Migrations run in one transaction, and PostgreSQL refuses
-- an enum value added in the same transaction (55P04): a database migrated from before 0030 in one go never
-- had the events 0030 added, so its endpoints get the three events it knew.
DO $$
BEGIN
  INSERT INTO webhook_endpoints (organization_id, url, topics, webhook_secret)
  SELECT id, webhook_url,
         ARRAY['LISTING_APPROVED', 'LISTING_REJECTED', 'QUOTE_REQUESTED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'QUOTE_REQUEST_UPDATED']::webhook_event[],
         coalesce(webhook_secret, '')
    FROM organizations WHERE webhook_url IS NOT NULL;
EXCEPTION WHEN SQLSTATE '55P04' THEN
  INSERT INTO webhook_endpoints (organization_id, url, topics, webhook_secret)
  SELECT id, webhook_url, ARRAY['LISTING_APPROVED', 'LISTING_REJECTED', 'QUOTE_REQUESTED']::webhook_event[], coalesce(webhook_secret, '')
    FROM organizations WHERE webhook_url IS NOT NULL;
END $$;
--> statement-breakpoint
UPDATE webhook_deliveries d SET endpoint_id = e.id FROM webhook_endpoints e WHERE e.organization_id = d.organization_id;
--> statement-breakpoint
-- Endpoints and invitations are audited like every domain table (secrets and token hashes hidden by name);
-- idempotency_keys (stored answers, which may hold a secret shown once) is not.
CREATE TRIGGER webhook_endpoints_audit AFTER INSERT OR UPDATE OR DELETE ON webhook_endpoints FOR EACH ROW EXECUTE FUNCTION mv_audit();
--> statement-breakpoint
CREATE TRIGGER organization_invitations_audit AFTER INSERT OR UPDATE OR DELETE ON organization_invitations FOR EACH ROW EXECUTE FUNCTION mv_audit();
--> statement-breakpoint
-- The secret an endpoint rotated away from is as secret as the current one (webhook_secret, hidden by mv_audit).
-- Otherwise the function of 0030.
CREATE OR REPLACE FUNCTION mv_audit_without_buyer_data(audited_table text, row_data jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN audited_table = 'quote_requests' THEN
      row_data - ARRAY['contact_name', 'contact_email', 'organization', 'message', 'client_address', 'access_token_hash']
    WHEN audited_table = 'offers' THEN
      row_data - ARRAY['lines', 'terms', 'monthly_total', 'one_time_total', 'list_monthly_total', 'list_one_time_total']
    WHEN audited_table = 'webhook_endpoints' THEN
      row_data - 'previous_webhook_secret'
    WHEN audited_table = 'webhook_deliveries' AND row_data -> 'payload' ? 'offer' THEN
      row_data #- '{payload,offer,lines}' #- '{payload,offer,terms}' #- '{payload,offer,monthlyTotal}' #- '{payload,offer,oneTimeTotal}'
               #- '{payload,quoteRequest,contactName}' #- '{payload,quoteRequest,contactEmail}'
               #- '{payload,quoteRequest,organization}' #- '{payload,quoteRequest,message}'
    WHEN audited_table = 'webhook_deliveries' AND row_data -> 'payload' ? 'quoteRequest' THEN
      row_data #- '{payload,quoteRequest,contactName}' #- '{payload,quoteRequest,contactEmail}'
               #- '{payload,quoteRequest,organization}' #- '{payload,quoteRequest,message}'
    ELSE row_data
  END
$$;
