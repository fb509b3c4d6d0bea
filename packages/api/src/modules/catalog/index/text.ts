// Full-text matching and ranking of offerings in memory, equal to PostgreSQL's: `search_folded @@ query`,
// `search_exact @@ query` and `ts_rank_cd(search_folded, query)` (PostgreSQL 15, src/backend/utils/adt/
// tsrank.c: get_docrep, Cover, calc_rank_cd, default weights, normalization 0), fed with the text output of
// the tsvectors and tsqueries so that PostgreSQL's own parser and dictionary made every lexeme.

/** A parsed query: AND of terms, each a lexeme, `prefix` when it was written `'x':*`. */
export interface QueryTerm {
  lexeme: string;
  prefix: boolean;
}

/** Distinct terms a query may have: one bit each in a small integer. prepareQuery keeps 12 words. */
const maxDistinctTerms = 30;

/**
 * Parses PostgreSQL's `to_tsquery(...)::text` output, e.g. `'dien' & 'toan':*`. Returns null for anything that is
 * not a plain AND of terms (phrase `<->`, `|`, `!`, weights like `:*A`, empty query) or that has more than 30
 * distinct terms: the caller then uses SQL.
 */
export function parseTsQuery(text: string): QueryTerm[] | null {
  const terms: QueryTerm[] = [];
  const distinct = new Set<string>();
  let at = 0;
  for (;;) {
    const quoted = readQuoted(text, at);
    if (!quoted) return null;
    at = quoted.end;
    const prefix = text.startsWith(':*', at);
    if (prefix) at += 2;
    terms.push({ lexeme: quoted.lexeme, prefix });
    distinct.add(termKey(quoted.lexeme, prefix));
    if (distinct.size > maxDistinctTerms) return null;
    if (at === text.length) return terms;
    if (!text.startsWith(' & ', at)) return null;
    at += 3;
  }
}

const quote = 0x27;
const backslash = 0x5c;

/** The lexeme quoted at `start` as tsvectorout/tsqueryout print it (`''` for a quote, `\` escaping a character). */
function readQuoted(text: string, start: number): { lexeme: string; end: number } | null {
  if (text.charCodeAt(start) !== quote) return null;
  let at = start + 1;
  let lexeme = '';
  for (;;) {
    let run = at;
    while (run < text.length && text.charCodeAt(run) !== quote && text.charCodeAt(run) !== backslash) run++;
    if (run >= text.length) return null;
    lexeme += text.slice(at, run);
    if (text.charCodeAt(run) === backslash) {
      if (run + 1 >= text.length) return null;
      lexeme += text[run + 1];
      at = run + 2;
    } else if (text.charCodeAt(run + 1) === quote) {
      lexeme += "'";
      at = run + 2;
    } else {
      return { lexeme, end: run + 1 };
    }
  }
}

const termKey = (lexeme: string, prefix: boolean) => (prefix ? `*${lexeme}` : `=${lexeme}`);

/** MAXENTRYPOS - 1: tsvector positions stop there. */
const maxPosition = 16383;
const weightOfLetter: Record<string, number> = { A: 3, B: 2, C: 1, D: 0, a: 3, b: 2, c: 1, d: 0 };

/**
 * Reads tsvectorout's text (`'lex':1A,5B 'other':3 'bare'`), calling `entry` for each lexeme in order with its
 * positions as `position * 4 + weight` (weight 3 = A … 0 = D) in `positions[0..count)`.
 */
function readTsVector(text: string, positions: Uint16Array, entry: (lexeme: string, count: number) => void): void {
  let at = 0;
  while (at < text.length) {
    const quoted = readQuoted(text, at);
    if (!quoted) throw new Error(`not a tsvector's text at ${at}: ${text.slice(at, at + 40)}`);
    at = quoted.end;
    let count = 0;
    if (text.charCodeAt(at) === 0x3a /* : */) {
      at++;
      for (;;) {
        let position = 0;
        const digits = at;
        for (let c = text.charCodeAt(at); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++at)) position = position * 10 + (c - 0x30);
        if (at === digits) throw new Error(`not a tsvector's position at ${at}: ${text.slice(at, at + 40)}`);
        const weight = weightOfLetter[text[at] ?? ''];
        if (weight !== undefined) at++;
        positions[count++] = Math.min(position, maxPosition) * 4 + (weight ?? 0);
        if (text.charCodeAt(at) !== 0x2c /* , */) break;
        at++;
      }
    }
    entry(quoted.lexeme, count);
    if (at < text.length) {
      if (text.charCodeAt(at) !== 0x20) throw new Error(`not a tsvector's text at ${at}: ${text.slice(at, at + 40)}`);
      at++;
    }
  }
}

/** Compares as tsCompareString does (bytes of UTF-8, that is code points), not as `<` does (UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x += x >= 0xe000 ? -0x800 : 0x2000;
      y += y >= 0xe000 ? -0x800 : 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** The distinct lexemes of a tsvector column, each with an id in order of first appearance. */
class Lexicon {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  /** ids ordered by their word, for prefix lookups; words added since are merged in on the next lookup */
  private sorted: number[] = [];

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      // a copy: `word` is a slice of a document's whole text, which it would keep alive
      const own = Array.from(word).join('');
      this.ids.set(own, id);
      this.words.push(own);
    }
    return id;
  }

  /** The ids of the lexemes the term matches: its own, or every one it is a prefix of. */
  find(term: QueryTerm): number[] {
    if (!term.prefix) {
      const id = this.ids.get(term.lexeme);
      return id === undefined ? [] : [id];
    }
    const sorted = this.sortedIds();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[sorted[middle]!]! < term.lexeme) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let i = low; i < sorted.length && this.words[sorted[i]!]!.startsWith(term.lexeme); i++) found.push(sorted[i]!);
    return found;
  }

  private sortedIds(): number[] {
    if (this.sorted.length === this.words.length) return this.sorted;
    const byWord = (a: number, b: number) => (this.words[a]! < this.words[b]! ? -1 : 1);
    const added: number[] = [];
    for (let id = this.sorted.length; id < this.words.length; id++) added.push(id);
    added.sort(byWord);
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length || j < added.length) {
      if (j >= added.length || (i < this.sorted.length && byWord(this.sorted[i]!, added[j]!) < 0)) merged.push(this.sorted[i++]!);
      else merged.push(added[j++]!);
    }
    this.sorted = merged;
    return merged;
  }

  bytes(): number {
    let bytes = this.sorted.length * 8;
    // a string's characters and header, and its Map entry and array slot
    for (const word of this.words) bytes += 2 * word.length + 24 + 40 + 8;
    return bytes;
  }
}

/**
 * Per lexeme, the documents holding it in slot order, as bytes: the slot's distance from the previous one
 * (varint), then, when `positional`, the position count (varint) and each position (u16, `position * 4 + weight`).
 */
class Postings {
  readonly streams: Uint8Array[] = [];
  readonly lengths: number[] = [];
  readonly lastSlots: number[] = [];
  /** documents per lexeme */
  readonly documents: number[] = [];

  append(lexeme: number, slot: number, positions: Uint16Array | null, count: number): void {
    while (this.streams.length <= lexeme) {
      this.streams.push(new Uint8Array(8));
      this.lengths.push(0);
      this.lastSlots.push(-1);
      this.documents.push(0);
    }
    let stream = this.streams[lexeme]!;
    let at = this.lengths[lexeme]!;
    const need = at + 5 + (positions ? 3 + 2 * count : 0);
    if (need > stream.length) {
      const grown = new Uint8Array(Math.max(need, Math.ceil(stream.length * 1.5)));
      grown.set(stream.subarray(0, at));
      this.streams[lexeme] = stream = grown;
    }
    at = writeVarint(stream, at, slot - this.lastSlots[lexeme]!);
    if (positions) {
      at = writeVarint(stream, at, count);
      for (let i = 0; i < count; i++) {
        const position = positions[i]!;
        stream[at++] = position & 0xff;
        stream[at++] = position >>> 8;
      }
    }
    this.lengths[lexeme] = at;
    this.lastSlots[lexeme] = slot;
    this.documents[lexeme]!++;
  }

  bytes(): number {
    let bytes = 0;
    // a typed array's object and buffer headers, and its slots in the parallel arrays
    for (const stream of this.streams) bytes += stream.byteLength + 160 + 32;
    return bytes;
  }
}

function writeVarint(stream: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    stream[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  stream[at++] = value;
  return at;
}

/** The varint at `at`: its value times 8 plus its length in bytes (at most 4: values stay below 2^28). */
function readVarint(stream: Uint8Array, at: number): number {
  let byte = stream[at]!;
  if (byte < 0x80) return byte * 8 + 1;
  let value = byte & 0x7f;
  let length = 1;
  do {
    byte = stream[at + length]!;
    value |= (byte & 0x7f) << (7 * length);
    length++;
  } while (byte >= 0x80);
  return value * 8 + length;
}

/** What a query matches in one column: the lexemes of its terms, with the bits of the terms each one matches. */
interface Plan {
  /** lexeme ids in the order of their words (the order of a tsvector's entries) */
  lexemes: number[];
  masks: number[];
  /** the bits of all the terms: a document matches when its lexemes' masks cover it */
  all: number;
}

function planOf(lexicon: Lexicon, terms: QueryTerm[]): Plan | null {
  const bits = new Map<string, number>();
  const masks = new Map<number, number>();
  for (const term of terms) {
    const key = termKey(term.lexeme, term.prefix);
    if (bits.has(key)) continue;
    if (bits.size === maxDistinctTerms) throw new RangeError(`a query of more than ${maxDistinctTerms} distinct terms`);
    const bit = 1 << bits.size;
    bits.set(key, bit);
    const lexemes = lexicon.find(term);
    if (lexemes.length === 0) return null;
    for (const lexeme of lexemes) masks.set(lexeme, (masks.get(lexeme) ?? 0) | bit);
  }
  if (bits.size === 0) return null;
  const lexemes = [...masks.keys()].sort((a, b) => compareCodePoints(lexicon.words[a]!, lexicon.words[b]!));
  return { lexemes, masks: lexemes.map((lexeme) => masks.get(lexeme)!), all: (1 << bits.size) - 1 };
}

/** tsrank.c's weights {0.1, 0.2, 0.4, 1.0} (float4) for D, C, B, A, inverted in double as calc_rank_cd does. */
const inverseWeights = [0.1, 0.2, 0.4, 1.0].map((weight) => 1 / Math.fround(weight));

/** A position's lexeme rank (in the plan's order) is packed under its `position * 4 + weight`. */
const rankSpan = 2 ** 24;

export interface TextMatches {
  /** matching slots, ascending */
  slots: Int32Array;
  /** 1 where the exact query matches too */
  exact: Uint8Array;
  /** ts_rank_cd, a float4 value */
  score: Float64Array;
}

/** Inverted index over documents held in slots 0,1,2,… added in increasing slot order (append-only). */
export class TextIndex {
  private readonly folded = new Lexicon();
  private readonly foldedPostings = new Postings();
  private readonly exact = new Lexicon();
  private readonly exactPostings = new Postings();
  private slotCount = 0;
  private positions = new Uint16Array(256);
  // Scratch of search(), kept between calls: per slot, term bits then match ordinals; per position, sort keys.
  private marks = new Int32Array(0);
  private positionCounts = new Int32Array(0);
  private exactMarks = new Int32Array(0);
  private keys = new Float64Array(1024);
  private coverPositions = new Int32Array(256);
  private coverWeights = new Uint8Array(256);
  private coverMasks = new Int32Array(256);

  /** `folded` and `exact` are PostgreSQL's `search_folded::text` and `search_exact::text` of one offering. */
  add(slot: number, folded: string, exact: string): void {
    if (!Number.isInteger(slot) || slot < this.slotCount) throw new RangeError(`slot ${slot} added after slot ${this.slotCount - 1}`);
    // positions are read before they are trusted: the text's length bounds their number
    if (this.positions.length <= Math.max(folded.length, exact.length)) this.positions = new Uint16Array(Math.max(folded.length, exact.length) + 1);
    const positions = this.positions;
    readTsVector(folded, positions, (lexeme, count) => this.foldedPostings.append(this.folded.idOf(lexeme), slot, positions, count));
    readTsVector(exact, positions, (lexeme) => this.exactPostings.append(this.exact.idOf(lexeme), slot, null, 0));
    this.slotCount = slot + 1;
  }

  /**
   * The slots (among those with live[slot] === 1; slots >= live.length are not live) matching `folded` (the AND
   * of its terms, prefix terms by lexeme prefix), ascending, with for each: exact = 1 when `exact` terms also match
   * the slot's exact tsvector (else 0, and 0 for all when `exact` is null), and its ts_rank_cd score against
   * `folded` as PostgreSQL computes it.
   */
  search(folded: QueryTerm[], exact: QueryTerm[] | null, live: Uint8Array): TextMatches {
    const plan = planOf(this.folded, folded);
    if (!plan) return { slots: new Int32Array(0), exact: new Uint8Array(0), score: new Float64Array(0) };
    const marks = this.scratchMarks();
    const positionCounts = this.positionCounts;
    const postings = this.foldedPostings;
    for (let k = 0; k < plan.lexemes.length; k++) {
      const lexeme = plan.lexemes[k]!;
      const mask = plan.masks[k]!;
      const stream = postings.streams[lexeme]!;
      const end = postings.lengths[lexeme]!;
      let slot = -1;
      for (let at = 0; at < end; ) {
        const delta = readVarint(stream, at);
        at += delta & 7;
        slot += delta >>> 3;
        const count = readVarint(stream, at);
        at += (count & 7) + 2 * (count >>> 3);
        marks[slot]! |= mask;
        positionCounts[slot]! += count >>> 3;
      }
    }

    // Matching live slots get their ordinal (from 1) in place of their bits; the others go back to 0.
    const liveEnd = Math.min(this.slotCount, live.length);
    let matched = 0;
    for (let slot = 0; slot < this.slotCount; slot++) {
      const mark = marks[slot]!;
      if (mark === 0) continue;
      marks[slot] = mark === plan.all && slot < liveEnd && live[slot] === 1 ? ++matched : 0;
    }
    // ends[ordinal] ends the run of the document's positions in the rank keys, ends[matched + 1] the last one
    const slots = new Int32Array(matched);
    const ends = new Int32Array(matched + 2);
    let total = 0;
    for (let slot = 0, ordinal = 0; ordinal < matched; slot++) {
      if (marks[slot] === 0) continue;
      slots[ordinal++] = slot;
      ends[ordinal] = total += positionCounts[slot]!;
    }
    ends[matched + 1] = total;
    positionCounts.fill(0, 0, this.slotCount);

    const score = this.rank(plan, marks, ends);
    const exactFlags = new Uint8Array(matched);
    const exactPlan = exact && matched > 0 ? planOf(this.exact, exact) : null;
    if (exactPlan) {
      const exactMarks = this.exactMarks;
      this.markAll(this.exactPostings, exactPlan, exactMarks);
      for (let i = 0; i < matched; i++) exactFlags[i] = exactMarks[slots[i]!] === exactPlan.all ? 1 : 0;
      exactMarks.fill(0, 0, this.slotCount);
    }
    marks.fill(0, 0, this.slotCount);
    return { slots, exact: exactFlags, score };
  }

  /** Whether any live slot matches (cheap: stops at the first). */
  any(folded: QueryTerm[], live: Uint8Array): boolean {
    const plan = planOf(this.folded, folded);
    if (!plan) return false;
    const marks = this.scratchMarks();
    const postings = this.foldedPostings;
    // The term held by the most documents is walked last, stopping at the first live slot with all the others.
    let largest = 0;
    let largestDocuments = -1;
    for (let bit = 1; bit <= plan.all; bit <<= 1) {
      let documents = 0;
      for (let k = 0; k < plan.lexemes.length; k++) if (plan.masks[k]! & bit) documents += postings.documents[plan.lexemes[k]!]!;
      if (documents > largestDocuments) [largest, largestDocuments] = [bit, documents];
    }
    const others = plan.all & ~largest;
    if (others !== 0) this.markAll(postings, { ...plan, masks: plan.masks.map((mask) => mask & others) }, marks);
    const liveEnd = Math.min(this.slotCount, live.length);
    let found = false;
    for (let k = 0; k < plan.lexemes.length && !found; k++) {
      if (!(plan.masks[k]! & largest)) continue;
      const lexeme = plan.lexemes[k]!;
      const stream = postings.streams[lexeme]!;
      const end = postings.lengths[lexeme]!;
      let slot = -1;
      for (let at = 0; at < end; ) {
        const delta = readVarint(stream, at);
        at += delta & 7;
        slot += delta >>> 3;
        const count = readVarint(stream, at);
        at += (count & 7) + 2 * (count >>> 3);
        if ((marks[slot]! | largest) === plan.all && slot < liveEnd && live[slot] === 1) {
          found = true;
          break;
        }
      }
    }
    if (others !== 0) marks.fill(0, 0, this.slotCount);
    return found;
  }

  /** bytes held, approximately */
  bytes(): number {
    return (
      this.folded.bytes() +
      this.foldedPostings.bytes() +
      this.exact.bytes() +
      this.exactPostings.bytes() +
      this.positions.byteLength +
      this.marks.byteLength +
      this.positionCounts.byteLength +
      this.exactMarks.byteLength +
      this.keys.byteLength +
      this.coverPositions.byteLength +
      this.coverWeights.byteLength +
      this.coverMasks.byteLength
    );
  }

  /** The per-slot scratch, zero on entry and on exit of every call, grown with the slots. */
  private scratchMarks(): Int32Array {
    if (this.marks.length < this.slotCount) {
      const size = Math.ceil(this.slotCount * 1.25);
      this.marks = new Int32Array(size);
      this.exactMarks = new Int32Array(size);
      this.positionCounts = new Int32Array(size);
    }
    return this.marks;
  }

  /** ORs each plan lexeme's mask into `marks` at every slot holding it (positions skipped when present). */
  private markAll(postings: Postings, plan: Plan, marks: Int32Array): void {
    const positional = postings === this.foldedPostings;
    for (let k = 0; k < plan.lexemes.length; k++) {
      const mask = plan.masks[k]!;
      if (mask === 0) continue;
      const lexeme = plan.lexemes[k]!;
      const stream = postings.streams[lexeme]!;
      const end = postings.lengths[lexeme]!;
      let slot = -1;
      for (let at = 0; at < end; ) {
        const delta = readVarint(stream, at);
        at += delta & 7;
        slot += delta >>> 3;
        if (positional) {
          const count = readVarint(stream, at);
          at += (count & 7) + 2 * (count >>> 3);
        }
        marks[slot]! |= mask;
      }
    }
  }

  /**
   * ts_rank_cd of each matched slot (`marks[slot]` = its ordinal from 1, 0 for the others; `ends` as search()
   * made it): the positions of the plan's lexemes in each document, gathered per document, sorted as get_docrep
   * sorts them, then its covers.
   */
  private rank(plan: Plan, marks: Int32Array, ends: Int32Array): Float64Array {
    const postings = this.foldedPostings;
    const matched = ends.length - 2;
    const total = ends[matched + 1]!;
    if (this.keys.length < total) this.keys = new Float64Array(Math.ceil(total * 1.25));
    const keys = this.keys;
    for (let rank = 0; rank < plan.lexemes.length; rank++) {
      const lexeme = plan.lexemes[rank]!;
      const stream = postings.streams[lexeme]!;
      const end = postings.lengths[lexeme]!;
      let slot = -1;
      for (let at = 0; at < end; ) {
        const delta = readVarint(stream, at);
        at += delta & 7;
        slot += delta >>> 3;
        const varint = readVarint(stream, at);
        at += varint & 7;
        const count = varint >>> 3;
        const ordinal = marks[slot]!;
        if (ordinal !== 0) {
          // each lexeme's positions in ascending order, lexemes from the end of the run backwards: the run's
          // end moves down to its start
          const first = (ends[ordinal]! -= count);
          for (let i = 0; i < count; i++, at += 2) keys[first + i] = (stream[at]! | (stream[at + 1]! << 8)) * rankSpan + rank;
        } else {
          at += 2 * count;
        }
      }
    }
    const scores = new Float64Array(matched);
    for (let ordinal = 1; ordinal <= matched; ordinal++) {
      scores[ordinal - 1] = this.coverRank(keys, ends[ordinal]!, ends[ordinal + 1]!, plan);
    }
    return scores;
  }

  /**
   * calc_rank_cd over one document's keys[from..to): sorted by position, weight and entry (compareDocR), one
   * element per position of an entry, then each cover (Cover: the first element completing the query, back to
   * the last one that still does) adds (its element count / Σ 1/weight) / (1 + noise words); float4 at the end.
   */
  private coverRank(keys: Float64Array, from: number, to: number, plan: Plan): number {
    sortRange(keys, from, to);
    if (this.coverPositions.length < to - from) {
      const size = Math.ceil((to - from) * 1.25);
      this.coverPositions = new Int32Array(size);
      this.coverWeights = new Uint8Array(size);
      this.coverMasks = new Int32Array(size);
    }
    const positions = this.coverPositions;
    const weights = this.coverWeights;
    const masks = this.coverMasks;
    let length = 0;
    let previous = -1;
    for (let k = from; k < to; k++) {
      const key = keys[k]!;
      // the same position of the same entry again: get_docrep joins them (their masks are the same)
      if (key === previous) continue;
      previous = key;
      const packed = Math.floor(key / rankSpan);
      positions[length] = packed >>> 2;
      weights[length] = packed & 3;
      masks[length] = plan.masks[key - packed * rankSpan]!;
      length++;
    }
    const all = plan.all;
    let wdoc = 0;
    let start = 0;
    for (;;) {
      let end = -1;
      let seen = 0;
      for (let i = start; i < length; i++) {
        seen |= masks[i]!;
        if (seen === all) {
          if (positions[i]! > 0) end = i;
          break;
        }
      }
      if (end < 0) break;
      let begin = end;
      seen = 0;
      for (let j = end; j >= start; j--) {
        seen |= masks[j]!;
        if (seen === all) {
          begin = j;
          break;
        }
      }
      let inverseSum = 0;
      for (let k = begin; k <= end; k++) inverseSum += inverseWeights[weights[k]!]!;
      const cpos = (end - begin + 1) / inverseSum;
      let noise = positions[end]! - positions[begin]! - (end - begin);
      if (noise < 0) noise = (end - begin) >> 1;
      wdoc += cpos / (1 + noise);
      start = begin + 1;
    }
    return Math.fround(wdoc);
  }
}

function sortRange(keys: Float64Array, from: number, to: number): void {
  if (to - from > 24) {
    keys.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= from && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
}

/**
 * round(score::numeric, 6) in millionths: float4_numeric prints the float4 with 6 significant digits (`%.6g`,
 * to the nearest, ties to even, from its exact binary value), then round() takes 6 decimals, ties away from 0.
 * `score` is a float4 value at least 0, as search() returns.
 */
export function scoreMicros(score: number): number {
  const cached = microsCache.get(score);
  if (cached !== undefined) return cached;
  let [digits, exponent] = exactDecimal(score);
  const length = digits.toString().length;
  if (length > 6) {
    const divisor = 10n ** BigInt(length - 6);
    let kept = digits / divisor;
    const rest = digits % divisor;
    const half = divisor / 2n;
    if (rest > half || (rest === half && kept % 2n === 1n)) kept++;
    digits = kept;
    exponent += length - 6;
  }
  let micros: bigint;
  if (exponent >= -6) {
    micros = digits * 10n ** BigInt(exponent + 6);
  } else {
    const divisor = 10n ** BigInt(-6 - exponent);
    micros = digits / divisor;
    if ((digits % divisor) * 2n >= divisor) micros++;
  }
  const result = Number(micros);
  if (microsCache.size >= 100_000) microsCache.clear();
  microsCache.set(score, result);
  return result;
}

/** Scores repeat (they are sums of few weights): their rounding is kept. */
const microsCache = new Map<number, number>();

/** `value` exactly as digits × 10^exponent. */
function exactDecimal(value: number): [bigint, number] {
  if (value === 0) return [0n, 0];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  if (biased !== 0) mantissa |= 1n << 52n;
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  if (exponent >= 0) return [mantissa << BigInt(exponent), 0];
  // mantissa × 2^-n = mantissa × 5^n × 10^-n
  return [mantissa * 5n ** BigInt(-exponent), exponent];
}

/** The score as the SQL turns it into text for cursors: round(ts_rank_cd(...)::numeric, 6)::text, e.g. "0.100000". */
export function scoreText(score: number): string {
  const micros = String(scoreMicros(score)).padStart(7, '0');
  return `${micros.slice(0, -6)}.${micros.slice(-6)}`;
}
