import type { CatalogIndexRow } from '@mayviet/db';
import { TextIndex } from './text.ts';

// The published offerings an index holds, one slot each, append-only: a changed offering gets a new slot
// and its old one dies in the versions that follow (index/state.ts). Versions share one store, each seeing
// the slots that were live at its version, so a refresh never changes what an older version answers.

/** Values of one field, each given a small code in the order they are first seen. */
export class Codes {
  readonly values: string[] = [];
  private readonly byValue = new Map<string, number>();

  code(value: string): number {
    let code = this.byValue.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.byValue.set(value, code);
    }
    return code;
  }

  find(value: string): number | undefined {
    return this.byValue.get(value);
  }
}

function grown<T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The sort keys' values PostgreSQL gives a missing price or availability (search-conditions.ts sortKeys). */
export const noPriceAscending = '9223372036854775807';
export const noPriceDescending = '-1';
export const noAvailability = '0';

export class SlotStore {
  size = 0;
  readonly ids: string[] = [];
  readonly names: string[] = [];
  readonly priceTexts: (string | null)[] = [];
  readonly slaTexts: (string | null)[] = [];
  readonly updatedTexts: string[] = [];
  /** city codes of each slot, distinct */
  readonly cities: number[][] = [];
  kind = new Uint8Array(1024);
  vendor = new Int32Array(1024);
  category = new Int32Array(1024);
  /** 0 when the offering has no price unit, else the unit's code + 1 */
  unit = new Uint8Array(1024);
  inVietnam = new Uint8Array(1024);
  /** NaN when there is no monthly price */
  price = new Float64Array(1024);
  /** NaN when no availability is stated */
  sla = new Float64Array(1024);
  /** microseconds since the epoch */
  updated = new Float64Array(1024);
  readonly codes = { kinds: new Codes(), units: new Codes(), cities: new Codes(), vendors: new Codes(), categories: new Codes() };
  /** the slots of each kind, vendor and category code, ascending: a search choosing some reads only theirs */
  readonly postings = { kinds: [] as number[][], vendors: [] as number[][], categories: [] as number[][] };
  readonly text = new TextIndex();

  add(row: CatalogIndexRow): number {
    const slot = this.size;
    const size = slot + 1;
    this.kind = grown(this.kind, size);
    this.vendor = grown(this.vendor, size);
    this.category = grown(this.category, size);
    this.unit = grown(this.unit, size);
    this.inVietnam = grown(this.inVietnam, size);
    this.price = grown(this.price, size);
    this.sla = grown(this.sla, size);
    this.updated = grown(this.updated, size);
    this.ids.push(row.id);
    this.names.push(row.name);
    this.priceTexts.push(row.minMonthlyPrice);
    this.slaTexts.push(row.slaAvailability);
    this.updatedTexts.push(row.updatedAt);
    this.cities.push([...new Set(row.cities.map((city) => this.codes.cities.code(city)))]);
    this.kind[slot] = this.codes.kinds.code(row.kind);
    this.vendor[slot] = this.codes.vendors.code(row.vendorId);
    this.category[slot] = this.codes.categories.code(String(row.categoryId));
    this.unit[slot] = row.priceUnit === null ? 0 : this.codes.units.code(row.priceUnit) + 1;
    this.inVietnam[slot] = row.dataInVietnam ? 1 : 0;
    this.price[slot] = row.minMonthlyPrice === null ? Number.NaN : Number(row.minMonthlyPrice);
    this.sla[slot] = row.slaAvailability === null ? Number.NaN : Number(row.slaAvailability);
    this.updated[slot] = Number(row.updatedAtMicros);
    for (const facet of ['kinds', 'vendors', 'categories'] as const) {
      const code = facet === 'kinds' ? this.kind[slot]! : facet === 'vendors' ? this.vendor[slot]! : this.category[slot]!;
      (this.postings[facet][code] ??= []).push(slot);
    }
    this.text.add(slot, row.searchFolded, row.searchExact);
    this.size = size;
    return slot;
  }

  /** Heap held, roughly: typed arrays, strings (2 bytes a character) and the text index. */
  bytes(): number {
    const typed = [this.kind, this.vendor, this.category, this.unit, this.inVietnam, this.price, this.sla, this.updated].reduce(
      (sum, array) => sum + array.byteLength,
      0,
    );
    let strings = 0;
    for (let slot = 0; slot < this.size; slot++) {
      strings += 2 * (this.ids[slot]!.length + this.names[slot]!.length + this.updatedTexts[slot]!.length) + 8 * (this.cities[slot]!.length + 6);
      strings += 2 * ((this.priceTexts[slot]?.length ?? 0) + (this.slaTexts[slot]?.length ?? 0));
    }
    const postings = 8 * 3 * this.size;
    return typed + strings + postings + this.text.bytes();
  }
}
