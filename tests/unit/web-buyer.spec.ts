import { describe, expect, it } from 'vitest';
import { accountDictionaries } from '../../packages/web/src/components/account/account-dictionary.ts';
import { moneyDifference } from '../../packages/web/src/components/offers/money-difference.ts';
import { offersDictionaries } from '../../packages/web/src/components/offers/offers-dictionary.ts';
import { translationProblems } from '../support/translations.ts';

const vnd = (amount: number) => new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(amount);

describe('the buyer’s screens', () => {
  it('have every English entry translated: the account’s and the offers’', () => {
    expect(translationProblems(accountDictionaries)).toEqual([]);
    expect(translationProblems(offersDictionaries)).toEqual([]);
  });

  it('say an offered price against the list price signed, with its share of the list to a tenth of a percent', () => {
    expect(moneyDifference('1665000', '1850000', 'vi')).toBe(`−${vnd(185000)} (−10%)`);
    expect(moneyDifference('12930000', '15700000', 'vi')).toBe(`−${vnd(2770000)} (−17,6%)`);
    expect(moneyDifference('12930000', '15700000', 'en')).toBe(`−${vnd(2770000)} (−17.6%)`);
    expect(moneyDifference('2200000', '2000000', 'en')).toBe(`+${vnd(200000)} (+10%)`);
    expect(moneyDifference('500000', '0', 'vi')).toBe(`+${vnd(500000)}`);
    expect(moneyDifference('1850000', '1850000', 'vi')).toBeNull();
  });
});
