import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getArgumentValues,
  getVariableValues,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
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

/**
 * The first argument of the operation holding text PostgreSQL cannot store, written in the query or
 * passed in a variable, at any depth of input objects and lists. Each field and fragment of the document
 * is visited once, however often it is spread.
 */
export function findUnstorableArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): Refused | null {
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  // Variables of the wrong type are refused by execution, with graphql's own message.
  if (variables.errors) return null;
  const typeInfo = new TypeInfo(schema);
  const state: { refused: Refused | null } = { refused: null };
  const check = (owner: string, node: ASTNode, values: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(values)) {
      const found = findUnstorable(value, name);
      if (found) {
        state.refused = { found, owner, node };
        return;
      }
    }
  };
  // Fragments another operation of the document uses may name variables this one does not define.
  const argumentsOf = (read: () => Record<string, unknown>) => {
    try {
      return read();
    } catch {
      return {};
    }
  };
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (state.refused || !field || !node.arguments?.length) return;
      check(`${typeInfo.getParentType()?.name ?? ''}.${field.name}`, node, argumentsOf(() => getArgumentValues(field, node, variables.coerced)));
    },
    Directive(node) {
      const directive = typeInfo.getDirective();
      if (state.refused || !directive || !node.arguments?.length) return;
      check(`@${directive.name}`, node, argumentsOf(() => getArgumentValues(directive, node, variables.coerced)));
    },
  });
  for (const definition of document.definitions) {
    if (state.refused) break;
    if (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  }
  return state.refused;
}

/** Whether a string literal of the document (an argument, a default value) holds unstorable text. */
const literalsUnstorable = new WeakMap<DocumentNode, boolean>();

function hasUnstorableLiteral(document: DocumentNode): boolean {
  let found = literalsUnstorable.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      StringValue(node) {
        if (unstorableCharacter(node.value)) found = true;
      },
    });
    // Apollo keeps a parsed document for its query text: each document is looked through once.
    literalsUnstorable.set(document, found);
  }
  return found;
}

/**
 * Refuses, before anything runs, an operation whose arguments hold text PostgreSQL cannot store: the
 * caller's mistake, answered BAD_USER_INPUT with the argument's path, never a failed statement. Refused
 * rather than stripped: dropping a character silently would turn one slug, e-mail or name into another.
 */
export function storableTextPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          // Coercion adds no character: text that is neither in a variable nor in a literal is in no argument.
          if (!findUnstorable(request.variables ?? {}, '') && !hasUnstorableLiteral(document)) return;
          const refused = findUnstorableArgument(schema, document, operation, request.variables ?? {});
          if (!refused) return;
          const { found, owner, node } = refused;
          throw new GraphQLError(`The argument \`${found.path}\` of \`${owner}\` contains ${found.character}, which text cannot hold; remove it.`, {
            nodes: node,
            extensions: { code: 'BAD_USER_INPUT', argument: found.path, http: { status: 400 } },
          });
        },
      };
    },
  };
}
