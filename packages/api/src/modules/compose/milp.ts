import { sharedSolver, SolverTimeout, type SparseProgram } from './solver.ts';

// A 0-1 linear program, solved by HiGHS in the process's solver thread (solver.ts: off the event loop,
// bounded by the time limit and a watchdog). Columns and rows are numbers: no name of the catalogue ever
// reaches the solver.

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

/** The program as HiGHS's sparse input: rows compressed, each sense as bounds. */
export function sparseProgram(program: BinaryProgram): SparseProgram {
  const numRows = program.rows.length;
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  const starts = new Int32Array(numRows + 1);
  let nonzeros = 0;
  for (const row of program.rows) for (const [, c] of row.terms) if (c !== 0) nonzeros++;
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let at = 0;
  program.rows.forEach((row, i) => {
    if (!Number.isFinite(row.rhs)) throw new SolverError(`a right-hand side is not finite: ${row.rhs}`);
    rowLower[i] = row.sense === '<=' ? -Infinity : row.rhs;
    rowUpper[i] = row.sense === '>=' ? Infinity : row.rhs;
    for (const [column, c] of row.terms) {
      if (c === 0) continue;
      if (!Number.isFinite(c)) throw new SolverError(`a coefficient is not finite: ${c}`);
      indices[at] = column;
      values[at++] = c;
    }
    starts[i + 1] = at;
  });
  const colCost = Float64Array.from(program.objective);
  if (!colCost.every(Number.isFinite)) throw new SolverError('an objective coefficient is not finite');
  return { sense: program.sense, numCols: program.columns, numRows, colCost, rowLower, rowUpper, starts, indices, values };
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
    solution = await sharedSolver().solve(sparseProgram(program), timeLimitSeconds, {
      mip_rel_gap: 0,
      mip_abs_gap: absoluteGap,
      mip_feasibility_tolerance: 1e-9,
      primal_feasibility_tolerance: 1e-9,
      // No probing in presolve (HiGHS's presolve rule 15): the composer's programs are nearly integral at the
      // root, and probing their many binaries was most of the time of the hardest solves (the fewest vendors'
      // cost with a second site: 160 ms of 180 on the 100,000-offering catalogue; docs/BENCHMARKS.md).
      presolve_rule_off: 1 << 15,
    });
  } catch (error) {
    if (error instanceof SolverTimeout) return { status: 'time-limit' };
    throw error;
  }
  switch (solution.status) {
    case 'optimal': {
      const values = Array.from({ length: program.columns }, (_, column) => solution.values[column]! > 0.5);
      return { status: 'optimal', values, objective: solution.objective };
    }
    case 'infeasible':
      return { status: 'infeasible' };
    case 'time-limit':
      return { status: 'time-limit' };
    default:
      throw new SolverError(`HiGHS ended with status ${solution.status}`);
  }
}
