// Callbacks passed to page.evaluate() run in the browser, with axe-core's globals.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations in the page, each as "rule: the first offending element's HTML (its failure)". */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the Content-Security-Policy allows no injected <script>.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.html} (${node.failureSummary?.replaceAll('\n', ' ')})`),
  );
}
