/** `npm run schema`: writes docs/timeline.schema.json from the zod schema (the single source of truth). */
import { writeFileSync } from 'node:fs';
import { timelineJsonSchema } from '../src/lib/model/schema';

const out = process.argv[2] ?? 'docs/timeline.schema.json';
writeFileSync(out, JSON.stringify(timelineJsonSchema(), null, '\t') + '\n');
console.log(`wrote ${out}`);
