import {
  countDeliveries,
  deleteEndpoints,
  deliveryOfOrganization,
  deliveryPage,
  endpointOfOrganization,
  insertDelivery,
  insertEndpoint,
  organizationsByIds,
  rotateEndpointSecret,
  updateEndpoint,
  webhookEvent,
  type OrganizationRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from '@mayviet/db';
import type { Context } from '../../context.ts';
import { emptyConnection, listConnection, type Connection } from '../../graphql/connections.ts';
import { fromGlobalId, toGlobalId, type NodeType } from '../../graphql/ids.ts';
import { checkOptionalText, userError, type UserError } from '../../graphql/user-errors.ts';
import { requirePartner, type PartnerScope } from '../accounts/actor.ts';
import { pingPayload, type WebhookTopic } from './examples.ts';
import { webhookUrlProblem } from './webhook-targets.ts';
import { newWebhookSecret } from './webhooks.ts';

// An organization's webhook endpoints, managed by its owners (signed in: keys and members may not).

export const maxEndpoints = 10;
const maxDescription = 200;

/** Every topic an endpoint may subscribe to (PING is sent on request only). */
export const webhookTopics = webhookEvent.enumValues.filter((event): event is WebhookTopic => event !== 'PING');

const owner = (ctx: Context): PartnerScope => requirePartner(ctx.actor, 'listings:write', { owner: true });

/** Whether the caller is a signed-in owner of the organization. */
function ownsOrganization(ctx: Context, organizationId: string): boolean {
  return ctx.actor.kind === 'user' && ctx.actor.memberships.some((m) => m.organizationId === organizationId && m.role === 'OWNER');
}

const idOf = (id: string, type: NodeType) => {
  const parsed = fromGlobalId(id);
  return parsed?.type === type ? parsed.id : null;
};

const notFound = (field: string[]) => userError(field, 'NOT_FOUND', 'Your organization has no webhook endpoint with this id.');

/** The organization's endpoints, oldest first, for its owners; empty for anyone else. */
export async function endpointsForOwner(ctx: Context, organization: OrganizationRow): Promise<WebhookEndpointRow[]> {
  if (!ownsOrganization(ctx, organization.id)) return [];
  return ctx.loaders.webhooks.endpointsOfOrganization.load(organization.id);
}

/** The URL's problem as setWebhook words it, or null. */
const urlProblem = (ctx: Context, url: string) => webhookUrlProblem(url, ctx.settings.webhookAllowLocalHttp);

function checkUrl(ctx: Context, raw: string, errors: UserError[]): string {
  const url = raw.trim();
  const problem = urlProblem(ctx, url);
  if (problem) errors.push(userError(['input', 'url'], 'INVALID_URL', problem));
  return url;
}

function checkTopics(topics: readonly WebhookTopic[], errors: UserError[]): WebhookTopic[] {
  if (topics.length === 0) errors.push(userError(['input', 'topics'], 'BLANK', 'Choose at least one topic.'));
  return [...new Set(topics)];
}

function checkDescription(raw: string | null | undefined, errors: UserError[]): string | null {
  const description = checkOptionalText(raw, ['input', 'description'], maxDescription, 'The description', errors);
  if (description !== null && /[\r\n]/.test(description)) {
    errors.push(userError(['input', 'description'], 'INVALID', 'The description is one line.'));
  }
  return description;
}

type EndpointResult = { endpoint: WebhookEndpointRow | null; secret: string | null; userErrors: UserError[] };

const refused = (...userErrors: UserError[]): EndpointResult => ({ endpoint: null, secret: null, userErrors });

export async function createWebhookEndpoint(
  ctx: Context,
  input: { url: string; topics: readonly WebhookTopic[]; description?: string | null },
): Promise<EndpointResult> {
  const scope = owner(ctx);
  const errors: UserError[] = [];
  const url = checkUrl(ctx, input.url, errors);
  const topics = checkTopics(input.topics, errors);
  const description = checkDescription(input.description, errors);
  if (errors.length > 0) return refused(...errors);
  const secret = newWebhookSecret();
  const endpoint = await insertEndpoint(ctx.database.db, { organizationId: scope.organizationId, url, description, topics, secret }, maxEndpoints);
  if (!endpoint) return refused(userError(['input'], 'TOO_MANY', `An organization has at most ${maxEndpoints} webhook endpoints: delete one first.`));
  ctx.log.info({ organizationId: scope.organizationId, endpoint: endpoint.id, topics }, 'webhook endpoint created');
  return { endpoint, secret, userErrors: [] };
}

export async function updateWebhookEndpoint(
  ctx: Context,
  input: { id: string; url?: string | null; topics?: readonly WebhookTopic[] | null; description?: string | null },
): Promise<EndpointResult> {
  const scope = owner(ctx);
  const errors: UserError[] = [];
  const id = idOf(input.id, 'WebhookEndpoint');
  if (!id) return refused(notFound(['input', 'id']));
  const url = input.url == null ? undefined : checkUrl(ctx, input.url, errors);
  const topics = input.topics == null ? undefined : checkTopics(input.topics, errors);
  const description = input.description == null ? undefined : checkDescription(input.description, errors);
  if (errors.length > 0) return refused(...errors);
  const endpoint = await updateEndpoint(ctx.database.db, scope.organizationId, id, { url, topics, description });
  if (!endpoint) return refused(notFound(['input', 'id']));
  return { endpoint, secret: null, userErrors: [] };
}

export async function deleteWebhookEndpoint(ctx: Context, input: { id: string }) {
  const scope = owner(ctx);
  const id = idOf(input.id, 'WebhookEndpoint');
  const [deleted] = id ? await deleteEndpoints(ctx.database.db, scope.organizationId, [id]) : [];
  if (!deleted) return { deletedEndpointId: null, userErrors: [notFound(['input', 'id'])] };
  ctx.log.info({ organizationId: scope.organizationId, endpoint: deleted }, 'webhook endpoint deleted');
  return { deletedEndpointId: toGlobalId('WebhookEndpoint', deleted), userErrors: [] };
}

export const maxGraceHours = 168;

export async function rotateWebhookSecret(ctx: Context, input: { id: string; graceHours?: number | null }): Promise<EndpointResult> {
  const scope = owner(ctx);
  const id = idOf(input.id, 'WebhookEndpoint');
  if (!id) return refused(notFound(['input', 'id']));
  const graceHours = input.graceHours ?? 24;
  if (graceHours < 0 || graceHours > maxGraceHours) {
    return refused(userError(['input', 'graceHours'], 'OUT_OF_RANGE', `graceHours must be between 0 and ${maxGraceHours}.`));
  }
  const secret = newWebhookSecret();
  const endpoint = await rotateEndpointSecret(ctx.database.db, scope.organizationId, id, secret, graceHours);
  if (!endpoint) return refused(notFound(['input', 'id']));
  ctx.log.info({ organizationId: scope.organizationId, endpoint: id, graceHours }, 'webhook secret rotated');
  return { endpoint, secret, userErrors: [] };
}

type DeliveryResult = { delivery: WebhookDeliveryRow | null; userErrors: UserError[] };

export async function pingWebhookEndpoint(ctx: Context, input: { id: string; topic?: WebhookTopic | null }): Promise<DeliveryResult> {
  const scope = owner(ctx);
  const id = idOf(input.id, 'WebhookEndpoint');
  const endpoint = id ? await endpointOfOrganization(ctx.database.db, scope.organizationId, id) : null;
  if (!endpoint) return { delivery: null, userErrors: [notFound(['input', 'id'])] };
  const { event, payload } = pingPayload({ id: toGlobalId('WebhookEndpoint', endpoint.id), url: endpoint.url }, input.topic ?? null);
  const delivery = await insertDelivery(ctx.database.db, {
    organizationId: scope.organizationId,
    endpointId: endpoint.id,
    event,
    payload,
    test: true,
    redeliveryOfId: null,
  });
  return { delivery, userErrors: [] };
}

export async function redeliverWebhook(ctx: Context, input: { deliveryId: string }): Promise<DeliveryResult> {
  const scope = owner(ctx);
  const missing = userError(['input', 'deliveryId'], 'NOT_FOUND', 'Your organization has no delivery with this id whose endpoint still exists.');
  const id = idOf(input.deliveryId, 'WebhookDelivery');
  const original = id ? await deliveryOfOrganization(ctx.database.db, scope.organizationId, id) : null;
  if (!original?.endpointId) return { delivery: null, userErrors: [missing] };
  const delivery = await insertDelivery(ctx.database.db, {
    organizationId: scope.organizationId,
    endpointId: original.endpointId,
    event: original.event,
    payload: original.payload,
    test: original.test,
    redeliveryOfId: original.id,
  });
  if (!delivery) return { delivery: null, userErrors: [missing] };
  return { delivery, userErrors: [] };
}

/**
 * The deprecated setWebhook: replaces every endpoint with one at `url` subscribed to every topic, whose
 * secret it returns; null removes them all.
 */
export async function setOrganizationWebhook(
  ctx: Context,
  input: { url?: string | null },
): Promise<{ organization: OrganizationRow | null; secret: string | null; userErrors: UserError[] }> {
  const scope = owner(ctx);
  const url = input.url?.trim() || null;
  const problem = url === null ? null : urlProblem(ctx, url);
  if (problem) return { organization: null, secret: null, userErrors: [userError(['input', 'url'], 'INVALID_URL', problem)] };
  await deleteEndpoints(ctx.database.db, scope.organizationId, null);
  const secret = url === null ? null : newWebhookSecret();
  if (url !== null && secret !== null) {
    await insertEndpoint(ctx.database.db, { organizationId: scope.organizationId, url, description: null, topics: webhookTopics, secret }, maxEndpoints);
  }
  ctx.log.info({ organizationId: scope.organizationId, webhook: url !== null }, 'webhook set');
  const [organization] = await organizationsByIds(ctx.database.db, [scope.organizationId]);
  return { organization: organization!, secret, userErrors: [] };
}

const deliverySort = 'DELIVERIES';

/** An endpoint's deliveries, newest first (the endpoint was already shown to an owner). */
export function endpointDeliveries(ctx: Context, endpoint: WebhookEndpointRow, args: { first?: number | null; after?: string | null }): Connection<WebhookDeliveryRow> {
  if (!ownsOrganization(ctx, endpoint.organizationId)) return emptyConnection();
  return listConnection({
    sort: deliverySort,
    keyTypes: ['timestamptz', 'uuid'],
    args,
    read: (limit, after) =>
      deliveryPage(ctx.database.db, endpoint.organizationId, { first: limit, after: after && { createdAt: after[0]!, id: after[1]! }, endpointId: endpoint.id }),
    keys: (row) => [row.position, row.id],
    count: () => countDeliveries(ctx.database.db, endpoint.organizationId, endpoint.id),
  });
}
