import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';

// The server as `pnpm start` runs it: its own process, NODE_ENV=production, stopped by a signal.

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** everything it wrote so far, stdout and stderr */
  output(): string;
  /** Kills it if it still runs. */
  kill(): void;
}

/** Starts packages/api/src/main.ts; resolves once it logs that it is serving. */
export function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: resolve('packages/api'),
    env: { ...process.env, DATABASE_URL: '', MIGRATION_DATABASE_URL: '', PGLITE_DATA_DIR: '', NODE_ENV: 'production', PORT: '0', SEED: 'never', LOG_LEVEL: 'info', ...env },
  });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const serving = output.split('\n').find((line) => line.includes('"msg":"Mây Việt is serving"'));
      if (serving) done({ child, url: (JSON.parse(serving) as { url: string }).url, output: () => output, kill });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`the server exited with ${code} before serving:\n${output}`)));
  });
}

/** Its exit code (or signal), or 'still running' after `withinMs`. */
export function exited(child: ChildProcessWithoutNullStreams, withinMs: number): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((done) => {
    const timer = setTimeout(() => done('still running'), withinMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      done(code ?? signal);
    });
  });
}
