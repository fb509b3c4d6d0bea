import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { siteOrigin, siteUrlFromEnvironment } from '../../packages/api/src/http/site-origin.ts';

const request = (host: string | undefined) => ({ headers: host === undefined ? {} : { host } }) as IncomingMessage;

describe("the site's origin", () => {
  it('is SITE_URL when set, checked as an origin', () => {
    expect(siteUrlFromEnvironment(undefined)).toBeNull();
    expect(siteUrlFromEnvironment(' ')).toBeNull();
    expect(siteUrlFromEnvironment('https://mayviet.vn')).toBe('https://mayviet.vn');
    expect(siteUrlFromEnvironment('https://mayviet.vn/')).toBe('https://mayviet.vn');
    for (const wrong of ['mayviet.vn', 'ftp://mayviet.vn', 'https://mayviet.vn/vi', 'https://a:b@mayviet.vn', 'https://mayviet.vn/?x=1']) {
      expect(() => siteUrlFromEnvironment(wrong), wrong).toThrow(/SITE_URL must be/);
    }
    expect(siteOrigin(request('evil.example'), 'https://mayviet.vn', false)).toBe('https://mayviet.vn');
  });

  it("is else the request's host, and never a host header that is not one", () => {
    expect(siteOrigin(request('127.0.0.1:4000'), null, false)).toBe('http://127.0.0.1:4000');
    expect(siteOrigin(request('mayviet.vn'), null, true)).toBe('https://mayviet.vn');
    for (const wrong of [undefined, '', 'a b', 'x"><script>', 'host/path', 'user@host']) {
      expect(siteOrigin(request(wrong), null, false), String(wrong)).toBe('http://localhost');
    }
  });
});
