import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../packages/web/src/i18n/dictionary.ts';
import { hasVietnamese, translationProblems } from '../support/translations.ts';

/** The site's English entries that show Vietnamese on purpose, each with its reason. */
const siteVietnameseOnPurpose = {
  'language.switchTo': 'the switch to Vietnamese names the language in Vietnamese',
  'language.switchLabel': 'and says in Vietnamese what it does, to the reader it is for',
  'home.searchPlaceholder': 'an example of a Vietnamese search',
  'home.searchHint': 'shows a Vietnamese query with and without its diacritics',
  'catalog.emptyBody': 'an example of a Vietnamese search word',
};

describe('the web site’s dictionaries', () => {
  it('tell Vietnamese apart from English: letters with diacritics or đ, except the names English keeps', () => {
    expect(['Trang chủ', 'Danh mục', 'Đăng nhập', 'Huỷ'].map(hasVietnamese)).toEqual([true, true, true, true]);
    expect(['Home', 'Catalog', '2 vCPU', 'Prices in Vietnamese đồng', 'Mây Việt — Vietnam’s cloud marketplace', 'Decision 1121/QĐ-TTg'].map(hasVietnamese)).toEqual(
      [false, false, false, false, false, false],
    );
  });

  it('have every English entry of the site translated: not empty, not Vietnamese', () => {
    expect(translationProblems(dictionaries, siteVietnameseOnPurpose)).toEqual([]);
  });

  it('name only entries that exist among those showing Vietnamese on purpose', () => {
    const exists = (path: string) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], dictionaries.en) !== undefined;
    expect(Object.keys(siteVietnameseOnPurpose).filter((path) => !exists(path))).toEqual([]);
  });
});
