import { defineConfig } from 'vitest/config';
import { BrowserSpecsFirst } from './tests/support/sequencer.ts';

export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ESM copies; Node (and Apollo) load the CommonJS one, so the tests must too,
    // or two copies of graphql meet and refuse each other's schema.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.spec.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Each worker keeps its modules from one spec file to the next instead of importing the server anew
    // for every file (186 s of import time in a run, 15 s now). Safe here: no spec mocks a module or stubs a
    // global, and each starts its own server over its own database.
    isolate: false,
    sequence: { sequencer: BrowserSpecsFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
