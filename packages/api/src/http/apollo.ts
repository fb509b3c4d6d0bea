import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../context.ts';
import { armorRules, queryLimits, queryTooComplexCode, tooManyTokens, withoutSuggestions } from '../graphql/limits.ts';
import { storableTextPlugin } from '../graphql/stored-text.ts';
import type { ApiSettings } from '../settings.ts';
import { refusalOf, stopReasonOf } from './lifetime.ts';

/** A request the database could not serve, or that was stopped, is answered with its refusal's status, never 200. */
function refusalStatus(settings: ApiSettings): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didEncounterErrors({ errors, response, contextValue }) {
      const reason = errors.map((error) => stopReasonOf(unwrapResolverError(error))).find((found) => found !== null);
      if (!reason) return;
      const refusal = refusalOf(reason, settings.requestTimeoutMs);
      contextValue.log.warn({ reason, code: refusal.code }, 'request refused');
      response.http.status = refusal.status;
      if (refusal.retryAfterSeconds) response.http.headers.set('retry-after', String(refusal.retryAfterSeconds));
    },
  };
  return { requestDidStart: async () => listener };
}

/**
 * The GraphQL server, started: the schema with its limits and the error policy (refusals keep their code,
 * faults are logged and not told). `plugins` and `validationRules` are the HTTP layer's (cost, snapshots).
 */
export async function startApollo(
  schema: GraphQLSchema,
  settings: ApiSettings,
  log: Logger,
  { plugins, validationRules }: { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] },
): Promise<ApolloServer<Context>> {
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: [...validationRules, ...armorRules()],
    // The process's owner (main.ts) stops the HTTP server, Apollo and the database on SIGINT/SIGTERM. Apollo's
    // own handlers would stop it a second time, concurrently, and that second stop() never returns.
    stopOnTerminationSignals: false,
    // No cache hints in the schema: without the cache-control plugin, resolvers run unwrapped.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      storableTextPlugin(schema),
      ...plugins,
      refusalStatus(settings),
    ],
    includeStacktraceInErrorResponses: false,
    logger: {
      debug: (message) => log.debug({ apollo: true }, String(message)),
      info: (message) => log.info({ apollo: true }, String(message)),
      warn: (message) => log.warn({ apollo: true }, String(message)),
      error: (message) => log.error({ apollo: true }, String(message)),
    },
    formatError: (formatted, error) => {
      const reason = stopReasonOf(unwrapResolverError(error));
      if (reason) {
        const { code, message } = refusalOf(reason, settings.requestTimeoutMs);
        return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
      }
      // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; the limits' refusals keep their own code.
      const original = error instanceof GraphQLError ? error.originalError : undefined;
      if (original instanceof GraphQLError && original.extensions.code === queryTooComplexCode) {
        return { ...formatted, extensions: { ...formatted.extensions, code: queryTooComplexCode } };
      }
      const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? tooManyTokens(formatted.message) : null;
      if (tokens) return { message: tokens, extensions: { code: queryTooComplexCode } };
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        log.error({ err: unwrapResolverError(error), path: formatted.path }, 'resolver failed');
        return { ...formatted, message: 'Something went wrong on our side; it has been logged.' };
      }
      return { ...formatted, message: withoutSuggestions(formatted.message) };
    },
  });
  await apollo.start();
  return apollo;
}
