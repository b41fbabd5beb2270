/**
 * `npm run size`: prints the raw and gzipped size of the web component, build/citeline.js
 * (built by `npm run build`), and exits 1 if the gzipped size is over BUDGET_GZIP_BYTES.
 *
 * The budget: when it was set the file was ~66 kB gzipped (roughly: Svelte's runtime 23 kB,
 * d3 scale/zoom/transition 21 kB, Citeline's components, layout and CSS 17 kB, date-fns with
 * one locale 6 kB), against ~107 kB for the scripts of the iframe widget's page. 80 kB leaves
 * ~20 % for growth while catching the mistakes that matter: pulling zod into the widget (it
 * is only needed to validate source files; see vite.element.config.ts) adds ~25 kB, and all
 * of date-fns's locales far more.
 * Raise it deliberately, with the reason, never just to get a build through.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_BYTES = 80 * 1024;

const file = process.argv[2] ?? 'build/citeline.js';
let bytes: Buffer;
try {
	bytes = readFileSync(file);
} catch {
	console.error(`size: no ${file}; run \`npm run build\` first`);
	process.exit(1);
}
const gzipped = gzipSync(bytes, { level: 9 }).length;
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`${file}: ${kB(bytes.length)} raw (${bytes.length} bytes), ${kB(gzipped)} gzipped (${gzipped} bytes); budget ${kB(BUDGET_GZIP_BYTES)} gzipped`);
if (gzipped > BUDGET_GZIP_BYTES) {
	console.error(`size: ${file} is ${kB(gzipped - BUDGET_GZIP_BYTES)} over its budget`);
	process.exit(1);
}
