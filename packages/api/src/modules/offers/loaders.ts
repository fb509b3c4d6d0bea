import { offersByIds, offersOfQuoteRequests, offersOfShares, shareStatesByIds, type Db, type OfferRow, type ShareStateRow } from '@mayviet/db';
import DataLoader from 'dataloader';

/** A request's loaders of offers: by id, by request and by vendor share (newest first), and the shares' states. */
export function createOfferLoaders(db: Db) {
  return {
    offer: new DataLoader<string, OfferRow | null>(async (ids) => {
      const rows = await offersByIds(db, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    ofQuoteRequest: new DataLoader<string, OfferRow[]>(async (ids) => {
      const rows = await offersOfQuoteRequests(db, ids);
      return ids.map((id) => rows.filter((row) => row.quoteRequestId === id));
    }),
    ofShare: new DataLoader<string, OfferRow[]>(async (ids) => {
      const rows = await offersOfShares(db, ids);
      return ids.map((id) => rows.filter((row) => row.vendorQuoteRequestId === id));
    }),
    shareState: new DataLoader<string, ShareStateRow | null>(async (ids) => {
      const rows = await shareStatesByIds(db, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}

export type OfferLoaders = ReturnType<typeof createOfferLoaders>;
