/**
 * `npm run archive -- <saved-page.html|file.txt> --to data/timelines/<slug>`: archives a source
 * into a timeline folder, as the studio does when a source is loaded.
 *
 * A saved web page goes through the studio's extraction (src/lib/studio/extract.ts, Mozilla's
 * Readability over a jsdom document that runs no script and loads nothing); a .txt is taken as
 * it stands. Writes the text to <folder>/sources/<id>.txt exactly as extracted and adds the
 * source, with the title, publisher, URL and date the page states (null or absent when it does
 * not), to <folder>/timeline.json. Writes nothing when the file cannot be read, says why, and
 * never overwrites an archive.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { TimelineInput } from '../src/lib/model/schema';
import { printable, printableIssue } from '../src/lib/server/printable';
import { validateFolder } from '../src/lib/server/timelines';
import { addSource } from '../src/lib/studio/draft';
import { sourceFromFile } from '../src/lib/studio/file-source';

const USAGE = 'usage: npm run archive -- <saved-page.html|file.txt> --to data/timelines/<slug>';

function fail(message: string): never {
	console.error(`archive: ${printable(message)}`);
	process.exit(1);
}

const args = process.argv.slice(2);
const toAt = args.indexOf('--to');
const folder = toAt === -1 ? undefined : args[toAt + 1];
const file = args.find((a, i) => !a.startsWith('--') && i !== toAt + 1);
if (file === undefined || folder === undefined) fail(USAGE);

const timelinePath = join(folder, 'timeline.json');
if (!existsSync(timelinePath)) {
	fail(
		existsSync(join(folder, 'timeline.yaml')) || existsSync(join(folder, 'timeline.yml'))
			? `nothing written: ${folder} has a YAML timeline; archive adds sources to timeline.json only`
			: `nothing written: no ${timelinePath}; start the timeline in the studio (/studio) or write it first (docs/data-format.md)`
	);
}

let bytes: Uint8Array;
try {
	bytes = readFileSync(file);
} catch (error) {
	fail(`nothing written: cannot read ${file}: ${(error as Error).message}`);
}

// jsdom's defaults run no script and load no resource: the page is only parsed.
const read = sourceFromFile(basename(file), bytes, (html) => new JSDOM(html).window.document);
if (!read.ok) fail(`nothing written: ${read.reason}`);

let timeline: TimelineInput;
try {
	timeline = JSON.parse(readFileSync(timelinePath, 'utf8'));
} catch (error) {
	fail(`nothing written: ${timelinePath} is not valid JSON: ${(error as Error).message}; fix it first (npm run validate)`);
}
if (timeline === null || typeof timeline !== 'object' || Array.isArray(timeline)) fail(`nothing written: ${timelinePath} does not hold a timeline`);
if (timeline.sources !== undefined && !Array.isArray(timeline.sources)) fail(`nothing written: "sources" in ${timelinePath} is not a list`);

// The same operation as the studio's, over the archives already in the folder, so that no file is overwritten.
const existing: Record<string, string> = {};
for (const s of timeline.sources ?? []) if (typeof s.archive === 'string') existing[s.archive] = '';
const { draft, id } = addSource({ slug: basename(resolve(folder)), timeline, archives: existing }, { ...read.source, idHint: basename(file).replace(/\.[^.]+$/, '') });
const archive = `sources/${id}.txt`;
const archivePath = join(folder, archive);
if (existsSync(archivePath)) fail(`nothing written: ${archivePath} exists; remove it or rename the source`);

mkdirSync(join(folder, 'sources'), { recursive: true });
writeFileSync(archivePath, draft.archives[archive] as string);
writeFileSync(timelinePath, JSON.stringify(draft.timeline, null, '\t') + '\n');
const added = draft.timeline.sources?.find((s) => s.id === id);
console.log(`wrote ${archivePath} (${read.kind === 'page' ? 'article text of the page' : 'the text as it stands'})`);
console.log(`added source "${id}" to ${timelinePath}:`);
console.log(printable(`  title: ${added?.title ?? 'unknown (null)'}`));
console.log(printable(`  publisher: ${added?.publisher ?? 'unknown (null)'}`));
console.log(printable(`  url: ${added?.url ?? 'not stated'}`));
console.log(printable(`  published: ${added?.published ?? 'not stated'}`));

const validation = validateFolder(resolve(folder), basename(resolve(folder)));
if (validation.ok) console.log(`✓ ${folder}: valid`);
else {
	// Not a failure of the archiving: the timeline may be unfinished. Say what validate will say.
	console.log(`${folder} does not validate yet (${validation.issues.length} problem${validation.issues.length === 1 ? '' : 's'}):`);
	for (const issue of validation.issues.slice(0, 10)) console.log(`  ${printableIssue(issue)}`);
}
