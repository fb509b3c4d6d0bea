import { sharedSolver, SolverTimeout } from './solver.ts';

// A 0-1 linear program as CPLEX LP text, solved by HiGHS in the process's solver thread (solver.ts: off the
// event loop, bounded by the time limit and a watchdog). Columns are named x0, x1, … and rows r0, r1, … so
// no name of the catalogue ever reaches the LP text.

export interface LinearRow {
  /** [column, coefficient]; a column at most once */
  terms: [number, number][];
  sense: '>=' | '<=' | '=';
  rhs: number;
}

export interface BinaryProgram {
  columns: number;
  sense: 'min' | 'max';
  /** one coefficient per column */
  objective: number[];
  rows: LinearRow[];
}

export type SolveOutcome =
  | { status: 'optimal'; values: boolean[]; objective: number }
  | { status: 'infeasible' }
  /** the time limit stopped the solve before it proved an optimum (or infeasibility) */
  | { status: 'time-limit' };

export class SolverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SolverError';
  }
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new SolverError(`a coefficient is not finite: ${value}`);
  // LP text takes plain and exponent notation alike; toString keeps every digit a double holds
  return String(value);
}

function expression(terms: [number, number][]): string {
  const parts = terms.filter(([, c]) => c !== 0).map(([column, c], index) => `${c < 0 ? '-' : index === 0 ? '' : '+'} ${number(Math.abs(c))} x${column}`);
  // an LP line stays short: break the sum every few terms
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(' '));
  return lines.length === 0 ? '0 x0' : lines.join('\n   ');
}

/** The program as CPLEX LP text. */
export function lpText(program: BinaryProgram): string {
  const objective = program.objective.map((c, column) => [column, c] as [number, number]).filter(([, c]) => c !== 0);
  const rows = program.rows.map((row, index) => ` r${index}: ${expression(row.terms)} ${row.sense} ${number(row.rhs)}`);
  const columns = Array.from({ length: program.columns }, (_, column) => `x${column}`);
  const binaries: string[] = [];
  for (let i = 0; i < columns.length; i += 16) binaries.push(` ${columns.slice(i, i + 16).join(' ')}`);
  return [
    program.sense === 'min' ? 'Minimize' : 'Maximize',
    ` obj: ${expression(objective)}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...columns.map((column) => ` 0 <= ${column} <= 1`),
    'Binary',
    ...binaries,
    'End',
    '',
  ].join('\n');
}

/**
 * Solves the program exactly (relative gap 0, absolute gap `absoluteGap`: below the smallest difference
 * of two objective values that matters) within `timeLimitSeconds`.
 */
export async function solveBinaryProgram(program: BinaryProgram, absoluteGap: number, timeLimitSeconds: number): Promise<SolveOutcome> {
  // A row with no terms holds or not whatever the columns: no solver needed to see an empty one fail.
  const holdsEmpty = (row: LinearRow) => (row.sense === '>=' ? 0 >= row.rhs : row.sense === '<=' ? 0 <= row.rhs : row.rhs === 0);
  if (program.rows.some((row) => row.terms.every(([, c]) => c === 0) && !holdsEmpty(row))) return { status: 'infeasible' };
  if (program.columns === 0) return { status: 'optimal', values: [], objective: 0 };
  let solution;
  try {
    solution = await sharedSolver().solve(lpText(program), timeLimitSeconds, {
      mip_rel_gap: 0,
      mip_abs_gap: absoluteGap,
      mip_feasibility_tolerance: 1e-9,
      primal_feasibility_tolerance: 1e-9,
    });
  } catch (error) {
    if (error instanceof SolverTimeout) return { status: 'time-limit' };
    throw error;
  }
  switch (solution.status) {
    case 'Optimal': {
      const values = Array.from({ length: program.columns }, (_, column) => (solution.values[`x${column}`] ?? 0) > 0.5);
      return { status: 'optimal', values, objective: solution.objective };
    }
    case 'Infeasible':
      return { status: 'infeasible' };
    case 'Time limit reached':
      return { status: 'time-limit' };
    default:
      throw new SolverError(`HiGHS ended with status ${solution.status}`);
  }
}
