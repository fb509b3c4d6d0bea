import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { BudgetTake } from '@mayviet/db';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import type { Context } from '../context.ts';
import type { ApiSettings } from '../settings.ts';
import { checkCost, costRule, estimateCost, queryLimits, type QueryCost } from '../graphql/limits.ts';
import { budgetSubject, type BudgetStore } from './budget.ts';

/** The headers a client reads its budget from (IETF draft RateLimit header fields), exposed to browsers too. */
export const budgetHeaders = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after'] as const;

/**
 * Prices every operation before it runs and draws the price from its client's budget, a leaky bucket
 * like Shopify's: `budgetCapacity` points at most, `budgetRestorePerSecond` given back each second.
 * An operation over the per-query limit is refused (QUERY_TOO_COMPLEX); one its client cannot pay for
 * now is refused with HTTP 429 and Retry-After (RATE_LIMITED); neither runs anything. Each answer says
 * what the operation cost (`extensions.cost`) and what is left (also as RateLimit-* headers).
 *
 * The cost is checked twice: by `validationRule` when a document is first validated, so that a document
 * refused for its shape also says what it would cost, and before each run (Apollo validates a document
 * once and keeps it), where it is also charged.
 *
 * Requests refused before they run (unparseable, invalid, too costly) cost nothing and skip the
 * budget's round trip. When the store cannot be reached the request goes on unmetered: losing the
 * budget for a while is better than losing the marketplace.
 */
export function createCostPlugin(
  schema: GraphQLSchema,
  settings: ApiSettings,
  budgets: BudgetStore,
  /** whether the operation's request holds a read snapshot already (see BudgetStore.take) */
  holdsSnapshot: (context: Context) => boolean,
): {
  plugin: ApolloServerPlugin<Context>;
  validationRule: ValidationRule;
  /** the most SQL statements an operation may run (graphql/limits.ts), as its cost was estimated */
  statementsOf: (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) => number;
} {
  const maxCost = Math.min(queryLimits.maxCost, settings.budgetCapacity);
  const rate = settings.budgetRestorePerSecond;
  const variablesOf = new WeakMap<DocumentNode, Record<string, unknown>>();
  const validationRule = costRule(schema, maxCost, (document) => variablesOf.get(document) ?? {});
  // Apollo keeps each query text's parsed document: an operation without variables costs the same each time.
  const fixedCosts = new WeakMap<OperationDefinitionNode, QueryCost>();
  const costOf = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): QueryCost => {
    if (operation.variableDefinitions?.length) return estimateCost(schema, document, operation, variables);
    let cost = fixedCosts.get(operation);
    if (!cost) {
      cost = estimateCost(schema, document, operation, variables);
      fixedCosts.set(operation, cost);
    }
    return cost;
  };
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      let requested: number | null = null;
      let budget: BudgetTake | null = null;
      return {
        async validationDidStart({ document, request }) {
          variablesOf.set(document, request.variables ?? {});
        },
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = costOf(document, operation, request.variables ?? {});
          requested = cost.points;
          checkCost(cost, maxCost);
          try {
            budget = await budgets.take(budgetSubject(contextValue.actor, contextValue.clientAddress), cost.points, holdsSnapshot(contextValue));
          } catch (error) {
            contextValue.log.warn({ err: error }, 'the query budget store did not answer; the request goes unmetered');
            return;
          }
          if (!budget.granted) {
            const wait = Math.max(1, Math.ceil((cost.points - budget.available) / rate));
            // Instances spending one budget at once may leave it in debt (see budget.ts): none are left then.
            const left = budget.available < 0 ? `none are left (${Math.ceil(-budget.available)} are owed)` : `${Math.floor(budget.available)} are left`;
            throw new GraphQLError(
              `This client's query budget is spent: the query costs ${cost.points} points and ${left}; ` +
                `${rate} points come back every second, up to ${settings.budgetCapacity}. Retry after ${wait} s.`,
              { extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new HeaderMap([['retry-after', String(wait)]]) } } },
            );
          }
        },
        async willSendResponse({ response }) {
          if (requested === null) return;
          const cost: Record<string, unknown> = { requestedQueryCost: requested };
          if (budget) {
            const remaining = Math.max(0, Math.floor(budget.available));
            cost.throttleStatus = { maximumAvailable: settings.budgetCapacity, currentlyAvailable: remaining, restoreRate: rate };
            response.http.headers.set('ratelimit-limit', String(settings.budgetCapacity));
            response.http.headers.set('ratelimit-remaining', String(remaining));
            response.http.headers.set('ratelimit-reset', String(Math.ceil((settings.budgetCapacity - budget.available) / rate)));
          }
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
  return { plugin, validationRule, statementsOf: (document, operation, variables) => costOf(document, operation, variables).statements };
}
