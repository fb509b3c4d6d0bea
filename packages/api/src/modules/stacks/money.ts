/** Whole đồng the Vietnamese way: 1250000 → "1.250.000 ₫". */
export function formatVnd(amount: bigint | string): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
}
