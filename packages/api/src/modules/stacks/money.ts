/** Whole đồng the Vietnamese way: 1250000 → "1.250.000 ₫". */
export function formatVnd(amount: bigint | string): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
}

/** What one unit of a plan costs once: its price for a ONE_TIME plan, 0 for a recurring one. */
export function oneTimePrice(plan: { unit: string; price: string }): bigint {
  return plan.unit === 'ONE_TIME' ? BigInt(plan.price) : 0n;
}
