// The HiGHS solver's thread (packages/api/src/modules/compose/solver.ts): it solves one sparse 0-1 program
// per message in a HiGHS model of its own (created, solved, disposed), so a solve never blocks the server's
// event loop. Plain JavaScript: a worker thread runs without the TypeScript loader.
import { parentPort } from 'node:worker_threads';
import loadHighs from 'highs';

const highs = await loadHighs();
const { modelStatus, objectiveSense, variableType } = highs.constants;
const statusNames = new Map([
  [modelStatus.optimal, 'optimal'],
  [modelStatus.infeasible, 'infeasible'],
  [modelStatus.timeLimit, 'time-limit'],
]);
const nameOf = (code) => statusNames.get(code) ?? Object.keys(modelStatus).find((name) => modelStatus[name] === code) ?? `status ${code}`;

parentPort.on('message', ({ id, program, options }) => {
  try {
    const { numCols, numRows, sense, colCost, rowLower, rowUpper, starts, indices, values } = program;
    const data = {
      numCols,
      numRows,
      sense: sense === 'max' ? objectiveSense.maximize : objectiveSense.minimize,
      colCost,
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(1),
      rowLower,
      rowUpper,
      matrix: { format: 'csr', numRows, numCols, starts, indices, values },
      integrality: new Int32Array(numCols).fill(variableType.integer),
    };
    const answer = highs.withModel(data, (model) => {
      model.options.set(options);
      const { modelStatus: code } = model.run();
      const status = nameOf(code);
      return status === 'optimal'
        ? { status, objective: model.getObjectiveValue(), values: model.getSolution().colValue }
        : { status, objective: Number.NaN, values: new Float64Array(0) };
    });
    parentPort.postMessage({ id, ...answer }, [answer.values.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
