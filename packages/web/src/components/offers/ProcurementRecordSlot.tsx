import { useOffersText } from './offers-text.ts';

/** Where the procurement record's exports go on both request pages, until they are built. */
export function ProcurementRecordSlot() {
  const o = useOffersText();
  return <p className="muted">{o.recordPending}</p>;
}
