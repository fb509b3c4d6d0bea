import { describe, expect, it } from 'vitest';
import { changedColumns } from '../../packages/web/src/components/staff/audit-diff.ts';
import { staffDictionaries } from '../../packages/web/src/components/staff/staff-dictionary.ts';
import { staffErrorText } from '../../packages/web/src/components/staff/staff-errors.ts';
import { translationProblems } from '../support/translations.ts';

describe('the staff console', () => {
  it('has every staff string in both languages', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
        : typeof value;
    expect(shape(staffDictionaries.en)).toEqual(shape(staffDictionaries.vi));
    // and not only the same shape: every English entry says something, and not in Vietnamese
    expect(translationProblems(staffDictionaries)).toEqual([]);
  });

  it('lists the columns an audit event changed, every column of an insert, and nothing for unreadable rows', () => {
    expect(changedColumns('{"id":"a","status":"IN_REVIEW","version":1}', '{"id":"a","status":"PUBLISHED","version":2}')).toEqual([
      { column: 'status', before: 'IN_REVIEW', after: 'PUBLISHED' },
      { column: 'version', before: '1', after: '2' },
    ]);
    expect(changedColumns(null, '{"id":"a","tags":["x"]}')).toEqual([
      { column: 'id', before: null, after: 'a' },
      { column: 'tags', before: null, after: '["x"]' },
    ]);
    expect(changedColumns('not json', null)).toEqual([]);
  });

  it('says what is wrong by field and code, then by code, then in the API’s words', () => {
    const vi = staffDictionaries.vi;
    expect(staffErrorText(vi, { field: ['input', 'validUntil'], code: 'INVALID', message: 'The validity must end in the future.' })).toBe(
      'Ngày hết hiệu lực phải ở tương lai.',
    );
    expect(staffErrorText(vi, { field: ['id'], code: 'NOT_IN_REVIEW', message: 'Nothing in review.' })).toMatch(/^Mục này không còn chờ duyệt/);
    expect(staffErrorText(vi, { field: null, code: 'SOMETHING_NEW', message: 'A new rule.' })).toBe('A new rule.');
  });
});
