/** Writes src/data/timeline.schema.json from the Zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toTimelineJsonSchema } from '../src/data/toTimelineJsonSchema.ts';

const target = fileURLToPath(new URL('../src/data/timeline.schema.json', import.meta.url));
writeFileSync(target, toTimelineJsonSchema());
console.log(`wrote ${target}`);
