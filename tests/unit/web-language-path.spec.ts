import { describe, expect, it } from 'vitest';
import { langOfPath, pathInLang, pathWithinLang, routerBase } from '../../packages/web/src/i18n/language-path.ts';

describe('the language in the address', () => {
  it('is English under /en and Vietnamese elsewhere, /english and /enterprise included', () => {
    expect(['/en', '/en/', '/en/catalog', '/en/offerings/x'].map(langOfPath)).toEqual(['en', 'en', 'en', 'en']);
    expect(['/', '/catalog', '/english', '/enterprise', '/vendors/en'].map(langOfPath)).toEqual(['vi', 'vi', 'vi', 'vi', 'vi']);
  });

  it('maps a page to the same page in the other language and back', () => {
    expect(pathInLang('/', 'en')).toBe('/en');
    expect(pathInLang('/catalog', 'en')).toBe('/en/catalog');
    expect(pathInLang('/en/catalog', 'vi')).toBe('/catalog');
    expect(pathInLang('/en', 'vi')).toBe('/');
    expect(pathInLang('/en/offerings/x', 'en')).toBe('/en/offerings/x');
    expect(pathWithinLang('/en/stacks/abc')).toBe('/stacks/abc');
    expect([routerBase('vi'), routerBase('en')]).toEqual(['', '/en']);
  });
});
