-- A listing's English texts: its name and description (the English summary exists since 0001), each plan's
-- name and each requirement's text. Null where the partner gave none: the site then shows the Vietnamese.
ALTER TABLE "offerings" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "description_en" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "requirements" ADD COLUMN "description_en" text;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_name_en_not_blank" CHECK (length(btrim("offerings"."name_en")) > 0);--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_description_en_not_blank" CHECK (length(btrim("offerings"."description_en")) > 0);--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_name_en_not_blank" CHECK (length(btrim("plans"."name_en")) > 0);--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_description_en_not_blank" CHECK (length(btrim("requirements"."description_en")) > 0);