import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The pure stack evaluator: evaluator.ts and the files under evaluator/ it is split into. */
const evaluator = '^packages/api/src/modules/stacks/evaluator(?:[.]ts$|/)';

const forbidden: IForbiddenRuleType[] = [
  {
    name: 'no-cycle',
    comment: 'a cycle, type-only imports included, between files of the packages',
    severity: 'error',
    from: { path: '^packages/[^/]+/src/' },
    to: { circular: true },
  },
  {
    name: 'evaluator-is-pure',
    comment: 'the evaluator imports only its own files: nothing else of api or db, no npm package, no node: module',
    severity: 'error',
    from: { path: evaluator },
    to: { pathNot: evaluator },
  },
  {
    name: 'db-not-to-api',
    comment: 'the database package knows nothing of the API',
    severity: 'error',
    from: { path: '^packages/db/' },
    to: { path: '^(?:packages/api/|@mayviet/api$)' },
  },
  {
    name: 'web-not-to-server',
    comment: 'the web site talks to the API over HTTP only: it imports neither the API nor the database',
    severity: 'error',
    from: { path: '^packages/web/' },
    to: { path: '^(?:packages/(?:api|db)/|@mayviet/(?:api|db)$)' },
  },
];

let result: ICruiseResult;

beforeAll(async () => {
  process.chdir(root);
  const cruised = await cruise(['packages/db/src', 'packages/api/src', 'packages/web/src'], {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden },
    // `import type` and `export type … from` are arrows too: a type cycle is a cycle.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]d[.]ts$' },
    // The workspace packages export their TypeScript sources (`"exports": { ".": "./src/index.ts" }`).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  });
  result = cruised.output as ICruiseResult;
}, 120_000);

const violationsOf = (rule: string) =>
  result.summary.violations
    .filter((violation) => violation.rule.name === rule)
    .map((violation) => (violation.cycle ? [violation.from, ...violation.cycle.map((step) => step.name)].join(' → ') : `${violation.from} → ${violation.to}`));

describe('the import graph of packages/*/src', () => {
  it('reads every package and resolves the workspace imports to their files', () => {
    const files = result.modules.map((module) => module.source);
    for (const pkg of ['db', 'api', 'web']) expect(files.filter((file) => file.startsWith(`packages/${pkg}/src/`)).length).toBeGreaterThan(20);
    const server = result.modules.find((module) => module.source === 'packages/api/src/http/server.ts');
    expect(server?.dependencies.map((dependency) => dependency.resolved)).toContain('packages/db/src/index.ts');
    // An import the cruiser cannot follow would hide its arrows from every rule below.
    const unresolved = result.modules.flatMap((module) =>
      module.dependencies.filter((dependency) => dependency.couldNotResolve).map((dependency) => `${module.source} → ${dependency.module}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(violationsOf('no-cycle')).toEqual([]);
  });

  it('keeps the stack evaluator pure: it imports only its own files', () => {
    const evaluatorFiles = result.modules.filter((module) => new RegExp(evaluator).test(module.source));
    expect(evaluatorFiles.length).toBeGreaterThan(0);
    expect(violationsOf('evaluator-is-pure')).toEqual([]);
  });

  it('never imports the API from packages/db', () => {
    expect(violationsOf('db-not-to-api')).toEqual([]);
  });

  it('never imports the API or the database from packages/web', () => {
    expect(violationsOf('web-not-to-server')).toEqual([]);
  });
});
