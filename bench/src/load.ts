import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { percentile } from './stats.ts';

// The load generator runs in a child process of its own, so autocannon's request loop does not share the
// server's event loop (the API server runs in-process in the parent, as the brief asks).

export interface LoadJob {
  url: string;
  bodies: string[];
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  connections: number;
  durationSeconds: number;
  /** responses received within the run */
  requests: number;
  /** requests sent within the run; those beyond `requests` were still being served when it ended */
  sent: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** responses with a status other than 2xx */
  non2xx: number;
  /** 2xx responses whose body is not `{"data":…}` or carries `errors` */
  graphqlErrors: number;
  /** connection errors and timeouts */
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/** A GraphQL answer without errors: starts with {"data": and has no top-level errors list. */
function isCleanGraphQL(body: string | Buffer | undefined): boolean {
  const text = typeof body === 'string' ? body : (body?.toString('utf8') ?? '');
  return text.startsWith('{"data":') && !text.includes('"errors":[');
}

async function cannon(job: LoadJob, seconds: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${job.url}/graphql`,
        connections: job.connections,
        duration: seconds,
        timeout: 30,
        requests: job.bodies.map((body) => ({
          method: 'POST' as const,
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body,
        })),
        verifyBody: isCleanGraphQL,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { result, latencies };
}

export async function runLoadHere(job: LoadJob): Promise<LoadResult> {
  const { result, latencies } = await cannon(job, job.durationSeconds);
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  const duration = result.duration || job.durationSeconds;
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, (stats as { count: number }).count]),
  );
  return {
    connections: job.connections,
    durationSeconds: round(duration),
    requests: latencies.length,
    sent: result.requests.sent,
    requestsPerSecond: round(latencies.length / duration),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? 0),
      mean: round(latencies.reduce((sum, v) => sum + v, 0) / Math.max(latencies.length, 1)),
    },
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

/** Runs a load in a child process and resolves with its result. */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    let settled = false;
    child.once('message', (message: { result?: LoadResult; error?: string }) => {
      settled = true;
      if (message.result) resolve(message.result);
      else reject(new Error(`load generator failed: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load generator exited with code ${code} before reporting`));
    });
    child.send(job);
  });
}

if (process.argv.includes('--child') && process.send) {
  process.once('message', (job: LoadJob) => {
    runLoadHere(job).then(
      (result) => process.send!({ result }, () => process.exit(0)),
      (error: unknown) => process.send!({ error: String((error as Error)?.stack ?? error) }, () => process.exit(1)),
    );
  });
}
