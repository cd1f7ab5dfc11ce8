import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas } from '../src/node/json-schemas';
import { defaultContentDir } from '../src/node/load-content';

const schemaDir = join(defaultContentDir, 'schema');
mkdirSync(schemaDir, { recursive: true });
for (const [name, text] of Object.entries(generateJsonSchemas())) {
  writeFileSync(join(schemaDir, name), text);
  console.log(`wrote content/schema/${name}`);
}
