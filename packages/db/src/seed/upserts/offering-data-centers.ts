import { offeringDataCenters } from '../../schema/index.ts';
import type { CatalogSeed } from '../data/index.ts';
import type { TableChanges } from '../tables.ts';
import { lookup, syncLinks, type Tx } from './shared.ts';

export async function syncOfferingDataCenters(
  tx: Tx,
  catalog: CatalogSeed,
  offeringIds: Map<string, string>,
  dataCenterIds: Map<string, string>,
  changes: TableChanges,
): Promise<void> {
  const values = catalog.offerings.flatMap((o) =>
    o.dataCenters.map((dc) => ({
      offeringId: lookup(offeringIds, o.slug, 'offering'),
      dataCenterId: lookup(dataCenterIds, dc, 'data centre'),
    })),
  );
  await syncLinks(
    tx,
    { table: offeringDataCenters, parent: offeringDataCenters.offeringId, child: offeringDataCenters.dataCenterId },
    [...offeringIds.values()],
    values.map((v) => [v.offeringId, v.dataCenterId]),
    changes,
  );
}
