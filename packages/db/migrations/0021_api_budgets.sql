CREATE TABLE "api_budgets" (
	"subject" text PRIMARY KEY NOT NULL,
	"available" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"last_charge" double precision NOT NULL
);
--> statement-breakpoint
CREATE INDEX "api_budgets_updated_at_idx" ON "api_budgets" USING btree ("updated_at");--> statement-breakpoint
-- Budgets are written all the time (a client's first request, every instance's settlement of what it spent):
-- unlogged, a write needs no WAL flush. A crash empties the table, which gives every client a full budget:
-- the loss is a few seconds of throttling, never a wrong refusal.
ALTER TABLE "api_budgets" SET UNLOGGED;
