/**
 * `npm run import -- <file> --to data/timelines/<slug> [--force]`: imports a TimelineJS 3 or 2
 * JSON file, a TimelineJS sheet (CSV) or a plain CSV into a timeline folder.
 *
 * Prints the format, the counts and every problem; writes <folder>/timeline.json only when
 * the import succeeded, never over an existing one without --force; then validates the
 * folder as the build would. Exits 1 when nothing was written or the result does not validate.
 *
 * A file of W3C Web Annotations (what `npm run export -- <slug> --format annotations` writes)
 * is taken as citations of the existing timeline in the folder instead: each annotation becomes
 * a citation of the event it links to, its quote found in the source's archived text; every
 * annotation not taken is listed with why. Only a timeline.json is changed this way.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { nodeHtmlCleaner } from '../src/lib/interop/html-node';
import { importTimelineFile } from '../src/lib/interop/import/detect';
import { isWebAnnotations, mergeAnnotations, type RawTimeline } from '../src/lib/interop/import/annotations';
import { readFolderFile } from '../src/lib/server/folder-file';
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

/** The annotations file's JSON, when it is one (anything else goes to the timeline imports). */
function annotationsIn(content: string): unknown {
	if (!/^\s*[[{]/.test(content)) return undefined;
	try {
		const data: unknown = JSON.parse(content);
		return isWebAnnotations(data) ? data : undefined;
	} catch {
		return undefined;
	}
}

/** Validates the folder as the build would, prints the outcome, and exits 1 if it is invalid. */
function validateWritten(): void {
	const validation = validateFolder(resolve(folder as string), slug);
	if (validation.ok) {
		const quotes = validation.timeline.events.flatMap((e) => e.citations);
		const verified = quotes.filter((c) => c.verification.state === 'verified').length;
		console.log(`✓ ${folder}: ${validation.timeline.events.length} events, valid; ${verified}/${quotes.length} quotes verified`);
	} else {
		console.error(`✗ ${folder}: ${validation.issues.length} problem${validation.issues.length === 1 ? '' : 's'}`);
		for (const issue of validation.issues) console.error(`  ${printableIssue(issue)}`);
		process.exit(1);
	}
}

const annotations = annotationsIn(text.replace(/^\uFEFF/, ''));
if (annotations !== undefined) {
	const target = join(folder, 'timeline.json');
	if (!existsSync(target)) fail(`nothing written: annotations are taken as citations of an existing timeline, and ${target} does not exist`);
	const folderReal = realpathSync(resolve(folder));
	let timeline: RawTimeline;
	try {
		timeline = JSON.parse(readFileSync(target, 'utf8')) as RawTimeline;
	} catch (error) {
		fail(`nothing written: ${target} is not JSON (${(error as Error).message})`);
	}
	if (!Array.isArray(timeline.events)) fail(`nothing written: ${target} has no "events" list`);
	const archiveText = (sourceId: string) => {
		const path = timeline.sources?.find((s) => s.id === sourceId)?.archive;
		if (path === undefined) return undefined;
		const read = readFolderFile(folderReal, path);
		return read.ok ? read.text.replace(/\r\n?/g, '\n') : undefined;
	};
	const merged = mergeAnnotations(timeline, annotations, { archiveText });
	for (const n of merged.notTaken) console.log(printable(`  ${n.position}: not taken: ${n.reason}`));
	if (merged.added === 0) fail(`nothing written: none of the annotations in ${file} could be taken`);
	writeFileSync(target, JSON.stringify(timeline, null, '\t') + '\n');
	console.log(`Web Annotations: ${merged.added} citation${merged.added === 1 ? '' : 's'} added to ${target}; ${merged.notTaken.length} annotation${merged.notTaken.length === 1 ? '' : 's'} not taken (listed above)`);
	validateWritten();
	process.exit(0);
}

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

validateWritten();
