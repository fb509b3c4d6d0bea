ALTER TABLE "quote_requests" ALTER COLUMN "contact_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "quote_requests" ALTER COLUMN "contact_email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "quote_requests" ALTER COLUMN "client_address" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "quote_requests" ADD COLUMN "access_token_hash" text;--> statement-breakpoint
ALTER TABLE "quote_requests" ADD COLUMN "contact_erased_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "quote_requests_access_token_key" ON "quote_requests" USING btree ("access_token_hash");--> statement-breakpoint
CREATE INDEX "quote_requests_contact_email_idx" ON "quote_requests" USING btree (lower("contact_email"));--> statement-breakpoint
ALTER TABLE "quote_requests" ADD CONSTRAINT "quote_requests_contact_or_erased" CHECK (case when "quote_requests"."contact_erased_at" is null then "quote_requests"."contact_name" is not null and "quote_requests"."contact_email" is not null and "quote_requests"."client_address" is not null
          else num_nonnulls("quote_requests"."contact_name", "quote_requests"."contact_email", "quote_requests"."organization", "quote_requests"."message", "quote_requests"."client_address") = 0 end);