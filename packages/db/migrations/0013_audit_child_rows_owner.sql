-- Rows that name their owner only through a parent (a plan's specs, a requirement's categories and
-- vendors, a vendor's quote lines) now carry the owner's organization too, so a partner reads them in its
-- audit trail when staff change them (approving an edit). Otherwise the same function as 0011.
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
    (SELECT o.id FROM organizations o JOIN offerings f ON f.vendor_id = o.vendor_id WHERE f.id = (row_data ->> 'offering_id')::uuid),
    (SELECT o.id FROM organizations o JOIN offerings f ON f.vendor_id = o.vendor_id JOIN plans p ON p.offering_id = f.id
      WHERE p.id = (row_data ->> 'plan_id')::uuid),
    (SELECT o.id FROM organizations o JOIN offerings f ON f.vendor_id = o.vendor_id JOIN requirements r ON r.offering_id = f.id
      WHERE r.id = (row_data ->> 'requirement_id')::uuid),
    (SELECT o.id FROM organizations o JOIN vendor_quote_requests q ON q.vendor_id = o.vendor_id
      WHERE q.id = (row_data ->> 'vendor_quote_request_id')::uuid)
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
