CREATE TABLE "sign_in_failures" (
	"scope" text NOT NULL,
	"subject" text NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"last_failed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_failures_pkey" PRIMARY KEY("scope","subject"),
	CONSTRAINT "sign_in_failures_scope_known" CHECK ("sign_in_failures"."scope" in ('pair', 'account', 'address')),
	CONSTRAINT "sign_in_failures_failures_not_negative" CHECK ("sign_in_failures"."failures" >= 0)
);
--> statement-breakpoint
CREATE INDEX "sign_in_failures_last_failed_idx" ON "sign_in_failures" USING btree ("last_failed_at");
--> statement-breakpoint
-- Sign-in no longer counts attempts in rate_limit_hits: its old windows would never be read or replaced.
DELETE FROM "rate_limit_hits" WHERE "bucket" IN ('sign-in:email', 'sign-in:address');
