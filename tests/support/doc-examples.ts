import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The fenced code blocks of a Markdown document, and how docs/PARTNER_API.md's examples are run.

const run = promisify(execFile);

export interface CodeBlock {
  /** the info string's first word: sh, ts, graphql, json… ('' when none) */
  language: string;
  code: string;
  /** the line of the opening fence, 1-based */
  line: number;
  /** the name after "# example:" or "// example:" on the first line, or null */
  name: string | null;
}

/** Every fenced block (``` at the start of a line), in document order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\S*)/.exec(lines[index]!);
    if (!open) continue;
    const end = lines.findIndex((text, at) => at > index && text.startsWith('```'));
    if (end < 0) throw new Error(`the fence at line ${index + 1} is never closed`);
    const code = lines.slice(index + 1, end).join('\n');
    const name = /^(?:#|\/\/) example: (.+)$/.exec(code.split('\n')[0] ?? '')?.[1]?.trim() ?? null;
    blocks.push({ language: open[1]!, code: `${code}\n`, line: index + 1, name });
    index = end;
  }
  return blocks;
}

/** Languages whose blocks are run: each block of one must be a named example. */
export const runnableLanguages: Record<string, string> = { sh: '# example: <name>', ts: '// example: <name>' };

/** Languages a runnable block must not use, with the one to use instead. */
export const aliasLanguages: Record<string, string> = { bash: 'sh', shell: 'sh', typescript: 'ts', js: 'ts', javascript: 'ts', mts: 'ts' };

export type Environment = Record<string, string>;

export function runShell(code: string, env: Environment) {
  return run('bash', ['-euo', 'pipefail', '-c', code], { env, timeout: 30_000 });
}

/** Runs TypeScript as `node --import tsx <file>`: an .mts module, or a .ts file as a partner copies one. */
export function runTypeScript(code: string, env: Environment, options: { dir: string; file: string; cwd: string }) {
  const file = join(options.dir, options.file);
  writeFileSync(file, code);
  return runNode(file, env, options.cwd);
}

/** Runs a TypeScript file with `node --import tsx`, tsx resolved from `cwd`. */
export function runNode(file: string, env: Environment, cwd: string) {
  return run(process.execPath, ['--import', 'tsx', file], { env, cwd, timeout: 30_000 });
}

export const fileName = (name: string) => name.replaceAll(/\W+/g, '-').replace(/^-|-$/g, '');
