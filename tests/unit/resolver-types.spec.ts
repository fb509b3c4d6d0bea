import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../packages/api/codegen.ts';

describe('server resolver types', () => {
  it('has resolvers.generated.ts generated from the committed schema (pnpm schema:print)', async () => {
    // In memory: the committed file is compared, never rewritten.
    const [output] = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    const committed = readFileSync(resolve('packages/api/src/graphql/resolvers.generated.ts'), 'utf8');
    expect(committed === output!.content, 'packages/api/src/graphql/resolvers.generated.ts is stale: run pnpm schema:print').toBe(true);
  });
});
