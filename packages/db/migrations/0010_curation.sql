CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_organization_id" uuid,
	"organization_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "featured_offerings" (
	"offering_id" uuid PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"featured_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "suspended" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "offerings" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "attestations" ADD COLUMN "decided_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "attestations" ADD COLUMN "criteria_by_group" jsonb;--> statement-breakpoint
ALTER TABLE "attestations" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "featured_offerings" ADD CONSTRAINT "featured_offerings_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "featured_offerings" ADD CONSTRAINT "featured_offerings_featured_by_user_id_users_id_fk" FOREIGN KEY ("featured_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_target_idx" ON "audit_events" USING btree ("target_type","target_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_organization_idx" ON "audit_events" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "featured_offerings_position_key" ON "featured_offerings" USING btree ("position");--> statement-breakpoint
ALTER TABLE "attestations" ADD CONSTRAINT "attestations_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;