/**
 * `npm run export -- <slug-or-folder> --format json|timelinejs|csv|ics|svg|png|annotations
 *    [--from 2025-03-18 --to 2025-03-20] [--category id,id] [--status id,id]
 *    [--base-url https://host] [--out file]`
 *
 * Writes a timeline, or the part of it the filter keeps, in one of the export formats
 * (src/lib/interop/export/index.ts) to stdout or to --out. What the user should know about
 * the file (events a calendar cannot hold…) goes to stderr. `annotations` (the citations as
 * W3C Web Annotations, src/lib/interop/export/annotations.ts) is made here rather than in the
 * browser's table of formats: it needs the archived texts, which only the build and the CLI read. Any bad argument is one clear
 * line on stderr and exit status 1; nothing is written then.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportFormatsWith, exportTimeline, filterTimeline, isWholeTimeline, pngExporter, type ExportFilter } from '../src/lib/interop/export/index';
import { toWebAnnotations } from '../src/lib/interop/export/annotations';
import { nodeHtmlCleaner } from '../src/lib/interop/html-node';
import { parseDatePoint } from '../src/lib/model/dates';
import { formatIssue } from '../src/lib/model/validate';
import { STATUS_IDS } from '../src/lib/model/vocabulary';
import { svgToPng } from '../src/lib/render/png-node';
import { DEFAULT_DATA_DIR, validateFolder } from '../src/lib/server/timelines';

/** Every format the CLI writes: the shared table's, and the citations as Web Annotations. */
const FORMAT_IDS = [...EXPORT_FORMATS.map((f) => f.id), 'annotations'];

const USAGE = `usage: npm run export -- <slug-or-folder> --format ${FORMAT_IDS.join('|')} [--from DATE --to DATE] [--category id,id] [--status id,id] [--base-url URL] [--out FILE]`;

function fail(message: string): never {
	console.error(`export: ${message}`);
	process.exit(1);
}

function list(value: string | undefined): string[] | undefined {
	return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** --from is the start of its date, --to the end of its: --to 2025-03-20 includes all of 20 March. */
function instant(option: string, value: string | undefined, end: 'earliestMs' | 'latestMs'): number | undefined {
	if (value === undefined) return undefined;
	const date = parseDatePoint(value);
	if (!date.ok) fail(`--${option}: ${date.message}`);
	return date.date[end];
}

async function main(): Promise<void> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				format: { type: 'string' },
				from: { type: 'string' },
				to: { type: 'string' },
				category: { type: 'string' },
				status: { type: 'string' },
				'base-url': { type: 'string' },
				out: { type: 'string' }
			}
		});
	} catch (error) {
		fail(`${(error as Error).message}\n${USAGE}`);
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1) fail(positionals.length === 0 ? `give a timeline slug or folder\n${USAGE}` : `give one timeline, not ${positionals.length}: ${positionals.join(' ')}`);
	if (values.format === undefined) fail(`give --format (${FORMAT_IDS.join(', ')})`);
	if (!FORMAT_IDS.includes(values.format)) fail(`unknown format "${values.format}"; the formats are ${FORMAT_IDS.join(', ')}`);
	const annotations = values.format === 'annotations';
	const format = annotations ? undefined : exportFormatsWith({ png: pngExporter((svg) => svgToPng(svg)) }).find((f) => f.id === values.format);
	if (!annotations && format === undefined) fail(`the ${values.format} export is not available yet`);

	const target = positionals[0] as string;
	const folder = existsSync(target) && statSync(target).isDirectory() ? resolve(target) : resolve(DEFAULT_DATA_DIR, target);
	if (!existsSync(folder)) fail(`no timeline "${target}": not a folder, and not a slug in ${DEFAULT_DATA_DIR}`);
	const loaded = validateFolder(folder, basename(folder));
	if (!loaded.ok) fail(`the timeline is invalid (run npm run validate):\n${loaded.issues.map(formatIssue).join('\n')}`);
	const timeline = loaded.timeline;

	const filter: ExportFilter = {};
	const fromMs = instant('from', values.from, 'earliestMs');
	const toMs = instant('to', values.to, 'latestMs');
	if (fromMs !== undefined || toMs !== undefined) {
		filter.window = { fromMs: fromMs ?? -Infinity, toMs: toMs ?? Infinity };
		if (filter.window.toMs < filter.window.fromMs) fail(`--to ${values.to} is before --from ${values.from}`);
	}
	filter.categories = list(values.category);
	for (const id of filter.categories ?? []) {
		if (!timeline.categories.some((c) => c.id === id)) fail(`--category: "${id}" is not a category of ${timeline.slug} (${timeline.categories.map((c) => c.id).join(', ')})`);
	}
	filter.statuses = list(values.status);
	for (const id of filter.statuses ?? []) {
		if (!(STATUS_IDS as string[]).includes(id)) fail(`--status: "${id}" is not a status (${STATUS_IDS.join(', ')})`);
	}
	for (const key of ['categories', 'statuses'] as const) if (filter[key] === undefined) delete filter[key];

	const baseUrl = values['base-url'];
	if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl)) fail(`--base-url must be an http(s) address, e.g. https://citeline.example; got "${baseUrl}"`);

	let result: { body: string | Uint8Array | Blob; notes: string[] };
	let label = format?.label ?? 'W3C Web Annotations (.json)';
	if (annotations) {
		const collection = toWebAnnotations(filterTimeline(timeline, filter), { baseUrl, archiveText: (id) => loaded.archives.get(id) });
		const notes = baseUrl === undefined ? ['without --base-url the annotations point at root-relative addresses (/t/…); give --base-url for annotation tools to find the sources'] : [];
		result = { body: `${JSON.stringify(collection, null, 2)}\n`, notes };
		label = `W3C Web Annotations, ${collection.total} citations`;
	} else {
		// Only the TimelineJS export writes HTML; a jsdom window is costly to make for the others.
		const chosen = format as NonNullable<typeof format>;
		try {
			result = await exportTimeline(chosen, timeline, filter, { baseUrl, ...(chosen.id === 'timelinejs' ? { htmlCleaner: nodeHtmlCleaner() } : {}) });
		} catch (error) {
			fail((error as Error).message);
		}
	}
	const body = typeof result.body === 'string' ? result.body : result.body instanceof Uint8Array ? result.body : new Uint8Array(await result.body.arrayBuffer());

	if (values.out !== undefined) {
		writeFileSync(values.out, body);
		const what = isWholeTimeline(filter) ? `${timeline.events.length} events` : 'the filtered events';
		console.error(`export: wrote ${values.out} (${label}, ${what} of ${timeline.slug})`);
	} else {
		process.stdout.write(body);
	}
	for (const note of result.notes) console.error(`export: ${note}`);
}

await main();
