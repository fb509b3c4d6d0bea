-- A quote request's reference, MV-<year>-<number> (e.g. MV-2026-000123), is what the buyer and every vendor
-- quote to each other. The number comes from a sequence, so API instances sharing the database never take
-- the same one (numbers of requests rolled back are skipped); the year is the year the request was made,
-- in Vietnam. Requests made before this migration are numbered in the order they were made.
CREATE SEQUENCE "public"."quote_requests_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "quote_requests" ADD COLUMN "number" bigint;--> statement-breakpoint
-- Numbering the existing rows is part of adding the column, as its default numbers new ones: nobody acts,
-- so the audit trigger is lifted for this one statement and put back in the same transaction.
ALTER TABLE "quote_requests" DISABLE TRIGGER "quote_requests_audit";--> statement-breakpoint
UPDATE "quote_requests" q SET "number" = numbered."number"
  FROM (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS "number" FROM "quote_requests") numbered
 WHERE numbered."id" = q."id";--> statement-breakpoint
ALTER TABLE "quote_requests" ENABLE TRIGGER "quote_requests_audit";--> statement-breakpoint
SELECT setval('quote_requests_number_seq', coalesce((SELECT max("number") FROM "quote_requests"), 0) + 1, false);--> statement-breakpoint
ALTER TABLE "quote_requests" ALTER COLUMN "number" SET DEFAULT nextval('quote_requests_number_seq');--> statement-breakpoint
ALTER TABLE "quote_requests" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "quote_requests" ADD COLUMN "reference" text GENERATED ALWAYS AS ('MV-' || date_part('year', "quote_requests"."created_at" at time zone 'Asia/Ho_Chi_Minh')::int::text || '-' || case when "quote_requests"."number" < 1000000 then lpad("quote_requests"."number"::text, 6, '0') else "quote_requests"."number"::text end) STORED NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "quote_requests_reference_key" ON "quote_requests" USING btree ("reference");
