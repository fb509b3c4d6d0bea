import { describe, expect, it } from 'vitest';
import { trustedProxiesFromEnvironment } from '../../packages/api/src/http/client-address.ts';

describe('TRUSTED_PROXIES and TRUST_PROXY', () => {
  it('trusts nobody unless told', () => {
    expect(trustedProxiesFromEnvironment({})).toEqual([]);
    expect(trustedProxiesFromEnvironment({ TRUST_PROXY: 'false' })).toEqual([]);
  });

  it('reads TRUST_PROXY=true as loopback and private networks, never as "believe the first entry"', () => {
    expect(trustedProxiesFromEnvironment({ TRUST_PROXY: 'true' })).toEqual(['loopback', 'uniquelocal']);
  });

  it('reads a list of addresses and CIDRs, or a hop count', () => {
    expect(trustedProxiesFromEnvironment({ TRUSTED_PROXIES: ' 10.0.0.0/8, 2001:db8::1 ,loopback' })).toEqual(['10.0.0.0/8', '2001:db8::1', 'loopback']);
    expect(trustedProxiesFromEnvironment({ TRUSTED_PROXIES: '1' })).toBe(1);
  });

  it('refuses what it cannot read, and both settings at once', () => {
    expect(() => trustedProxiesFromEnvironment({ TRUSTED_PROXIES: '10.0.0.0/8, proxy.internal' })).toThrow(/TRUSTED_PROXIES must list addresses or CIDRs.*proxy\.internal/);
    expect(() => trustedProxiesFromEnvironment({ TRUSTED_PROXIES: '10.0.0.0/40' })).toThrow(/invalid range/);
    expect(() => trustedProxiesFromEnvironment({ TRUSTED_PROXIES: '99' })).toThrow(/at most 10/);
    expect(() => trustedProxiesFromEnvironment({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be true or false/);
    expect(() => trustedProxiesFromEnvironment({ TRUST_PROXY: 'true', TRUSTED_PROXIES: '10.0.0.1' })).toThrow(/not both/);
  });
});
