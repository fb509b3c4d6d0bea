-- The audit trail: one event per changed row of every domain table, written by PostgreSQL itself so no
-- write can forget it. The API sets the transaction's actor with
--   set_config('mayviet.actor', '{"type": "USER", "id": "…", "organizationId": "…", "requestId": "…"}', true)
-- and writes without one (seed, migrations, the webhook worker, operators' SQL) are the SYSTEM's.
CREATE OR REPLACE FUNCTION mv_audit() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  actor jsonb := coalesce(nullif(current_setting('mayviet.actor', true), '')::jsonb, '{"type": "SYSTEM"}'::jsonb);
  old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
  row_data jsonb := coalesce(new_row, old_row);
  hidden text[] := ARRAY['password_hash', 'secret_hash', 'token_hash', 'webhook_secret', 'search_exact', 'search_folded', 'search_names', 'search_context'];
  owner uuid;
BEGIN
  IF TG_OP = 'UPDATE' AND (old_row - hidden) = (new_row - hidden) THEN
    RETURN NULL;
  END IF;
  owner := coalesce(
    (row_data ->> 'organization_id')::uuid,
    CASE WHEN TG_TABLE_NAME = 'organizations' THEN (row_data ->> 'id')::uuid END,
    (SELECT o.id FROM organizations o WHERE o.vendor_id = (row_data ->> 'vendor_id')::uuid),
    (SELECT o.id FROM organizations o JOIN offerings f ON f.vendor_id = o.vendor_id WHERE f.id = (row_data ->> 'offering_id')::uuid)
  );
  INSERT INTO audit_events (actor_type, actor_id, actor_organization_id, organization_id, action, target_type, target_id, before, after, request_id)
  VALUES (
    actor ->> 'type', actor ->> 'id', (actor ->> 'organizationId')::uuid, owner,
    TG_TABLE_NAME || '.' || TG_OP, TG_TABLE_NAME,
    coalesce(row_data ->> 'id', row_data ->> 'offering_id', row_data ->> 'stack_id', row_data ->> 'plan_id',
             row_data ->> 'requirement_id', row_data ->> 'user_id', row_data ->> 'vendor_quote_request_id'),
    old_row - hidden, new_row - hidden, actor ->> 'requestId'
  );
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  audited text;
BEGIN
  FOREACH audited IN ARRAY ARRAY[
    'vendors', 'data_centers', 'categories', 'offerings', 'offering_data_centers', 'plans', 'plan_specs',
    'requirements', 'requirement_categories', 'requirement_vendors', 'compliance_frameworks', 'compliance_groups',
    'attestations', 'stacks', 'stack_items', 'quote_requests', 'vendor_quote_requests', 'vendor_quote_request_lines',
    'users', 'organizations', 'memberships', 'sessions', 'api_keys', 'offering_revisions', 'webhook_deliveries',
    'featured_offerings'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION mv_audit()',
                   audited || '_audit', audited);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mv_audit_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION mv_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION mv_audit_append_only();
