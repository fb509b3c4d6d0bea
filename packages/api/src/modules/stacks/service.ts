import { createHash } from 'node:crypto';
import { hitRateLimit, insertQuoteRequest, insertStack, stackFacts, stackPlansByIds, type ListingStatus, type QuoteRequestRow } from '@mayviet/db';
import type { Context } from '../../context.ts';
import { badUserInputOf } from '../../graphql/errors.ts';
import { fromGlobalId } from '../../graphql/ids.ts';
import { checkOptionalText, checkText, userError, type UserError } from '../../graphql/user-errors.ts';
import { keepSavedStack } from '../accounts/account-stacks.ts';
import { notifyQuoteRequested } from '../partners/service.ts';
import { checkCatalogSearch, type CatalogSearchInput, type CatalogSearchValue } from './catalog-search.ts';
import { evaluatedStack, evaluateStacks } from './evaluation.ts';
import { micFrameworkCode, stackFixRules, type EvaluatedStack, type SavedStack, type SaveStackResult } from './model.ts';
import { oneTimePrice } from './money.ts';
import { accountBuyerId, newQuoteAccessToken } from './quote-access.ts';
import { mailQuoteReceipt } from './quote-receipt.ts';

// The module's resolvers take these from its service.

export const maxStackLines = 200;
export const maxQuantity = 1_000_000;

/** Plans a new or unsaved stack may hold: public now, or public once (archived lines are flagged, not refused). */
const addableStatuses: ListingStatus[] = ['PUBLISHED', 'ARCHIVED'];

export interface StackItemInput {
  planId: string;
  quantity: number;
  redundancyGroup?: string | null;
}

interface CheckedItem {
  planId: string;
  quantity: number;
  redundancyGroup: string | null;
}

/** A redundancy group's name, as stack_items.redundancy_group's check constraint has it. */
export const redundancyGroupPattern = /^[A-Za-z0-9._:-]{1,40}$/;

/** Checks the lines' shape (count, ids, quantities, duplicates, redundancy groups) without touching the database. */
function checkItems(items: readonly StackItemInput[], errors: UserError[]): CheckedItem[] {
  if (items.length > maxStackLines) {
    errors.push(userError(['items'], 'TOO_MANY_LINES', `A stack holds at most ${maxStackLines} lines; this one has ${items.length}.`));
    return [];
  }
  const seen = new Map<string, number>();
  const checked: CheckedItem[] = [];
  items.forEach((item, index) => {
    const parsed = fromGlobalId(item.planId);
    if (!parsed || parsed.type !== 'Plan') {
      errors.push(userError(['items', index, 'planId'], 'UNKNOWN_PLAN', `Line ${index + 1}: ${JSON.stringify(item.planId)} is not a plan id.`));
    } else if (seen.has(parsed.id)) {
      errors.push(
        userError(
          ['items', index, 'planId'],
          'DUPLICATE_LINE',
          `Line ${index + 1} repeats the plan of line ${seen.get(parsed.id)! + 1}; change that line's quantity instead.`,
        ),
      );
    } else {
      seen.set(parsed.id, index);
    }
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > maxQuantity) {
      errors.push(
        userError(['items', index, 'quantity'], 'QUANTITY_OUT_OF_RANGE', `Line ${index + 1}: quantity must be 1 to ${maxQuantity.toLocaleString('en')}; got ${item.quantity}.`),
      );
    }
    const group = item.redundancyGroup ?? null;
    if (group !== null && !redundancyGroupPattern.test(group)) {
      errors.push(
        userError(
          ['items', index, 'redundancyGroup'],
          'INVALID_REDUNDANCY_GROUP',
          `Line ${index + 1}: a redundancy group is 1 to 40 letters, digits or . _ : -; got ${JSON.stringify(group)}.`,
        ),
      );
    }
    if (parsed?.type === 'Plan') checked.push({ planId: parsed.id, quantity: item.quantity, redundancyGroup: item.redundancyGroup ?? null });
  });
  return checked;
}

/** A checked line whose plan is not in `found` (missing, or not public) is an UNKNOWN_PLAN error. */
function checkPlansFound(items: readonly StackItemInput[], found: ReadonlySet<string>, errors: UserError[]) {
  items.forEach((item, index) => {
    const parsed = fromGlobalId(item.planId);
    if (parsed?.type === 'Plan' && !found.has(parsed.id)) {
      errors.push(userError(['items', index, 'planId'], 'UNKNOWN_PLAN', `Line ${index + 1}: no plan in the catalog has the id ${item.planId}.`));
    }
  });
}

/** evaluateStack: bad lines are a malformed request, answered with BAD_USER_INPUT naming every problem. */
export async function evaluateUnsavedStack(ctx: Context, items: readonly StackItemInput[]): Promise<EvaluatedStack> {
  const errors: UserError[] = [];
  const checked = checkItems(items, errors);
  const facts = errors.length === 0 ? await stackFacts(ctx.database.db, [checked.map((item) => item.planId)], micFrameworkCode, stackFixRules, addableStatuses) : null;
  const plans = new Map(facts?.lines.map((line) => [line.id, line]));
  if (facts) checkPlansFound(items, new Set(plans.keys()), errors);
  if (errors.length > 0) throw badUserInputOf(errors);
  const [evaluated] = evaluateStacks(ctx, facts!, [
    {
      lines: checked.map((item) => ({
        plan: plans.get(item.planId)!,
        quantity: item.quantity,
        redundancyGroup: item.redundancyGroup,
        savedMonthlyPrice: null,
        savedOneTimePrice: null,
      })),
    },
  ]);
  return evaluated!;
}

export interface SaveStackInput {
  name: string;
  items: StackItemInput[];
  idempotencyKey?: string | null;
  catalogSearch?: CatalogSearchInput | null;
}

/**
 * The name, the lines and the catalogue search (when there is one), the lines' redundancy groups when a line
 * has one: hashes of stacks saved without either stay as they were.
 */
function contentHash(name: string, items: CheckedItem[], catalogSearch: CatalogSearchValue | null): string {
  const grouped = items.some((item) => item.redundancyGroup !== null);
  const lines = items.map((item) => (grouped ? [item.planId, item.quantity, item.redundancyGroup] : [item.planId, item.quantity]));
  return createHash('sha256')
    .update(JSON.stringify(catalogSearch === null ? [name, lines] : [name, lines, catalogSearch]))
    .digest('base64url');
}

/**
 * saveStack: stores the lines with today's prices. The same content twice in one request saves once; the
 * same idempotency key again returns the first stack, or an error when the content differs.
 */
export async function saveStack(ctx: Context, input: SaveStackInput): Promise<SaveStackResult> {
  const errors: UserError[] = [];
  const name = checkText(input.name, ['input', 'name'], 120, 'The name', errors);
  const key = input.idempotencyKey ?? null;
  if (key !== null && !/^[\w.:-]{8,100}$/.test(key)) {
    errors.push(userError(['input', 'idempotencyKey'], 'INVALID', 'The idempotency key must be 8 to 100 letters, digits, or . _ : -'));
  }
  if (input.items.length === 0) errors.push(userError(['input', 'items'], 'EMPTY_STACK', 'A stack needs at least one line.'));
  const catalogSearch = checkCatalogSearch(input.catalogSearch, ['input', 'catalogSearch'], errors);
  const itemErrors: UserError[] = [];
  const checked = checkItems(input.items, itemErrors);
  const found = itemErrors.length === 0 && checked.length > 0 ? await stackPlansByIds(ctx.database.db, checked.map((item) => item.planId), addableStatuses) : [];
  const plans = new Map(found.map((plan) => [plan.id, plan]));
  if (itemErrors.length === 0 && checked.length > 0) checkPlansFound(input.items, new Set(plans.keys()), itemErrors);
  errors.push(...itemErrors.map((e) => ({ ...e, field: e.field ? ['input', ...e.field] : null })));
  if (errors.length > 0) return { stack: null, userErrors: errors };

  const hash = contentHash(name, checked, catalogSearch);
  const save = async (): Promise<SaveStackResult> => {
    const result = await insertStack(ctx.database.db, {
      name,
      idempotencyKey: key,
      contentHash: hash,
      catalogSearch,
      items: checked.map((item) => ({
        ...item,
        savedMonthlyPrice: plans.get(item.planId)!.monthlyPrice,
        savedOneTimePrice: String(oneTimePrice(plans.get(item.planId)!)),
      })),
    });
    if (!result.created && result.stack.contentHash !== hash) {
      return {
        stack: null,
        userErrors: [userError(['input', 'idempotencyKey'], 'IDEMPOTENCY_KEY_REUSED', 'This idempotency key already saved a different stack; use a new key.')],
      };
    }
    await keepSavedStack(ctx, result.stack.id);
    return { stack: result.stack, userErrors: [] };
  };
  const requestKey = `${key ?? ''}|${hash}`;
  let pending = ctx.loaders.stacks.saves.get(requestKey);
  if (!pending) {
    pending = save();
    ctx.loaders.stacks.saves.set(requestKey, pending);
  }
  return pending;
}

export interface RequestQuoteInput {
  stackId: string;
  contactName: string;
  contactEmail: string;
  organization?: string | null;
  message?: string | null;
}

export const emailPattern = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const controlCharacters = new RegExp('[\\u0000-\\u001f\\u007f]');

/**
 * requestQuote: one part per vendor, each with only its lines; throttled per client address. The access
 * token is returned this once; only its hash is stored.
 */
export async function requestQuote(
  ctx: Context,
  input: RequestQuoteInput,
  loadStack: (id: string) => Promise<SavedStack | null>,
): Promise<{ quoteRequest: QuoteRequestRow | null; accessToken: string | null; userErrors: UserError[] }> {
  const errors: UserError[] = [];
  const contactName = checkText(input.contactName, ['input', 'contactName'], 120, 'Your name', errors);
  if (controlCharacters.test(contactName)) errors.push(userError(['input', 'contactName'], 'INVALID', 'Your name must be on one line.'));
  const contactEmail = input.contactEmail.trim();
  if (contactEmail.length > 254 || !emailPattern.test(contactEmail)) {
    errors.push(userError(['input', 'contactEmail'], 'INVALID_EMAIL', `${JSON.stringify(contactEmail)} is not an e-mail address vendors can answer.`));
  }
  const organization = checkOptionalText(input.organization, ['input', 'organization'], 200, 'The organization', errors);
  if (organization && controlCharacters.test(organization)) {
    errors.push(userError(['input', 'organization'], 'INVALID', 'The organization must be on one line.'));
  }
  const message = checkOptionalText(input.message, ['input', 'message'], 2000, 'The message', errors);
  const parsed = fromGlobalId(input.stackId);
  const stack = parsed?.type === 'Stack' ? await loadStack(parsed.id) : null;
  if (!stack) errors.push(userError(['input', 'stackId'], 'NOT_FOUND', 'No saved stack has this id.'));
  if (errors.length > 0 || !stack) return { quoteRequest: null, accessToken: null, userErrors: errors };

  const evaluated = await evaluatedStack(ctx, stack.row.id);
  const parts = new Map<
    string,
    { vendorId: string; monthlySubtotal: bigint; oneTimeSubtotal: bigint; lines: { planId: string; quantity: number; monthlyPrice: string; oneTimePrice: string }[] }
  >();
  for (const line of evaluated.lines.filter((l) => l.available)) {
    const part = parts.get(line.offering.vendorId) ?? { vendorId: line.offering.vendorId, monthlySubtotal: 0n, oneTimeSubtotal: 0n, lines: [] };
    part.monthlySubtotal += line.monthlyCost;
    part.oneTimeSubtotal += line.oneTimeCost;
    part.lines.push({ planId: line.plan.id, quantity: line.quantity, monthlyPrice: line.plan.monthlyPrice, oneTimePrice: String(oneTimePrice(line.plan)) });
    parts.set(part.vendorId, part);
  }
  if (parts.size === 0) {
    return {
      quoteRequest: null,
      accessToken: null,
      userErrors: [userError(['input', 'stackId'], 'NOTHING_TO_QUOTE', 'None of this stack’s offerings is still offered; replace them first.')],
    };
  }

  const limit = await hitRateLimit(ctx.database.db, { bucket: 'quote-request', subject: ctx.clientAddress, windowSeconds: 3600 });
  if (limit.hits > ctx.settings.quoteRequestsPerHour) {
    ctx.log.warn({ clientAddress: ctx.clientAddress, hits: limit.hits }, 'quote requests throttled');
    return {
      quoteRequest: null,
      accessToken: null,
      userErrors: [
        userError(
          null,
          'RATE_LIMITED',
          `Too many quote requests from your address (at most ${ctx.settings.quoteRequestsPerHour} an hour); try again after ${limit.resetAt.toISOString()}.`,
        ),
      ],
    };
  }

  const access = newQuoteAccessToken();
  const quoteRequest = await insertQuoteRequest(ctx.database.db, {
    stackId: stack.row.id,
    contactName,
    contactEmail,
    organization,
    message,
    clientAddress: ctx.clientAddress,
    accessTokenHash: access.hash,
    buyerUserId: accountBuyerId(ctx),
    parts: [...parts.values()].map((part) => ({ ...part, monthlySubtotal: String(part.monthlySubtotal), oneTimeSubtotal: String(part.oneTimeSubtotal) })),
  });
  ctx.log.info({ quoteRequestId: quoteRequest.id, stackId: stack.row.id, vendors: parts.size }, 'quote requested');
  await notifyQuoteRequested(ctx, quoteRequest.id);
  await mailQuoteReceipt(ctx, quoteRequest, access.token, [...parts.keys()]);
  return { quoteRequest, accessToken: access.token, userErrors: [] };
}
