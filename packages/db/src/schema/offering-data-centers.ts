import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { dataCenters } from './data-centers.ts';
import { offerings } from './offerings.ts';

/** Where an offering runs and keeps customer data. */
export const offeringDataCenters = pgTable(
  'offering_data_centers',
  {
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    dataCenterId: uuid('data_center_id')
      .notNull()
      .references(() => dataCenters.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ name: 'offering_data_centers_pkey', columns: [t.offeringId, t.dataCenterId] }),
    index('offering_data_centers_dc_idx').on(t.dataCenterId),
  ],
);
