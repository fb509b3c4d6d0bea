import type { IncomingMessage, ServerResponse } from 'node:http';
import { claimIdempotencyKey, releaseIdempotencyKey, storeIdempotentAnswer, type Db } from '@mayviet/db';
import {
  getNamedType,
  getOperationAST,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Logger } from 'pino';
import { queryLimits } from '../graphql/limits.ts';
import type { Actor } from '../modules/accounts/actor.ts';
import { sha256 } from '../modules/accounts/secrets.ts';
import { encodeFor, sendEncoded } from './compression.ts';
import { HttpError } from './routes/route.ts';

/** The request header, and the one a replayed answer carries. */
export const idempotencyHeaders = { key: 'idempotency-key', replayed: 'idempotency-replayed' } as const;

/** How long a key and its answer are kept. */
const keepSeconds = 24 * 60 * 60;
/** How long past the request deadline a claim holds its key before it is presumed dead (its instance crashed). */
const leaseMarginSeconds = 60;
/** 1 to 255 printable ASCII characters. */
const validKey = /^[\x20-\x7e]{1,255}$/;

/**
 * Fields that carry a secret shown once, by their payload type: an answer holding one is stored with it
 * nulled (and `extensions.idempotency.redacted` naming it), so the table never holds it in clear.
 */
const secretFields: Readonly<Record<string, readonly string[]>> = {
  CreateApiKeyPayload: ['key'],
  SetWebhookPayload: ['secret'],
  WebhookEndpointPayload: ['secret'],
  InviteMemberPayload: ['inviteUrl'],
};

/**
 * Codes that say a request did not finish (it was rolled back, or never ran): its key is released, so
 * that a retry runs. A fault of ours (INTERNAL_SERVER_ERROR) answers 200 with the field null.
 */
const unfinishedCodes = new Set(['INTERNAL_SERVER_ERROR', 'DEADLINE_EXCEEDED', 'SHUTTING_DOWN', 'DATABASE_UNAVAILABLE', 'CLIENT_CLOSED_REQUEST', 'RATE_LIMITED']);

/** What a mutation with an Idempotency-Key does: answer as before (replay), or run and then keep its answer. */
export type IdempotentRequest =
  | { replay: { status: number; body: string } }
  | {
      replay: null;
      /** Keeps the answer (or releases the key when the request did not finish); once, later calls do nothing. */
      settle(status: number, body: string | null): Promise<void>;
    };

const ignored: IdempotentRequest = { replay: null, settle: async () => {} };

interface Operation {
  document: ReturnType<typeof parse>;
  operation: OperationDefinitionNode;
  query: string;
  operationName: string | null;
  variables: unknown;
}

/** The POSTed mutation, or null for anything else (Apollo answers what is malformed, and refuses batches). */
function mutationOf(body: unknown): Operation | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName = null, variables = null } = body as Record<string, unknown>;
  if (typeof query !== 'string' || (operationName !== null && typeof operationName !== 'string')) return null;
  try {
    const document = parse(query, { maxTokens: queryLimits.maxTokens });
    const operation = getOperationAST(document, operationName);
    return operation?.operation === 'mutation' ? { document, operation, query, operationName, variables } : null;
  } catch {
    return null;
  }
}

/** The partner organization the caller acts for, and who exactly it is; null for anyone else. */
function partnerOf(actor: Actor): { organizationId: string; caller: string } | null {
  if (actor.kind === 'apiKey') return { organizationId: actor.organizationId, caller: `key:${actor.key.id}` };
  const membership = actor.kind === 'user' ? actor.memberships[0] : undefined;
  return membership && actor.kind === 'user' ? { organizationId: membership.organizationId, caller: `user:${actor.user.id}` } : null;
}

/** JSON with object keys sorted: the same variables sent in another order are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The field nodes of a selection set, fragments spread (on a payload type, every fragment applies). */
function fieldsOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return fieldsOf(fragment.selectionSet, fragments, seen);
  });
}

type Answer = { data?: Record<string, Record<string, unknown> | null> | null; errors?: { extensions?: { code?: unknown } }[]; extensions?: Record<string, unknown> };

/** Nulls the secrets shown once in `answer` (in place); the response paths it nulled. */
function redactSecrets(schema: GraphQLSchema, { document, operation }: Operation, answer: Answer): string[] {
  const mutation = schema.getMutationType();
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
  const redacted: string[] = [];
  for (const root of fieldsOf(operation.selectionSet, fragments)) {
    const field = mutation?.getFields()[root.name.value];
    const secrets = field ? secretFields[getNamedType(field.type).name] : undefined;
    const rootKey = root.alias?.value ?? root.name.value;
    const payload = answer.data?.[rootKey];
    if (!secrets || !root.selectionSet || !payload) continue;
    for (const selected of fieldsOf(root.selectionSet, fragments)) {
      const key = selected.alias?.value ?? selected.name.value;
      if (!secrets.includes(selected.name.value) || payload[key] === null || payload[key] === undefined) continue;
      payload[key] = null;
      redacted.push(`${rootKey}.${key}`);
    }
  }
  return redacted;
}

/**
 * Idempotency keys on POST /graphql: a partner's mutation sent with an `Idempotency-Key` header runs once per
 * key and organization for 24 h; the same request again gets the first answer (`Idempotency-Replayed: true`),
 * another request with that key IDEMPOTENCY_KEY_REUSED (422), one while the first still runs
 * IDEMPOTENCY_KEY_IN_USE (409). The table `idempotency_keys` coordinates every instance: a claim holds a key
 * for a lease (the request deadline and a margin); a request that did not finish releases it. Should an
 * instance die between a mutation's commit and storing its answer, the key stays in use until the lease
 * runs out and a retry then runs the mutation again (docs/PARTNER_API.md, "Idempotent requests").
 */
export function createIdempotency(schema: GraphQLSchema, requestTimeoutMs: number) {
  for (const [typeName, fields] of Object.entries(secretFields)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type) || fields.some((field) => !type.getFields()[field])) throw new Error(`idempotency: the schema has no ${typeName} { ${fields.join(' ')} }`);
  }
  const leaseSeconds = Math.ceil(requestTimeoutMs / 1000) + leaseMarginSeconds;

  return {
    /**
     * Claims the request's key, or finds its first answer; `actor()` is asked only when the header is sent
     * with a mutation. Throws an HttpError for a malformed, reused or busy key.
     */
    async claim(req: IncomingMessage, body: unknown, actor: () => Promise<Actor>, db: Db, log: Logger): Promise<IdempotentRequest> {
      const sent = req.headers[idempotencyHeaders.key];
      const operation = req.method === 'POST' && typeof sent === 'string' ? mutationOf(body) : null;
      const partner = operation ? partnerOf(await actor().catch(() => ({ kind: 'anonymous' }) as const)) : null;
      if (!operation || !partner || typeof sent !== 'string') return ignored;
      const header = sent;
      if (!validKey.test(header)) {
        throw new HttpError(400, 'INVALID_IDEMPOTENCY_KEY', 'The Idempotency-Key header must be 1 to 255 printable ASCII characters.');
      }
      const { organizationId } = partner;
      const requestHash = sha256(canonical([partner.caller, operation.query, operation.operationName, operation.variables]));
      // Null: its holder released it between the two statements of a claim; claimed again, it is free or taken.
      const row = (await claimIdempotencyKey(db, { organizationId, key: header, requestHash, leaseSeconds, keepSeconds })) ??
        (await claimIdempotencyKey(db, { organizationId, key: header, requestHash, leaseSeconds, keepSeconds }));
      if (row && !row.claimed && row.requestHash !== requestHash) {
        throw new HttpError(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used, in the last 24 hours, for another request (another operation, variables or caller); use a new key for each request.',
        );
      }
      if (row && !row.claimed && row.responseStatus !== null && row.responseBody !== null) {
        log.info({ idempotencyKey: header }, 'idempotent request replayed');
        return { replay: { status: row.responseStatus, body: row.responseBody } };
      }
      if (!row?.claimed || !row.lease) {
        throw new HttpError(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running; send it again in a few seconds to get its answer.');
      }
      const lease = row.lease;
      let settled = false;
      return {
        replay: null,
        async settle(status, text) {
          if (settled) return;
          settled = true;
          const answer = text === null ? null : (JSON.parse(text) as Answer);
          const finished = answer !== null && status < 500 && status !== 429 && status !== 499 && !answer.errors?.some((error) => unfinishedCodes.has(String(error.extensions?.code)));
          if (!finished) {
            await releaseIdempotencyKey(db, { organizationId, key: header, lease }).catch((err: unknown) => log.warn({ err }, 'idempotency key not released'));
            return;
          }
          const redacted = redactSecrets(schema, operation, answer);
          if (redacted.length > 0) answer.extensions = { ...answer.extensions, idempotency: { redacted } };
          const stored = await storeIdempotentAnswer(db, { organizationId, key: header, lease, status, body: redacted.length > 0 ? JSON.stringify(answer) : text! }).catch(
            (err: unknown) => {
              log.warn({ err }, 'idempotent answer not stored');
              return true;
            },
          );
          if (!stored) log.warn({ idempotencyKey: header }, 'idempotent answer not stored: the lease ran out and another request took the key');
        },
      };
    },

    /** Sends a stored answer again, as it was, marked as a replay. */
    async replay(req: IncomingMessage, res: ServerResponse, { status, body }: { status: number; body: string }): Promise<void> {
      const answer = await encodeFor(req, body);
      if (res.headersSent || res.destroyed) return;
      res.statusCode = status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.setHeader(idempotencyHeaders.replayed, 'true');
      sendEncoded(req, res, answer);
    },
  };
}
