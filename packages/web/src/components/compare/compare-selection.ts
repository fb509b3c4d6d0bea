import { useMemo, useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '../../lib/storage.ts';

// The offerings a buyer picked to compare, kept in this browser so the choice survives moving between the
// catalogue, offering pages and the comparison. The comparison's own address is what it shows.

export const COMPARE_STORAGE_KEY = 'mayviet.compare.v1';
/** As many as the API compares at once (offeringsBySlugs). */
export const MAX_COMPARED = 4;

export interface ComparedOffering {
  slug: string;
  name: string;
  /** null where the offering has no English name (absent in selections stored before English names) */
  nameEn?: string | null;
}

// Same-tab writes do not fire the storage event, so they announce themselves with this one.
const CHANGED = 'mayviet:compare-changed';

function parseSelection(raw: string | null): ComparedOffering[] {
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    const valid = parsed.filter(
      (item): item is ComparedOffering =>
        typeof item === 'object' &&
        item !== null &&
        typeof item.slug === 'string' &&
        item.slug !== '' &&
        typeof item.name === 'string' &&
        (item.nameEn === undefined || item.nameEn === null || typeof item.nameEn === 'string'),
    );
    return valid.filter((item, index) => valid.findIndex((other) => other.slug === item.slug) === index).slice(0, MAX_COMPARED);
  } catch {
    return [];
  }
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === COMPARE_STORAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, onChange);
  };
}

const readRaw = () => readStorage(COMPARE_STORAGE_KEY);

/** The offerings picked to compare, kept current across components and tabs. */
export function useCompareSelection(): ComparedOffering[] {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  return useMemo(() => parseSelection(raw), [raw]);
}

/** Replaces the selection (the first four kept); false when the browser refuses to store it. */
export function writeCompareSelection(selection: ComparedOffering[]): boolean {
  if (!writeStorage(COMPARE_STORAGE_KEY, JSON.stringify(selection.slice(0, MAX_COMPARED)))) return false;
  window.dispatchEvent(new Event(CHANGED));
  return true;
}

/** Adds an offering unless it is there already or four are; false when it is not in the selection afterwards. */
export function addToCompare(offering: ComparedOffering): boolean {
  const selection = parseSelection(readRaw());
  if (selection.some((item) => item.slug === offering.slug)) return true;
  if (selection.length >= MAX_COMPARED) return false;
  return writeCompareSelection([...selection, offering]);
}

export function removeFromCompare(slug: string): void {
  writeCompareSelection(parseSelection(readRaw()).filter((item) => item.slug !== slug));
}

/** The comparison's path for these slugs, e.g. /compare/offerings?slugs=a,b. */
export function compareOfferingsPath(slugs: readonly string[]): string {
  return `/compare/offerings?${new URLSearchParams({ slugs: slugs.join(',') }).toString().replace(/%2C/g, ',')}`;
}

/** The slugs in /compare/offerings?slugs=a,b: distinct, in order. */
export function comparedSlugs(search: string): string[] {
  const slugs = (new URLSearchParams(search).get('slugs') ?? '')
    .split(',')
    .map((slug) => slug.trim())
    .filter((slug) => slug !== '');
  return [...new Set(slugs)];
}
