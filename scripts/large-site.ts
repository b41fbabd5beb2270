/**
 * Builds the site of a generated 100,000-event timeline for the browser tests of scale
 * (tests/large/): the same generator and seed as `npm run bench` (scripts/bench/generate.ts,
 * docs/benchmark.md), written to .large/data once and reused while the generator is the
 * same, then `vite build` into .large/site with only that timeline.
 *
 *   tsx scripts/large-site.ts [events]      (default 100,000)
 *
 * Run before the main site's build, never beside it: both builds use .svelte-kit/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTimelineFolder } from './bench/generate';

export const LARGE_SLUG = 'large';
const root = join(import.meta.dirname, '..');
const dataDir = join(root, '.large', 'data');
const siteDir = join(root, '.large', 'site');
const count = Number(process.argv[2] ?? 100_000);

// The data is generated again when the generator or the count changes.
const stamp = createHash('sha256').update(readFileSync(join(root, 'scripts', 'bench', 'generate.ts'))).update(String(count)).digest('hex');
const stampFile = join(dataDir, 'stamp');
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
	console.log(`large-site: generating ${count.toLocaleString('en')} events in ${dataDir}`);
	writeTimelineFolder(dataDir, LARGE_SLUG, count);
	writeFileSync(stampFile, stamp);
}

console.log(`large-site: building ${siteDir}`);
// As `npm run build:site` runs it (package.json): a larger young generation, fewer collections.
execFileSync(process.execPath, ['--max-semi-space-size=64', join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
	cwd: root,
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, CITELINE_DATA: dataDir, CITELINE_BUILD_DIR: siteDir, CITELINE_ORIGIN: '' }
});
console.log('large-site: done');
