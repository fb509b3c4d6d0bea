// The schema's enums as gql.tada reads them from the committed schema: a label map keyed by one of them
// (`Record<OfferingKind, string>`) fails the typecheck when the schema adds a value it does not name.
import type { introspection_types } from '../graphql-env.d.ts';

type EnumName = { [Name in keyof introspection_types]: introspection_types[Name] extends { enumValues: string } ? Name : never }[keyof introspection_types];

export type SchemaEnum<Name extends EnumName> = introspection_types[Name]['enumValues'];

export type AttestationStatus = SchemaEnum<'AttestationStatus'>;
export type BillingUnit = SchemaEnum<'BillingUnit'>;
export type OfferingKind = SchemaEnum<'OfferingKind'>;
export type OfferingSort = SchemaEnum<'OfferingSort'>;
export type Severity = SchemaEnum<'Severity'>;
export type VendorKind = SchemaEnum<'VendorKind'>;

/** The label of an enum value that arrives as a plain string (an address, a count's key), or the value itself where it names none. */
export function labelOf<Value extends string>(labels: Readonly<Record<Value, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value as Value] : value;
}
