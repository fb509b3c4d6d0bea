// The HiGHS solver's thread (packages/api/src/modules/compose/solver.ts): it parses and solves one CPLEX LP
// model per message, so a solve never blocks the server's event loop. Plain JavaScript: a worker thread runs
// without the TypeScript loader.
import { parentPort } from 'node:worker_threads';
import loadHighs from 'highs';

const highs = await loadHighs();

parentPort.on('message', ({ id, lp, options }) => {
  try {
    const solution = highs.solve(lp, options);
    const values = {};
    for (const [name, column] of Object.entries(solution.Columns)) values[name] = column.Primal;
    parentPort.postMessage({ id, status: solution.Status, objective: solution.ObjectiveValue, values });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
