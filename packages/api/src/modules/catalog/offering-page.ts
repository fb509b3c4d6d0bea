import type { OfferingRelation } from '@mayviet/db';
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** Whether @skip and @include let a selection run. */
function runs(selection: SelectionNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
}

/**
 * The fields selected under `nodes`, by name (aliases merged), each with its field nodes. Fragments are
 * spread whatever their type condition: under an object type (Offering, Vendor) every fragment validation
 * lets through applies.
 */
function subfields(nodes: readonly FieldNode[], info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!runs(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) fields.set(selection.name.value, [...(fields.get(selection.name.value) ?? []), selection]);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return fields;
}

/**
 * The relations of the offering a `Query.offering` field selects, which its one statement reads along
 * (offeringWithRelationsBySlug): those its resolvers would load, one statement each. Anything deeper
 * (a vendor's offerings, a plan's offering's relations) is left to the loaders.
 */
export function selectedOfferingRelations(info: GraphQLResolveInfo): Set<OfferingRelation> {
  const offering = subfields(info.fieldNodes, info);
  const relations = new Set<OfferingRelation>();
  const requirements = offering.get('requirements');
  if (offering.has('category') || (requirements && subfields(requirements, info).has('categories'))) relations.add('categories');
  const vendor = offering.get('vendor');
  if (vendor) {
    relations.add('vendor');
    const ofVendor = subfields(vendor, info);
    if (ofVendor.has('dataCenters')) relations.add('vendorDataCenters');
    if (ofVendor.has('attestations')) relations.add('vendorAttestations');
  }
  if (offering.has('plans')) relations.add('plans');
  if (offering.has('dataCenters')) relations.add('dataCenters');
  if (requirements) relations.add('requirements');
  if (offering.has('attestations')) relations.add('attestations');
  return relations;
}
