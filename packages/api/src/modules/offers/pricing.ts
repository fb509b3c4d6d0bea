import { hoursPerMonth, monthlyPriceOf, type BillingUnit } from '@mayviet/db';

// What an offer's line costs. Prices are whole VND in the plan's own unit; a month counts 730 hours
// (monthlyPriceOf, as the catalog and the stack evaluator price plans).

/** The largest total a bigint column holds. */
export const maxTotal = 9_223_372_036_854_775_807n;

/** One unit's list price in the plan's own unit, from a request line (monthly_price is per month). */
export function listUnitPriceOf(unit: BillingUnit, line: { monthlyPrice: string; oneTimePrice: string }): bigint {
  if (unit === 'ONE_TIME') return BigInt(line.oneTimePrice);
  return unit === 'HOUR' ? BigInt(line.monthlyPrice) / BigInt(hoursPerMonth) : BigInt(line.monthlyPrice);
}

/** quantity units at unitPrice: over a month for a recurring plan, once for a ONE_TIME one. */
export function lineCosts(unit: BillingUnit, unitPrice: bigint, quantity: number): { monthlyCost: bigint; oneTimeCost: bigint } {
  return {
    monthlyCost: monthlyPriceOf({ unit, price: unitPrice.toString() }) * BigInt(quantity),
    oneTimeCost: unit === 'ONE_TIME' ? unitPrice * BigInt(quantity) : 0n,
  };
}

/** The monthly and one-time totals of lines at their offered and their list prices. */
export function offerTotals(lines: readonly { unit: BillingUnit; quantity: number; unitPrice: number; listUnitPrice: number }[]) {
  const totals = { monthlyTotal: 0n, oneTimeTotal: 0n, listMonthlyTotal: 0n, listOneTimeTotal: 0n };
  for (const line of lines) {
    const offered = lineCosts(line.unit, BigInt(line.unitPrice), line.quantity);
    const list = lineCosts(line.unit, BigInt(line.listUnitPrice), line.quantity);
    totals.monthlyTotal += offered.monthlyCost;
    totals.oneTimeTotal += offered.oneTimeCost;
    totals.listMonthlyTotal += list.monthlyCost;
    totals.listOneTimeTotal += list.oneTimeCost;
  }
  return totals;
}
