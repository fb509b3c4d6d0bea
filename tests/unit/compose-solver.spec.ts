import { afterAll, describe, expect, it } from 'vitest';
import { LpSolver } from '../../packages/api/src/modules/compose/solver.ts';

// The composer's solver thread: HiGHS solves CPLEX LP text off the event loop, one model at a time.

const solver = new LpSolver();
afterAll(() => solver.close());

const knapsack = (capacity: number) => `Maximize
 value: 6 x0 + 5 x1 + 4 x2 + 3 x3
Subject To
 room: 5 x0 + 4 x1 + 3 x2 + 2 x3 <= ${capacity}
Binaries
 x0 x1 x2 x3
End`;

describe('the solver thread', () => {
  it('solves a mixed-integer program exactly', async () => {
    const solution = await solver.solve(knapsack(9), 5, { mip_rel_gap: 0 });
    expect(solution.status).toBe('Optimal');
    expect(solution.objective).toBe(12);
    expect(Object.fromEntries(Object.entries(solution.values).map(([name, value]) => [name, Math.round(value) || 0]))).toEqual({ x0: 0, x1: 1, x2: 1, x3: 1 });
  });

  it('answers solves queued together, each with its own model', async () => {
    const capacities = [2, 5, 9, 14];
    const solutions = await Promise.all(capacities.map((capacity) => solver.solve(knapsack(capacity), 5, { mip_rel_gap: 0 })));
    expect(solutions.map((solution) => solution.objective)).toEqual([3, 7, 12, 18]);
  });

  it('says when a model has no solution', async () => {
    const solution = await solver.solve('Minimize\n obj: x0\nSubject To\n c: x0 >= 2\nBounds\n x0 <= 1\nEnd', 5);
    expect(solution.status).toBe('Infeasible');
  });
});
