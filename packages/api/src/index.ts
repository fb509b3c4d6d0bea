export { createApp, type App, type AppOptions } from './http/server.ts';
export { createLogger } from './logger.ts';
export { buildApiSchema, printApiSchema } from './schema.ts';
export { warmSolver } from './modules/compose/solver.ts';
