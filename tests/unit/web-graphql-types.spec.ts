import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheKeys } from '../../packages/web/src/graphcache-keys.ts';

const web = resolve('packages/web');
const schema = buildSchema(readFileSync(resolve('packages/api/schema.graphql'), 'utf8'));

describe('web GraphQL typing and cache', () => {
  it('has graphql-env.d.ts generated from the committed schema (pnpm --filter @mayviet/web graphql:generate)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mv-tada-'));
    try {
      const output = join(dir, 'graphql-env.d.ts');
      execFileSync(
        process.execPath,
        [join(web, 'node_modules/gql.tada/bin/cli.js'), 'generate', 'output', '--tsconfig', join(web, 'tsconfig.json'), '--output', output],
        { stdio: 'pipe' },
      );
      const current = readFileSync(join(web, 'src/graphql-env.d.ts'), 'utf8') === readFileSync(output, 'utf8');
      expect(current, 'packages/web/src/graphql-env.d.ts is stale: run pnpm --filter @mayviet/web graphql:generate').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives Graphcache a key (or embeds) every object type that has no id', () => {
    const withoutId = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith('__') && !['Query', 'Mutation', 'Subscription'].includes(type.name))
      .filter((type) => !('id' in type.getFields()))
      .map((type) => type.name);
    const keyed = Object.keys(cacheKeys);
    const missing = withoutId.filter((name) => !keyed.includes(name)).sort();
    const unknown = keyed.filter((name) => !withoutId.includes(name)).sort();
    expect({ missing, unknown }, 'edit packages/web/src/graphcache-keys.ts').toEqual({ missing: [], unknown: [] });
  });
});
