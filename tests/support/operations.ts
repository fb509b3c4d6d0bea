import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import ts from 'typescript';

/** A GraphQL operation as a client sends it: its text and where it comes from. */
export interface SentOperation {
  /** e.g. "packages/web/src/pages/CatalogPage.tsx: Catalog" */
  origin: string;
  query: string;
  operation: 'query' | 'mutation' | 'subscription';
}

interface TadaCall {
  text: string;
  fragments: ts.Expression[];
}

/** The arguments of a gql.tada `graphql(text, [fragments])` call, or null for any other call. */
function tadaCall(node: ts.Node): TadaCall | null {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'graphql') return null;
  const [text, fragments] = node.arguments;
  if (!text || !ts.isNoSubstitutionTemplateLiteral(text)) {
    throw new Error(`graphql() in ${node.getSourceFile().fileName} takes a template without substitutions: this reader cannot see its document`);
  }
  return { text: text.text, fragments: fragments && ts.isArrayLiteralExpression(fragments) ? [...fragments.elements] : [] };
}

/**
 * Every operation of the web site, each with the fragments it spreads (found through the TypeScript
 * checker, so imports and re-exports resolve as the compiler resolves them), formatted as urql sends
 * it: Graphcache adds `__typename` to every selection set.
 */
export function siteOperations(): SentOperation[] {
  const web = resolve('packages/web');
  const config = ts.getParsedCommandLineOfConfigFile(resolve(web, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('packages/web/tsconfig.json cannot be read');
  const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();

  const fragmentTexts = (call: TadaCall, into: Map<string, string>) => {
    for (const element of call.fragments) {
      let symbol = checker.getSymbolAtLocation(element);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      const fragment = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? tadaCall(declaration.initializer) : null;
      if (!fragment) throw new Error(`${element.getText()} in ${element.getSourceFile().fileName} is not a graphql() fragment`);
      into.set(fragment.text, fragment.text);
      fragmentTexts(fragment, into);
    }
  };

  const { formatDocument } = createRequire(resolve(web, 'package.json'))('@urql/core') as { formatDocument: (doc: DocumentNode) => DocumentNode };
  const operations: SentOperation[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(resolve(web, 'src'))) continue;
    const visit = (node: ts.Node) => {
      const call = tadaCall(node);
      if (call) {
        const document = parse(call.text);
        const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
        if (definition) {
          const fragments = new Map<string, string>();
          fragmentTexts(call, fragments);
          const whole = parse([call.text, ...fragments.values()].join('\n'));
          operations.push({
            origin: `${file.fileName.slice(resolve('.').length + 1)}: ${definition.name?.value ?? 'anonymous'}`,
            query: print(formatDocument(whole)),
            operation: definition.operation,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return operations;
}

/** The operations docs/PARTNER_API.md shows: JSON `"query":"…"` bodies, and `query: \`…\`` and `graphql(\`…\`` in code. */
export function documentedOperations(): SentOperation[] {
  const doc = readFileSync(resolve('docs/PARTNER_API.md'), 'utf8');
  const texts = [
    ...[...doc.matchAll(/"query":("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1]!) as string),
    ...[...doc.matchAll(/query: `([^`]*)`/g)].map((match) => match[1]!),
    ...[...doc.matchAll(/graphql\(\s*`([^`]*)`/g)].map((match) => match[1]!),
  ];
  return texts.map((query, index) => {
    const definition = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return { origin: `docs/PARTNER_API.md: operation ${index + 1}`, query, operation: definition!.operation };
  });
}

/** The dearest honest page: offerings with every relation a listing page shows (7,601 points for 100). */
export const honestPage = `query Honest($first: Int) {
  offerings(first: $first) {
    totalCount
    nodes {
      id slug name kind slaAvailability
      vendor { id name domestic }
      category { slug name }
      plans { id name unit price { amount currencyCode } monthlyPrice { amount } specs { key value } }
      dataCenters { id name city tier vendor { name } }
      requirements { description categories { slug } vendors { slug } }
      attestations { status criteriaMet validUntil framework { code criteriaCount groups { code criteriaCount } } }
    }
  }
}`;
