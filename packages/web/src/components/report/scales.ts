// Where a value falls along a chart's axis, for domains that start at 0: two one-line mappings, written
// here because d3-scale (through @visx/scale) brings its colour and date interpolators and its number
// formats with them, a third of the report's chunk.

/** 0 to max onto 0 to length, in proportion. */
export function linearScale(max: number, length: number): (value: number) => number {
  return (value) => (value / max) * length;
}

/**
 * 0 to max onto 0 to length on a symmetric log axis (d3's scaleSymlog): nearly linear below `constant`,
 * logarithmic above it, so 0 has a place beside values across several powers of ten.
 */
export function symlogScale(max: number, length: number, constant: number): (value: number) => number {
  const transform = (value: number) => Math.sign(value) * Math.log1p(Math.abs(value / constant));
  const top = transform(max);
  return (value) => (transform(value) / top) * length;
}
