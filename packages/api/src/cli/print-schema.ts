import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApiSchema, printApiSchema } from '../schema.ts';

// Regenerates packages/api/schema.graphql, the committed copy of the implemented schema.
const target = resolve(fileURLToPath(import.meta.url), '../../../schema.graphql');
writeFileSync(target, printApiSchema(buildApiSchema()));
console.log(`wrote ${target}`);
