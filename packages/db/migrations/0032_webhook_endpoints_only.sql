-- 0031 moved every organization's webhook URL and secret into its first endpoint; the API reads only endpoints now.
ALTER TABLE "organizations" DROP COLUMN "webhook_url";--> statement-breakpoint
ALTER TABLE "organizations" DROP COLUMN "webhook_secret";