-- One attestation per vendor (or offering) and framework is current: a verification supersedes the
-- subject's earlier verifications and refusals of the framework, a refusal its earlier refusals. Superseded
-- rows stay as history (superseded_at set); public lists, filters, stacks and the report read current ones.
ALTER TABLE "attestations" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
-- Re-verifying used to leave two current VERIFIED rows. A claim is replaced while it waits, so a subject's
-- decided rows were claimed in the order staff decided them: the newest verification stays current, and
-- of the refusals only the newest one made after it.
WITH decided AS (
  SELECT a."id", a."status", a."claimed_at",
         row_number() OVER (
           PARTITION BY a."framework_id", coalesce(a."vendor_id", a."offering_id"), a."status" IN ('VERIFIED', 'EXPIRED')
           ORDER BY a."claimed_at" DESC, a."verified_at" DESC NULLS LAST, a."id" DESC
         ) AS "newer",
         max(a."claimed_at") FILTER (WHERE a."status" IN ('VERIFIED', 'EXPIRED'))
           OVER (PARTITION BY a."framework_id", coalesce(a."vendor_id", a."offering_id")) AS "verification_claimed_at"
    FROM "attestations" a
   WHERE a."status" <> 'CLAIMED'
)
UPDATE "attestations" a SET "superseded_at" = now()
  FROM decided
 WHERE decided."id" = a."id"
   AND (decided."newer" > 1 OR (decided."status" = 'REVOKED' AND decided."claimed_at" < decided."verification_claimed_at"));--> statement-breakpoint
CREATE UNIQUE INDEX "attestations_current_verification_key" ON "attestations" USING btree ("framework_id",coalesce("vendor_id", "offering_id")) WHERE "attestations"."superseded_at" is null and "attestations"."status" in ('VERIFIED', 'EXPIRED');
