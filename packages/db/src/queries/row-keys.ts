/**
 * A row type's keys as a list, so a test can compare them with the columns its statements return (the
 * aliases are written by hand in SQL). The compiler rejects a list that names a key the row lacks or
 * leaves one out: `rowKeys<VendorRow>()(['id', 'slug', …])`.
 */
export function rowKeys<Row>() {
  return <const Keys extends readonly (keyof Row & string)[]>(
    keys: Keys & ([Exclude<keyof Row, Keys[number]>] extends [never] ? unknown : { missingKeys: Exclude<keyof Row, Keys[number]> }),
  ): Keys => keys;
}
