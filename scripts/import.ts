/**
 * `npm run import -- <file> --to data/timelines/<slug> [--force]`: imports a TimelineJS 3 or 2
 * JSON file, a TimelineJS sheet (CSV) or a plain CSV into a timeline folder.
 *
 * Prints the format, the counts and every problem; writes <folder>/timeline.json only when
 * the import succeeded, never over an existing one without --force; then validates the
 * folder as the build would. Exits 1 when nothing was written or the result does not validate.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { nodeHtmlCleaner } from '../src/lib/interop/html-node';
import { importTimelineFile } from '../src/lib/interop/import/detect';
import { decodeText } from '../src/lib/model/decode-text';
import { Slug } from '../src/lib/model/schema';
import { printable, printableIssue } from '../src/lib/server/printable';
import { validateFolder } from '../src/lib/server/timelines';

const USAGE = 'usage: npm run import -- <file> --to data/timelines/<slug> [--force]';

function fail(message: string): never {
	console.error(`import: ${printable(message)}`);
	process.exit(1);
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const toAt = args.indexOf('--to');
const folder = toAt === -1 ? undefined : args[toAt + 1];
const file = args.find((a, i) => !a.startsWith('--') && i !== toAt + 1);
if (file === undefined || folder === undefined) fail(USAGE);

// The folder name becomes the timeline's URL, and the build refuses a folder that is not a
// slug: refuse it here, before anything is written, rather than leave a folder that breaks it.
const slug = basename(resolve(folder));
if (!Slug.safeParse(slug).success) {
	fail(`nothing written: "${slug}" is not a slug; the folder name becomes the timeline's URL, so it must be lowercase letters a–z, digits and single hyphens, e.g. data/timelines/harbour-1815`);
}

// Bytes to text as /import in the browser and the build do: UTF-8, or UTF-16 with a byte-order mark.
let bytes: Uint8Array;
try {
	bytes = readFileSync(file);
} catch (error) {
	fail(`cannot read ${file}: ${(error as Error).message}`);
}
const decoded = decodeText(bytes);
if (!decoded.ok) fail(`nothing written: ${file} is ${decoded.message}`);
const text = decoded.text;

const result = importTimelineFile(text, basename(file), nodeHtmlCleaner());
for (const p of result.problems) console.log(printable(`  ${p.position}${p.field === undefined ? '' : `: ${p.field}`}: ${p.reason}`));
if (!result.ok) fail(`nothing written: ${result.reason}`);

const { timeline, problems, format } = result;
console.log(
	`${format}: ${timeline.events.length} event${timeline.events.length === 1 ? '' : 's'}, ${timeline.categories.length} lane${timeline.categories.length === 1 ? '' : 's'}, ${(timeline.eras ?? []).length} era${(timeline.eras ?? []).length === 1 ? '' : 's'}; ${problems.length} problem${problems.length === 1 ? '' : 's'} listed above`
);

const target = join(folder, 'timeline.json');
if (existsSync(target) && !force) fail(`nothing written: ${target} exists; add --force to replace it`);
mkdirSync(folder, { recursive: true });
writeFileSync(target, JSON.stringify(timeline, null, '\t') + '\n');
console.log(`wrote ${target}`);

const validation = validateFolder(resolve(folder), slug);
if (validation.ok) {
	console.log(`✓ ${folder}: ${validation.timeline.events.length} events, valid`);
} else {
	console.error(`✗ ${folder}: ${validation.issues.length} problem${validation.issues.length === 1 ? '' : 's'}`);
	for (const issue of validation.issues) console.error(`  ${printableIssue(issue)}`);
	process.exit(1);
}
