import { describe, expect, it } from 'vitest';
import { addressBlock, budgetSubject } from '../../packages/api/src/http/budget.ts';

describe('whose budget a request draws on', () => {
  it('keeps an IPv4 address whole and an IPv6 address to its /64 network', () => {
    expect(addressBlock('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBlock('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBlock('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressBlock('2001:db8:1:2::1')).toBe(addressBlock('2001:0db8:0001:0002:ffff::9'));
    expect(addressBlock('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBlock('::1')).toBe('0:0:0:0::/64');
    expect(addressBlock('fe80::1:2:3:4')).toBe('fe80:0:0:0::/64');
  });

  it('names the key, else the user, else the address', () => {
    expect(budgetSubject({ kind: 'anonymous' }, '203.0.113.7')).toBe('address:203.0.113.7');
    expect(budgetSubject({ kind: 'user', user: { id: 'u1' } } as never, '203.0.113.7')).toBe('user:u1');
    expect(budgetSubject({ kind: 'apiKey', key: { id: 'k1' } } as never, '203.0.113.7')).toBe('key:k1');
  });
});
