CREATE TABLE "api_budgets" (
	"subject" text PRIMARY KEY NOT NULL,
	"available" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"last_charge" double precision NOT NULL
);
--> statement-breakpoint
CREATE INDEX "api_budgets_updated_at_idx" ON "api_budgets" USING btree ("updated_at");