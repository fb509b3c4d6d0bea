import type { EvaluationOptions, LineInput } from './facts.ts';

// What a stack costs, in whole VND (BigInt, never floating point), and its composite availability.

const slaScale = 1000n;

/** "99.98" → 99980 (thousandths of a percent); exact, no floating point. */
function slaThousandths(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * slaScale + BigInt((fraction + '000').slice(0, 3));
}

/** numerator / denominator as a decimal string with `places` decimals, rounded half up. */
function decimal(numerator: bigint, denominator: bigint, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = (numerator * scale * 2n + denominator) / (denominator * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, '0');
  return places > 0 ? `${whole}.${fraction}` : `${whole}`;
}

/**
 * The availability of groups of services in series, each group's services in parallel: a group is up
 * unless all of its services are down, 1 − Π(1 − aᵢ) over the SLAs they state (a group stating none is left
 * out), and the stack is up when every group is, the product of the groups'. A group of one service is its
 * SLA. Percent with 4 decimals, rounded half up; null when no group states an SLA. Exact, no floating point.
 */
export function compositeAvailability(groups: readonly (readonly (string | null)[])[]): string | null {
  let numerator = 1n;
  let denominator = 1n;
  let stated = false;
  const full = 100n * slaScale;
  for (const group of groups) {
    const slas = group.filter((sla): sla is string => sla !== null);
    if (slas.length === 0) continue;
    stated = true;
    // Every service of the group down: Π(1 − aᵢ) = Π(full − tᵢ) / fullⁿ.
    const allDown = slas.reduce((product, sla) => product * (full - slaThousandths(sla)), 1n);
    const groupDenominator = full ** BigInt(slas.length);
    numerator *= groupDenominator - allDown;
    denominator *= groupDenominator;
  }
  return stated ? decimal(numerator * 100n, denominator, 4) : null;
}

/** The VAT on an amount at a rate in basis points (1000 = 10 %), rounded half up to the đồng. */
/** A VAT rate in basis points as the API writes it: in percent, "10" for 1000, "8.50" for 850. */
export function vatPercent(basisPoints: number): string {
  return basisPoints % 100 === 0 ? String(basisPoints / 100) : (basisPoints / 100).toFixed(2);
}

export function vatOf(amount: bigint, vatBasisPoints: number): bigint {
  return (amount * BigInt(vatBasisPoints) * 2n + 10000n) / 20000n;
}

/** Each line's monthly and one-time cost, the totals, their VAT (rounded half up to the đồng) and each vendor's subtotals. */
export function priceLines(lines: LineInput[], options: EvaluationOptions) {
  const monthlyCosts = lines.map((line) => line.monthlyPrice * BigInt(line.quantity));
  const oneTimeCosts = lines.map((line) => line.oneTimePrice * BigInt(line.quantity));
  const monthlyTotal = monthlyCosts.reduce((sum, cost) => sum + cost, 0n);
  const oneTimeTotal = oneTimeCosts.reduce((sum, cost) => sum + cost, 0n);

  const subtotals = new Map<string, { monthlyCost: bigint; oneTimeCost: bigint }>();
  lines.forEach((line, index) => {
    const subtotal = subtotals.get(line.offering.vendorId) ?? { monthlyCost: 0n, oneTimeCost: 0n };
    subtotals.set(line.offering.vendorId, {
      monthlyCost: subtotal.monthlyCost + monthlyCosts[index]!,
      oneTimeCost: subtotal.oneTimeCost + oneTimeCosts[index]!,
    });
  });
  return { monthlyCosts, oneTimeCosts, monthlyTotal, oneTimeTotal, vat: vatOf(monthlyTotal, options.vatBasisPoints), oneTimeVat: vatOf(oneTimeTotal, options.vatBasisPoints), subtotals };
}

/** The share of the monthly total that `coveredCost` is, in percent with two decimals. */
export function shareOf(coveredCost: bigint, monthlyTotal: bigint): string {
  return monthlyTotal === 0n ? '0.00' : decimal(coveredCost * 100n, monthlyTotal, 2);
}
