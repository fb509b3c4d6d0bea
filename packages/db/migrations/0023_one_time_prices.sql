ALTER TABLE "stack_items" ADD COLUMN "saved_one_time_price" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vendor_quote_request_lines" ADD COLUMN "one_time_price" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vendor_quote_requests" ADD COLUMN "one_time_subtotal" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stack_items" ADD CONSTRAINT "stack_items_saved_one_time_price_range" CHECK ("stack_items"."saved_one_time_price" >= 0);--> statement-breakpoint
-- Lines saved or quoted before one-time prices were kept: the plan's price today is the best record there is
-- (their monthly price was 0, so no one-time amount was ever shown to anyone).
UPDATE "stack_items" i SET "saved_one_time_price" = p."price" FROM "plans" p WHERE p."id" = i."plan_id" AND p."unit" = 'ONE_TIME';--> statement-breakpoint
UPDATE "vendor_quote_request_lines" l SET "one_time_price" = p."price" FROM "plans" p WHERE p."id" = l."plan_id" AND p."unit" = 'ONE_TIME';--> statement-breakpoint
UPDATE "vendor_quote_requests" r SET "one_time_subtotal" = s."total"
  FROM (SELECT "vendor_quote_request_id" AS id, sum("one_time_price" * "quantity") AS total FROM "vendor_quote_request_lines" GROUP BY 1) s
  WHERE s.id = r."id" AND s."total" > 0;
