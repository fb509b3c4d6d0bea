import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = resolve('packages/web/dist');
const assets = join(dist, 'assets');
const BUDGET_KIB = 150;

/** The file and every chunk it imports statically: what a browser must fetch before running it. */
function staticClosure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(assets, file), 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(match[1]!);
  };
  files.forEach(visit);
  return seen;
}

const gzipKib = (files: Set<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0) / 1024;

describe('web bundle', () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('packages/web/dist is missing: pnpm build');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!);

  it(`keeps each page's initial JavaScript within ${BUDGET_KIB} KiB gzip, each screen in its own chunk`, () => {
    const pages = ['HomePage', 'CatalogPage', 'OfferingPage', 'VendorPage', 'NotFoundPage', 'StackPage', 'ComposePage', 'SharedStackPage', 'CompareStacksPage', 'ReportPage', 'AccountApp', 'ConsoleApp', 'StaffApp'];
    for (const page of pages) {
      const chunk = readdirSync(assets).find((file) => file.startsWith(`${page}-`) && file.endsWith('.js'));
      expect(chunk, page).toBeDefined();
      expect(staticClosure(entry).has(chunk!), `${page} is loaded lazily`).toBe(false);
      expect(gzipKib(staticClosure([...entry, chunk!])), page).toBeLessThanOrEqual(BUDGET_KIB);
    }
  });

  it('never loads GraphiQL, Monaco or graphql-js on the site, nor anything from another host', () => {
    const initial = staticClosure(entry);
    for (const file of initial) {
      const source = readFileSync(join(assets, file), 'utf8');
      expect(source, file).not.toMatch(/monaco|GraphiQL|GraphQLSchema/);
    }
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});
