// `npm run schema`: regenerates the JSON Schemas in workflows/ from the zod schemas.
import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../src/core/json-schema.js';

for (const [file, text] of Object.entries(schemaFiles())) {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
