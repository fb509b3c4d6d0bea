import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userErrorCodes } from '../../packages/api/src/graphql/user-errors.ts';
import { startServer, type TestServer } from '../support/server.ts';

const sourceRoot = 'packages/api/src';
const doc = readFileSync('docs/PARTNER_API.md', 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The arguments of a call whose text starts at `start` (just after its opening parenthesis), split at its own commas. */
function callArguments(text: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') {
        current += char + text[++i];
        continue;
      }
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) {
      if (depth === 0) return [...args, current.trim()];
      depth--;
    } else if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  throw new Error('a userError( call never closes');
}

/** The code of every userError(field, code, message) call in the server's source, with where it is. */
function emittedCodes(): { code: string; where: string }[] {
  return sourceFiles(sourceRoot).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/\buserError\(/g)]
      .filter((match) => !/function\s+$/.test(text.slice(Math.max(0, match.index - 9), match.index)))
      .map((match) => ({ code: callArguments(text, match.index + match[0].length)[1]!, where: `${file}:${text.slice(0, match.index).split('\n').length}` }));
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('user error codes', () => {
  it('every code the server emits is a literal of the list, and every listed code is emitted somewhere', () => {
    const emitted = emittedCodes();
    expect(emitted.length).toBeGreaterThan(50);
    for (const { code, where } of emitted) expect(code, `the code at ${where}`).toMatch(/^'[A-Z_]+'$/);
    const codes = new Set(emitted.map(({ code }) => code.slice(1, -1)));
    expect([...codes].sort()).toEqual([...userErrorCodes].sort());
  });

  it('the schema describes each code in the UserErrorCode enum, the same list as the server’s', async () => {
    const result = await server.gql(`{ __type(name: "UserErrorCode") { enumValues { name description } } }`);
    expect(result.errors).toBeUndefined();
    const values: { name: string; description: string | null }[] = result.data.__type.enumValues;
    expect(values.map((value) => value.name).sort()).toEqual([...userErrorCodes].sort());
    for (const value of values) expect(value.description?.length ?? 0, value.name).toBeGreaterThan(10);
    const field = await server.gql(`{ __type(name: "UserError") { fields { name description type { kind name ofType { name } } } } }`);
    const code = field.data.__type.fields.find((f: { name: string }) => f.name === 'code');
    expect(code.type.ofType.name).toBe('String');
    expect(code.description).toContain('UserErrorCode');
  });

  it('docs/PARTNER_API.md lists every code', () => {
    const errors = doc.slice(doc.indexOf('## Errors'), doc.indexOf('\n## ', doc.indexOf('## Errors') + 1));
    const listed = new Set([...errors.matchAll(/`([A-Z][A-Z_]+)`/g)].map((match) => match[1]!));
    for (const code of userErrorCodes) expect(listed.has(code), code).toBe(true);
  });
});
