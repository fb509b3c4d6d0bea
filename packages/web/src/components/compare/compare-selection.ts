import { storedValue } from '../../lib/stored-value.ts';

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

const stored = storedValue(COMPARE_STORAGE_KEY, parseSelection);

/** The offerings picked to compare, kept current across components and tabs. */
export const useCompareSelection: () => ComparedOffering[] = stored.use;

/** Replaces the selection (the first four kept); false when the browser refuses to store it. */
export function writeCompareSelection(selection: ComparedOffering[]): boolean {
  return stored.write(JSON.stringify(selection.slice(0, MAX_COMPARED)));
}

/** Adds an offering unless it is there already or four are; false when it is not in the selection afterwards. */
export function addToCompare(offering: ComparedOffering): boolean {
  const selection = stored.read();
  if (selection.some((item) => item.slug === offering.slug)) return true;
  if (selection.length >= MAX_COMPARED) return false;
  return writeCompareSelection([...selection, offering]);
}

export function removeFromCompare(slug: string): void {
  writeCompareSelection(stored.read().filter((item) => item.slug !== slug));
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
