CREATE TYPE "public"."mail_language" AS ENUM('VI', 'EN');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "public"."user_token_purpose" AS ENUM('CONFIRM_EMAIL', 'RESET_PASSWORD');--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'OFFER_ACCEPTED';--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'OFFER_DECLINED';--> statement-breakpoint
ALTER TYPE "public"."webhook_event" ADD VALUE 'QUOTE_REQUEST_UPDATED';--> statement-breakpoint
CREATE TABLE "account_stacks" (
	"user_id" uuid NOT NULL,
	"stack_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_stacks_pkey" PRIMARY KEY("user_id","stack_id")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vendor_quote_request_id" uuid NOT NULL,
	"quote_request_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"status" "offer_status" DEFAULT 'OPEN' NOT NULL,
	"lines" jsonb NOT NULL,
	"monthly_total" bigint NOT NULL,
	"one_time_total" bigint NOT NULL,
	"list_monthly_total" bigint NOT NULL,
	"list_one_time_total" bigint NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"terms" text,
	"created_by_user_id" uuid,
	"created_by_api_key_id" uuid,
	"superseded_by_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_lines_array" CHECK (jsonb_typeof("offers"."lines") = 'array' and jsonb_array_length("offers"."lines") between 1 and 100),
	CONSTRAINT "offers_totals_range" CHECK ("offers"."monthly_total" >= 0 and "offers"."one_time_total" >= 0 and "offers"."list_monthly_total" >= 0 and "offers"."list_one_time_total" >= 0),
	CONSTRAINT "offers_terms_length" CHECK (length("offers"."terms") <= 4000),
	CONSTRAINT "offers_decided" CHECK (("offers"."status" = 'OPEN') = ("offers"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "user_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" "user_token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template" text NOT NULL,
	"language" "mail_language" NOT NULL,
	"to_address" text NOT NULL,
	"to_name" text,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"user_id" uuid,
	"quote_request_id" uuid,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now(),
	"sent_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"last_error" text,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_scopes_known";--> statement-breakpoint
ALTER TABLE "stacks" ADD COLUMN "catalog_search" jsonb;--> statement-breakpoint
ALTER TABLE "quote_requests" ADD COLUMN "buyer_user_id" uuid;--> statement-breakpoint
ALTER TABLE "vendor_quote_requests" ADD COLUMN "seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vendor_quote_requests" ADD COLUMN "declined_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vendor_quote_requests" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_confirmed_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organization" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" "mail_language" DEFAULT 'VI' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account_stacks" ADD CONSTRAINT "account_stacks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_stacks" ADD CONSTRAINT "account_stacks_stack_id_stacks_id_fk" FOREIGN KEY ("stack_id") REFERENCES "public"."stacks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_vendor_quote_request_id_vendor_quote_requests_id_fk" FOREIGN KEY ("vendor_quote_request_id") REFERENCES "public"."vendor_quote_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_quote_request_id_quote_requests_id_fk" FOREIGN KEY ("quote_request_id") REFERENCES "public"."quote_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_quote_request_id_quote_requests_id_fk" FOREIGN KEY ("quote_request_id") REFERENCES "public"."quote_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_stacks_user_idx" ON "account_stacks" USING btree ("user_id","added_at" DESC NULLS LAST,"stack_id");--> statement-breakpoint
CREATE INDEX "offers_request_idx" ON "offers" USING btree ("quote_request_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "offers_share_idx" ON "offers" USING btree ("vendor_quote_request_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_one_open_key" ON "offers" USING btree ("vendor_quote_request_id") WHERE "offers"."status" = 'OPEN';--> statement-breakpoint
CREATE UNIQUE INDEX "offers_one_accepted_key" ON "offers" USING btree ("vendor_quote_request_id") WHERE "offers"."status" = 'ACCEPTED';--> statement-breakpoint
CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "user_tokens_user_idx" ON "user_tokens" USING btree ("user_id","purpose");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_quote_request_idx" ON "mail_outbox" USING btree ("quote_request_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_user_idx" ON "mail_outbox" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "quote_requests" ADD CONSTRAINT "quote_requests_buyer_user_id_users_id_fk" FOREIGN KEY ("buyer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quote_requests_buyer_idx" ON "quote_requests" USING btree ("buyer_user_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
ALTER TABLE "vendor_quote_requests" ADD CONSTRAINT "vendor_quote_requests_decline_reason_length" CHECK (length("vendor_quote_requests"."decline_reason") <= 1000);--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_scopes_known" CHECK ("api_keys"."scopes" <@ array['listings:read', 'listings:write', 'quotes:read', 'quotes:write']::text[]);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_length" CHECK (length("users"."organization") <= 200);--> statement-breakpoint
-- Offers and the stacks buyers keep in their accounts are audited like every domain table. user_tokens (one-time
-- links, whose use the trail sees on users: email_confirmed_at, password_changed_at) and mail_outbox (rendered
-- mail: addresses and one-time links the trail must not keep) are not.
CREATE TRIGGER offers_audit AFTER INSERT OR UPDATE OR DELETE ON offers FOR EACH ROW EXECUTE FUNCTION mv_audit();
--> statement-breakpoint
CREATE TRIGGER account_stacks_audit AFTER INSERT OR UPDATE OR DELETE ON account_stacks FOR EACH ROW EXECUTE FUNCTION mv_audit();
--> statement-breakpoint
-- An offer's prices and terms are the buyer's and the vendor's alone (docs/BUYERS.md): the trail records who
-- made, replaced, withdrew, accepted or declined which offer and when, never its lines, totals or terms, nor
-- those of the OFFER_* webhook payloads a vendor receives. Otherwise the function of 0018.
CREATE OR REPLACE FUNCTION mv_audit_without_buyer_data(audited_table text, row_data jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN audited_table = 'quote_requests' THEN
      row_data - ARRAY['contact_name', 'contact_email', 'organization', 'message', 'client_address', 'access_token_hash']
    WHEN audited_table = 'offers' THEN
      row_data - ARRAY['lines', 'terms', 'monthly_total', 'one_time_total', 'list_monthly_total', 'list_one_time_total']
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
