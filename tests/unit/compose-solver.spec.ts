import { afterAll, describe, expect, it } from 'vitest';
import { sparseProgram, type BinaryProgram } from '../../packages/api/src/modules/compose/milp.ts';
import { ProgramSolver } from '../../packages/api/src/modules/compose/solver.ts';

// The composer's solver thread: HiGHS solves sparse 0-1 programs off the event loop, one at a time.

const solver = new ProgramSolver();
afterAll(() => solver.close());

/** max 6a + 5b + 4c + 3d with 5a + 4b + 3c + 2d ≤ capacity */
const knapsack = (capacity: number): BinaryProgram => ({
  columns: 4,
  sense: 'max',
  objective: [6, 5, 4, 3],
  rows: [{ terms: [[0, 5], [1, 4], [2, 3], [3, 2]], sense: '<=', rhs: capacity }],
});

describe('the solver thread', () => {
  it('solves a 0-1 program exactly', async () => {
    const solution = await solver.solve(sparseProgram(knapsack(9)), 5, { mip_rel_gap: 0 });
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBe(12);
    expect([...solution.values].map((value) => Math.round(value) || 0)).toEqual([0, 1, 1, 1]);
  });

  it('answers solves queued together, each with its own model', async () => {
    const capacities = [2, 5, 9, 14];
    const solutions = await Promise.all(capacities.map((capacity) => solver.solve(sparseProgram(knapsack(capacity)), 5, { mip_rel_gap: 0 })));
    expect(solutions.map((solution) => solution.objective)).toEqual([3, 7, 12, 18]);
  });

  it('reads every sense of row: ≥, ≤ and =', async () => {
    const program: BinaryProgram = {
      columns: 3,
      sense: 'min',
      objective: [1, 2, 4],
      rows: [
        { terms: [[0, 1], [1, 1], [2, 1]], sense: '>=', rhs: 2 },
        { terms: [[0, 1]], sense: '<=', rhs: 0 },
        { terms: [[1, 1], [2, -1]], sense: '=', rhs: 0 },
      ],
    };
    const solution = await solver.solve(sparseProgram(program), 5, { mip_rel_gap: 0 });
    expect([solution.status, solution.objective, [...solution.values].map((value) => Math.round(value) || 0)]).toEqual(['optimal', 6, [0, 1, 1]]);
  });

  it('says when a program has no solution', async () => {
    const program: BinaryProgram = { columns: 1, sense: 'min', objective: [1], rows: [{ terms: [[0, 1]], sense: '>=', rhs: 2 }] };
    const solution = await solver.solve(sparseProgram(program), 5);
    expect(solution.status).toBe('infeasible');
    expect(solution.values).toHaveLength(0);
  });
});
