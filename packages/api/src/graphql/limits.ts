import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

// Limits that reject abusive queries before they run. They are set so that honest use passes: one
// page of 100 offerings with vendor, category, plans with specs, data centers, requirements and
// attestations costs about 110,000; nesting pages of pages of pages does not fit.
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 250_000,
  /** assumed size of a list that takes no `first` (plans, data centers…) */
  listSize: 10,
  /** `first` when a paged field is not given one */
  defaultPage: 20,
} as const;

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/** Rejects selection sets nested deeper than maxDepth (fragments counted where they are spread). */
export function checkDepth(document: DocumentNode, operation: OperationDefinitionNode): void {
  const fragments = fragmentsOf(document);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
      }
      if (deepest > queryLimits.maxDepth) return deepest;
    }
    return deepest;
  };
  const depth = depthOf(operation.selectionSet, new Set());
  if (depth > queryLimits.maxDepth) {
    throw tooComplex(`The query nests ${depth} levels deep; at most ${queryLimits.maxDepth} are allowed. Split it into several queries.`);
  }
}

/** Rejects documents with more than maxAliases aliases. */
export function checkAliases(document: DocumentNode): void {
  let aliases = 0;
  visit(document, {
    Field(field) {
      if (field.alias) aliases += 1;
    },
  });
  if (aliases > queryLimits.maxAliases) {
    throw tooComplex(`The query uses ${aliases} aliases; at most ${queryLimits.maxAliases} are allowed.`);
  }
}

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!node) return null;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

/**
 * Estimated cost: every field costs 1, and a list multiplies what it selects by its page size
 * (`first`, or the default page) or, for plain lists, by an assumed list size.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = fragmentsOf(document);
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!rootType) return 0;

  const costOf = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (type && isCompositeType(type)) total += costOf(selection.selectionSet, type, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && type && isCompositeType(type) && !seen.has(fragment.name.value)) {
          total += costOf(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
        }
        continue;
      }
      total += 1;
      if (!selection.selectionSet || !('getFields' in parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const child = getNamedType(field.type);
      if (!isCompositeType(child)) continue;
      const pagedBy = field.args.some((arg) => arg.name === 'first')
        ? (intValue(selection.arguments?.find((arg) => arg.name.value === 'first')?.value, variables) ?? queryLimits.defaultPage)
        : null;
      const multiplier =
        pagedBy ?? (isListType(getNullableType(field.type)) && !parent.name.endsWith('Connection') ? queryLimits.listSize : 1);
      total += Math.max(multiplier, 1) * costOf(selection.selectionSet, child, seen);
    }
    return total;
  };
  return costOf(operation.selectionSet, rootType, new Set());
}

/** Every limit, checked once the operation is known and before anything runs. */
export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  checkAliases(document);
  // Introspection is bounded by the schema itself; tools send the standard query, which nests 15 levels.
  const introspectionOnly = operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && (selection.name.value === '__schema' || selection.name.value === '__type' || selection.name.value === '__typename'),
  );
  if (introspectionOnly) return;
  checkDepth(document, operation);
  const cost = estimateCost(schema, document, operation, variables);
  if (cost > queryLimits.maxCost) {
    throw tooComplex(
      `The query's estimated cost is ${cost}; at most ${queryLimits.maxCost} is allowed. Ask for smaller pages or fewer nested lists.`,
    );
  }
}
