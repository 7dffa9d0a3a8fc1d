// Writes graph-data/schema.json from the zod schema. A unit test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializeJsonSchema } from '../src/domain/jsonSchema';

const out = fileURLToPath(new URL('../graph-data/schema.json', import.meta.url));
writeFileSync(out, serializeJsonSchema());
console.log(`wrote ${out}`);
