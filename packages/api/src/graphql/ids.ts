import { badUserInput } from './errors.ts';

export type NodeType =
  | 'Vendor'
  | 'Offering'
  | 'DataCenter'
  | 'Plan'
  | 'Stack'
  | 'QuoteRequest'
  | 'User'
  | 'Organization'
  | 'ApiKey'
  | 'VendorQuoteRequest'
  | 'WebhookDelivery'
  | 'Attestation'
  | 'Offer'
  | 'WebhookEndpoint'
  | 'OrganizationInvitation';
const nodeTypes = new Set<string>([
  'Vendor',
  'Offering',
  'DataCenter',
  'Plan',
  'Stack',
  'QuoteRequest',
  'User',
  'Organization',
  'ApiKey',
  'VendorQuoteRequest',
  'WebhookDelivery',
  'Attestation',
  'Offer',
  'WebhookEndpoint',
  'OrganizationInvitation',
]);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque global id: base64url of "Type:uuid". */
export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The type and database id of a global id, or null when it is not one of ours. */
export function fromGlobalId(globalId: string): { type: NodeType; id: string } | null {
  if (globalId.length > 100 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 0 || !nodeTypes.has(type) || !uuidPattern.test(id)) return null;
  return { type: type as NodeType, id };
}

/** The database id of a global id that must be of one type; a clear error otherwise. */
export function expectGlobalId(globalId: string, type: NodeType, argument: string): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw badUserInput(`${argument} is not a ${type} id.`, { argument });
  }
  return parsed.id;
}
