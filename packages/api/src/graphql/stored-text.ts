import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getArgumentValues,
  getVariableValues,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context.ts';

// PostgreSQL text cannot hold U+0000: a statement carrying one fails ("invalid byte sequence for
// encoding UTF8: 0x00"), as does jsonb holding "\u0000". Half of a UTF-16 surrogate pair (JSON can carry
// "\ud800") has no UTF-8 form: both drivers silently store U+FFFD instead. Neither is ever meant.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What in `text` no text column can hold, described for a person; null when it can all be stored. */
export function unstorableCharacter(text: string): string | null {
  const found = unstorable.exec(text)?.[0];
  if (found === undefined) return null;
  if (found === '\u0000') return 'a NUL character (U+0000)';
  return `half of a UTF-16 surrogate pair (U+${found.charCodeAt(0).toString(16).toUpperCase()})`;
}

type Found = { path: string; character: string };
type Refused = { found: Found; owner: string; node: ASTNode };

/** The first string inside a coerced argument value that cannot be stored, with where it is. */
function findUnstorable(value: unknown, path: string): Found | null {
  if (typeof value === 'string') {
    const character = unstorableCharacter(value);
    return character ? { path, character } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorable(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorable(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** A field or directive of the document given arguments, with what the schema says of it. */
interface ArgumentSite {
  owner: string;
  node: FieldNode | DirectiveNode;
  definition: GraphQLField<unknown, unknown> | GraphQLDirective;
}

/**
 * The fields and directives given arguments in the operation and the document's fragments, in document
 * order. Each field and fragment of the document is visited once, however often it is spread.
 */
function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  const typeInfo = new TypeInfo(schema);
  const sites: ArgumentSite[] = [];
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (field && node.arguments?.length) sites.push({ owner: `${typeInfo.getParentType()?.name ?? ''}.${field.name}`, node, definition: field });
    },
    Directive(node) {
      const directive = typeInfo.getDirective();
      if (directive && node.arguments?.length) sites.push({ owner: `@${directive.name}`, node, definition: directive });
    },
  });
  for (const definition of document.definitions) {
    if (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  }
  return sites;
}

/**
 * The first argument of the operation holding text PostgreSQL cannot store, written in the query or
 * passed in a variable, at any depth of input objects and lists. `sites`: the operation's argumentSites.
 */
function findUnstorableIn(schema: GraphQLSchema, operation: OperationDefinitionNode, sites: ArgumentSite[], rawVariables: Record<string, unknown>): Refused | null {
  if (sites.length === 0) return null;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  // Variables of the wrong type are refused by execution, with graphql's own message.
  if (variables.errors) return null;
  for (const { owner, node, definition } of sites) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, variables.coerced);
    } catch {
      // Fragments another operation of the document uses may name variables this one does not define.
      continue;
    }
    for (const [name, value] of Object.entries(values)) {
      const found = findUnstorable(value, name);
      if (found) return { found, owner, node };
    }
  }
  return null;
}

/**
 * Refuses, before anything runs, an operation whose arguments hold text PostgreSQL cannot store: the
 * caller's mistake, answered BAD_USER_INPUT with the argument's path, never a failed statement. Refused
 * rather than stripped: dropping a character silently would turn one slug, e-mail or name into another.
 */
export function storableTextPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  // Apollo keeps each query text's parsed document: its operations' argument sites are found once.
  const sitesOf = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ document, operation, request }) {
      if (!operation) return;
      let sites = sitesOf.get(operation);
      if (!sites) {
        sites = argumentSites(schema, document, operation);
        sitesOf.set(operation, sites);
      }
      const refused = findUnstorableIn(schema, operation, sites, request.variables ?? {});
      if (!refused) return;
      const { found, owner, node } = refused;
      throw new GraphQLError(`The argument \`${found.path}\` of \`${owner}\` contains ${found.character}, which text cannot hold; remove it.`, {
        nodes: node,
        extensions: { code: 'BAD_USER_INPUT', argument: found.path, http: { status: 400 } },
      });
    },
  };
  return { requestDidStart: async () => listener };
}
