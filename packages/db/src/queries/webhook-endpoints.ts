import type { WebhookEvent } from '../schema/enums.ts';
import { rowKeys } from './row-keys.ts';

// An organization's webhook endpoints: where its events go, each subscribed to topics, each with its secret.

/** An endpoint as the API shows it: its secrets never leave the database through this row. */
export interface WebhookEndpointRow {
  id: string;
  organizationId: string;
  url: string;
  description: string | null;
  topics: WebhookEvent[];
  secretRotatedAt: Date | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
}

export const webhookEndpointRowKeys = rowKeys<WebhookEndpointRow>()([
  'id',
  'organizationId',
  'url',
  'description',
  'topics',
  'secretRotatedAt',
  'previousSecretExpiresAt',
  'createdAt',
]);
