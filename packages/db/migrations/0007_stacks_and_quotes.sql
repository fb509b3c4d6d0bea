CREATE TABLE "stack_items" (
	"stack_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"saved_monthly_price" bigint NOT NULL,
	CONSTRAINT "stack_items_pkey" PRIMARY KEY("stack_id","position"),
	CONSTRAINT "stack_items_quantity_range" CHECK ("stack_items"."quantity" between 1 and 1000000),
	CONSTRAINT "stack_items_saved_price_range" CHECK ("stack_items"."saved_monthly_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stacks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"idempotency_key" text,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stacks_name_length" CHECK (length(btrim("stacks"."name")) between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "quote_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"stack_id" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"organization" text,
	"message" text,
	"client_address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quote_requests_contact_name_length" CHECK (length(btrim("quote_requests"."contact_name")) between 1 and 120),
	CONSTRAINT "quote_requests_contact_email_length" CHECK (length("quote_requests"."contact_email") between 3 and 254),
	CONSTRAINT "quote_requests_organization_length" CHECK (length("quote_requests"."organization") <= 200),
	CONSTRAINT "quote_requests_message_length" CHECK (length("quote_requests"."message") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "vendor_quote_request_lines" (
	"vendor_quote_request_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"monthly_price" bigint NOT NULL,
	CONSTRAINT "vendor_quote_request_lines_pkey" PRIMARY KEY("vendor_quote_request_id","position"),
	CONSTRAINT "vendor_quote_request_lines_quantity_range" CHECK ("vendor_quote_request_lines"."quantity" between 1 and 1000000)
);
--> statement-breakpoint
CREATE TABLE "vendor_quote_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"quote_request_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"monthly_subtotal" bigint NOT NULL,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"bucket" text NOT NULL,
	"subject" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_limit_hits_pkey" PRIMARY KEY("bucket","subject","window_start")
);
--> statement-breakpoint
ALTER TABLE "stack_items" ADD CONSTRAINT "stack_items_stack_id_stacks_id_fk" FOREIGN KEY ("stack_id") REFERENCES "public"."stacks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stack_items" ADD CONSTRAINT "stack_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_requests" ADD CONSTRAINT "quote_requests_stack_id_stacks_id_fk" FOREIGN KEY ("stack_id") REFERENCES "public"."stacks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_quote_request_lines" ADD CONSTRAINT "vendor_quote_request_lines_vendor_quote_request_id_vendor_quote_requests_id_fk" FOREIGN KEY ("vendor_quote_request_id") REFERENCES "public"."vendor_quote_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_quote_request_lines" ADD CONSTRAINT "vendor_quote_request_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_quote_requests" ADD CONSTRAINT "vendor_quote_requests_quote_request_id_quote_requests_id_fk" FOREIGN KEY ("quote_request_id") REFERENCES "public"."quote_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_quote_requests" ADD CONSTRAINT "vendor_quote_requests_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stack_items_stack_plan_key" ON "stack_items" USING btree ("stack_id","plan_id");--> statement-breakpoint
CREATE INDEX "stack_items_plan_idx" ON "stack_items" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stacks_idempotency_key_key" ON "stacks" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "quote_requests_stack_idx" ON "quote_requests" USING btree ("stack_id");--> statement-breakpoint
CREATE INDEX "vendor_quote_request_lines_plan_idx" ON "vendor_quote_request_lines" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_quote_requests_request_vendor_key" ON "vendor_quote_requests" USING btree ("quote_request_id","vendor_id");--> statement-breakpoint
CREATE INDEX "vendor_quote_requests_inbox_idx" ON "vendor_quote_requests" USING btree ("vendor_id","created_at" DESC NULLS LAST,"id");