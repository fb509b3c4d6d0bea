import { describe, expect, it } from 'vitest';
import { linearScale, symlogScale } from '../../packages/web/src/components/report/scales.ts';

describe('report chart scales', () => {
  it('maps 0 to max onto 0 to the length, in proportion', () => {
    const x = linearScale(40, 300);
    expect(x(0)).toBe(0);
    expect(x(10)).toBe(75);
    expect(x(40)).toBe(300);
  });

  it('maps prices on a symmetric log axis: nearly linear below the constant, logarithmic above it (as d3 scaleSymlog)', () => {
    const x = symlogScale(1_000_000, 600, 100);
    expect(x(0)).toBe(0);
    expect(x(1_000_000)).toBeCloseTo(600, 9);
    // log1p(v / 100) / log1p(1e6 / 100) of the length
    expect(x(100)).toBeCloseTo((600 * Math.log(2)) / Math.log(10_001), 9);
    expect(x(10)).toBeCloseTo((600 * Math.log(1.1)) / Math.log(10_001), 9);
    // each power of ten above the constant gets about as much room as the one before it
    expect((x(100_000) - x(10_000)) / (x(10_000) - x(1_000))).toBeCloseTo(1, 1);
    const ticks = [0, 1_000, 10_000, 100_000, 1_000_000].map(x);
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
  });
});
