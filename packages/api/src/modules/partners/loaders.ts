import { deliveriesByIds, endpointsByIds, endpointsOfOrganizations, type Db, type WebhookDeliveryRow, type WebhookEndpointRow } from '@mayviet/db';
import DataLoader from 'dataloader';

/** A request's loaders of webhook endpoints (by id, by organization) and deliveries (by id). */
export function createWebhookLoaders(db: Db) {
  return {
    endpoint: new DataLoader<string, WebhookEndpointRow | null>(async (ids) => {
      const rows = await endpointsByIds(db, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    endpointsOfOrganization: new DataLoader<string, WebhookEndpointRow[]>(async (ids) => {
      const rows = await endpointsOfOrganizations(db, ids);
      return ids.map((id) => rows.filter((row) => row.organizationId === id));
    }),
    delivery: new DataLoader<string, WebhookDeliveryRow | null>(async (ids) => {
      const rows = await deliveriesByIds(db, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}

export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;
