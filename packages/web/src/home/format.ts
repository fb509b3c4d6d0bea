// Vietnamese formatting helpers for the customer site.

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
const integer = new Intl.NumberFormat('vi-VN');

/** "1250000" → "1.250.000 ₫" (the API sends money as Decimal strings in VND). */
export function formatVnd(amount: number | string): string {
  return vnd.format(typeof amount === 'string' ? Number(amount) : amount);
}

export function formatCount(n: number): string {
  return integer.format(n);
}

/** The lowest monthly price among the plans, or null when there is no priced plan. */
export function lowestMonthlyPrice(plans: ReadonlyArray<{ monthlyPrice: { amount: string } }>): number | null {
  let lowest: number | null = null;
  for (const plan of plans) {
    const amount = Number(plan.monthlyPrice.amount);
    if (Number.isFinite(amount) && (lowest === null || amount < lowest)) lowest = amount;
  }
  return lowest;
}

const KIND_LABELS: Record<string, string> = {
  IAAS: 'Hạ tầng (IaaS)',
  PAAS: 'Nền tảng (PaaS)',
  SAAS: 'Phần mềm dịch vụ (SaaS)',
  SECURITY: 'Bảo mật',
  SOFTWARE: 'Phần mềm',
};

/** A Vietnamese label for an OfferingKind; values added to the API later show as sent. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}
