import { Worker } from 'node:worker_threads';

// HiGHS (the `highs` package: the HiGHS MIP solver compiled to WebAssembly) in a worker thread of its own.
// A solve is synchronous WebAssembly; on the event loop a large one would stall every request of the
// instance. Here solves queue for the worker, each bounded twice: HiGHS's own time_limit, and a watchdog
// that ends the worker (and starts a new one) when a solve overruns it anyway. Programs travel as sparse
// arrays (HiGHS's own input: no text to write and parse), their buffers moved, not copied.

/** A 0-1 program: every column binary, rows as compressed sparse rows, `rowLower ≤ A·x ≤ rowUpper` (±Infinity when open). */
export interface SparseProgram {
  sense: 'min' | 'max';
  numCols: number;
  numRows: number;
  /** one per column */
  colCost: Float64Array<ArrayBuffer>;
  /** one per row each */
  rowLower: Float64Array<ArrayBuffer>;
  rowUpper: Float64Array<ArrayBuffer>;
  /** row i's terms are positions starts[i] … starts[i + 1] − 1 of indices (columns) and values */
  starts: Int32Array<ArrayBuffer>;
  indices: Int32Array<ArrayBuffer>;
  values: Float64Array<ArrayBuffer>;
}

/** What a solve answers: its outcome, and with an optimum the objective and each column's value. */
export interface ProgramSolution {
  /** "optimal", "infeasible", "time-limit", or HiGHS's name of another model status */
  status: string;
  objective: number;
  /** one per column; empty without an optimum */
  values: Float64Array<ArrayBuffer>;
}

/** The solver gave up: the model took longer than its time limit allows. */
export class SolverTimeout extends Error {
  constructor(seconds: number) {
    super(`The solver ran out of its ${seconds} s.`);
    this.name = 'SolverTimeout';
  }
}

interface Job {
  id: number;
  program: SparseProgram;
  options: Record<string, unknown>;
  seconds: number;
  resolve: (solution: ProgramSolution) => void;
  reject: (error: Error) => void;
}

type Message = { ready: true } | ({ id: number } & ProgramSolution) | { id: number; error: string };

/** Extra time the watchdog allows beyond HiGHS's time_limit (presolve, parsing, the thread's start). */
const watchdogGraceMs = 2_000;

export class ProgramSolver {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private nextId = 1;

  /** Solves the program within `seconds` (HiGHS's time_limit), with HiGHS options besides. The program's buffers move to the solver thread. */
  solve(program: SparseProgram, seconds: number, options: Record<string, unknown> = {}): Promise<ProgramSolution> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, program, options, seconds, resolve, reject });
      this.pump();
    });
  }

  /** Starts the solver thread (HiGHS's WebAssembly compiled and instantiated) ahead of the first solve. */
  async warm(): Promise<void> {
    await (this.worker && this.ready ? this.ready : this.start());
  }

  /** Ends the worker; queued solves fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    for (const job of this.queue.splice(0)) job.reject(new Error('The solver was closed.'));
    this.running?.reject(new Error('The solver was closed.'));
    this.running = null;
    if (this.watchdog) clearTimeout(this.watchdog);
    if (worker) await worker.terminate();
  }

  private start(): Promise<void> {
    const worker = new Worker(new URL('./solver-worker.mjs', import.meta.url));
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (message: Message) => {
        if ('ready' in message) {
          worker.off('error', reject);
          worker.on('error', (error) => this.fail(worker, error));
          resolve();
        } else {
          this.finish(message);
        }
      });
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(worker, new Error('The solver thread stopped.'));
    });
    return this.ready;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    const ready = this.worker && this.ready ? this.ready : this.start();
    ready.then(
      () => {
        if (this.running !== job || !this.worker) return;
        this.watchdog = setTimeout(() => this.fail(this.worker!, new SolverTimeout(job.seconds)), job.seconds * 1000 + watchdogGraceMs);
        const { program } = job;
        this.worker.postMessage(
          { id: job.id, program, options: { ...job.options, time_limit: job.seconds, output_flag: false } },
          [program.colCost.buffer, program.rowLower.buffer, program.rowUpper.buffer, program.starts.buffer, program.indices.buffer, program.values.buffer],
        );
      },
      (error: Error) => this.fail(this.worker, error),
    );
  }

  private finish(message: Exclude<Message, { ready: true }>): void {
    const job = this.running;
    if (!job || job.id !== message.id) return;
    if (this.watchdog) clearTimeout(this.watchdog);
    this.running = null;
    if ('error' in message) job.reject(new Error(`HiGHS refused the model: ${message.error}`));
    else job.resolve({ status: message.status, objective: message.objective, values: message.values });
    this.pump();
  }

  /** The worker failed or overran: the running solve fails, the worker goes, the queue carries on with a new one. */
  private fail(worker: Worker | null, error: Error): void {
    if (worker && this.worker === worker) {
      this.worker = null;
      this.ready = null;
      void worker.terminate();
    }
    if (this.watchdog) clearTimeout(this.watchdog);
    const job = this.running;
    this.running = null;
    job?.reject(error);
    this.pump();
  }
}

let shared: ProgramSolver | null = null;

/** This process's solver, started on first use. */
export function sharedSolver(): ProgramSolver {
  shared ??= new ProgramSolver();
  return shared;
}

/** Starts this process's solver thread ahead of its first composition, as the server does when it starts (main.ts). */
export function warmSolver(): Promise<void> {
  return sharedSolver().warm();
}
