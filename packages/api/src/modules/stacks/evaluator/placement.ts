import type { DataCenterFact, EvaluationOptions, LineInput, OfferingFact, RequirementFact } from './facts.ts';

// Where a stack's offerings run and keep their data: which lines run a service, which line hosts
// self-installed software, and which requirements the stack itself meets.

export type Needs = Pick<RequirementFact, 'categoryIds' | 'vendorIds'>;

export function satisfies(requirement: Needs, categoryId: number, vendorId: string): boolean {
  return requirement.categoryIds.includes(categoryId) && (requirement.vendorIds.length === 0 || requirement.vendorIds.includes(vendorId));
}

export function placeStack(lines: LineInput[], options: EvaluationOptions) {
  // Each offering once, in the order it first appears: an offering's issues do not repeat per plan.
  const offerings = [...new Map(lines.map((line) => [line.offering.id, line.offering])).values()];
  // Offerings that run a service: a line of a recurring plan. A one-time service (an assessment, a setup)
  // does not run; self-installed software runs on another line (its host), never as a service of its own.
  const running = new Set(lines.filter((line) => !line.oneTime && line.offering.kind !== 'SOFTWARE').map((line) => line.offering.id));
  const services = offerings.filter((o) => running.has(o.id));
  const metByStack = (requirement: Needs, exceptId: string) =>
    offerings.some((other) => other.id !== exceptId && other.published && satisfies(requirement, other.categoryId, other.vendorId));

  // The line self-installed software runs on: the first running line that meets one of its hosting
  // requirements (a listing that states none runs on any compute or Kubernetes line).
  const hostOf = (software: OfferingFact): OfferingFact | null => {
    const hosting = software.requirements.filter((r) => r.hosting);
    return (
      services.find(
        (o) =>
          o.published &&
          (hosting.length > 0 ? hosting.some((r) => satisfies(r, o.categoryId, o.vendorId)) : options.hostingCategories.has(o.categorySlug)),
      ) ?? null
    );
  };
  const hosts = new Map(offerings.filter((o) => o.kind === 'SOFTWARE').map((o) => [o.id, hostOf(o)]));

  /** Where a line keeps data; null when unknown. Software keeps it on its host; a one-time service naming no data center keeps none. */
  const locationOf = (line: LineInput): DataCenterFact[] | null => {
    if (line.offering.kind === 'SOFTWARE') return hosts.get(line.offering.id)?.dataCenters ?? null;
    if (line.offering.dataCenters.length > 0) return line.offering.dataCenters;
    return line.oneTime ? [] : null;
  };
  const locations = lines.map(locationOf);

  // Running offerings by redundancy group, for availability: each offering once, in the first group a
  // running line of it appears in; a line without a group runs alone.
  const availabilityGroups = new Map<string, OfferingFact[]>();
  const grouped = new Set<string>();
  for (const line of lines) {
    if (line.oneTime || line.offering.kind === 'SOFTWARE' || grouped.has(line.offering.id)) continue;
    grouped.add(line.offering.id);
    const key = line.redundancyGroup === null ? `alone:${line.offering.id}` : `group:${line.redundancyGroup}`;
    availabilityGroups.set(key, [...(availabilityGroups.get(key) ?? []), line.offering]);
  }
  // The cities each redundancy group keeps data in, from where its lines do.
  const groupCities = new Map<string, Set<string>>();
  lines.forEach((line, index) => {
    if (line.redundancyGroup === null) return;
    const cities = groupCities.get(line.redundancyGroup) ?? new Set<string>();
    for (const dc of locations[index] ?? []) cities.add(dc.city);
    groupCities.set(line.redundancyGroup, cities);
  });
  /** A line of the offering runs in a redundancy group whose lines keep data in two cities or more. */
  const redundantAcrossCities = (offeringId: string) =>
    lines.some((line) => line.offering.id === offeringId && line.redundancyGroup !== null && groupCities.get(line.redundancyGroup)!.size >= 2);

  return { offerings, services, metByStack, hosts, locations, availabilityGroups: [...availabilityGroups.values()], redundantAcrossCities };
}

export type Placement = ReturnType<typeof placeStack>;
