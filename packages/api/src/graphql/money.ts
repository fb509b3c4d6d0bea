/** The GraphQL Money type: whole VND held as text, since amounts can pass 2^53. */
export interface Money {
  amount: string;
  currencyCode: 'VND';
}

/** Prices are whole VND; Money always says so. */
export function vnd(amount: string | number | bigint): Money {
  return { amount: String(amount), currencyCode: 'VND' };
}
