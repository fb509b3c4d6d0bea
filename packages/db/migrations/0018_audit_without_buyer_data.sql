-- The audit trail records who did what to quote rows but keeps no buyer personal data, so staff can honour
-- an erasure request: the contact (name, e-mail, organization, message), the client address and the
-- access token's hash never enter before/after, neither from quote_requests nor from the copies vendors
-- receive in QUOTE_REQUESTED webhook payloads.
CREATE OR REPLACE FUNCTION mv_audit_without_buyer_data(audited_table text, row_data jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN audited_table = 'quote_requests' THEN
      row_data - ARRAY['contact_name', 'contact_email', 'organization', 'message', 'client_address', 'access_token_hash']
    WHEN audited_table = 'webhook_deliveries' AND row_data -> 'payload' ? 'quoteRequest' THEN
      row_data #- '{payload,quoteRequest,contactName}' #- '{payload,quoteRequest,contactEmail}'
               #- '{payload,quoteRequest,organization}' #- '{payload,quoteRequest,message}'
    ELSE row_data
  END
$$;
--> statement-breakpoint
-- Otherwise the function of 0013, with one more change: a buyer's stack, its lines and its quote request
-- belong to no organization. Before, a stack line took the organization of its plan's vendor, so every
-- vendor in a saved stack found the stack's id in its own trail and, through it, the whole stack with its
-- competitors' lines.
CREATE OR REPLACE FUNCTION mv_audit() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  actor jsonb := coalesce(nullif(current_setting('mayviet.actor', true), '')::jsonb, '{"type": "SYSTEM"}'::jsonb);
  old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN mv_audit_without_buyer_data(TG_TABLE_NAME, to_jsonb(OLD)) END;
  new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN mv_audit_without_buyer_data(TG_TABLE_NAME, to_jsonb(NEW)) END;
  row_data jsonb := coalesce(new_row, old_row);
  hidden text[] := ARRAY['password_hash', 'secret_hash', 'token_hash', 'webhook_secret', 'search_exact', 'search_folded', 'search_names', 'search_context'];
  owner uuid;
BEGIN
  IF TG_OP = 'UPDATE' AND (old_row - hidden) = (new_row - hidden) THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME NOT IN ('stacks', 'stack_items', 'quote_requests') THEN
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
  END IF;
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
-- Events already written hold contact details and hand stack lines to the plans' vendors. audit_events is
-- append-only against the application (0011's trigger), and this is the one rewrite it is meant to allow:
-- the migration runs as the table's owner, lifts the trigger for these two statements only, and puts it
-- back in the same transaction, so no other write can slip through while it is off.
ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
--> statement-breakpoint
UPDATE audit_events
   SET before = mv_audit_without_buyer_data(target_type, before), after = mv_audit_without_buyer_data(target_type, after)
 WHERE target_type = 'quote_requests'
    OR (target_type = 'webhook_deliveries' AND (before -> 'payload' ? 'quoteRequest' OR after -> 'payload' ? 'quoteRequest'));
--> statement-breakpoint
UPDATE audit_events SET organization_id = NULL WHERE target_type IN ('stacks', 'stack_items', 'quote_requests') AND organization_id IS NOT NULL;
--> statement-breakpoint
ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;
