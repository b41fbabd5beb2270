/**
 * Timelines on disk: finds every folder under data/timelines, reads it and validates it.
 *
 * Used at build time by the routes (which prerender every page) and by the CLI scripts.
 * A timeline that fails validation throws here, so a broken data file fails the build
 * even when `vite build` is run on its own.
 *
 * Every file is read through folder-file.ts: nothing whose real path leaves its timeline
 * folder, and a timeline folder that is a link only to another folder of timelines. A
 * timeline that cannot be read is reported against its own file, never thrown, so that one
 * bad timeline does not hide the problems of the others.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Timeline } from '../model/timeline';
import { validateTimeline, type ValidationIssue, type ValidationResult } from '../model/validate';
import { dataFolder, DEFAULT_DATA_DIR } from './data-folder';
import { isInside, readFolderFile } from './folder-file';
import { printableIssue } from './printable';
import { cachedSummary, cachedTimeline, projectValidationCache, storeTimeline, summarise, validationKey, type TimelineSummary, type ValidationCache } from './validation-cache';

export { DEFAULT_DATA_DIR };
const TIMELINE_FILES = [
	['timeline.json', 'json'],
	['timeline.yaml', 'yaml'],
	['timeline.yml', 'yaml']
] as const;

export interface TimelineFolderResult {
	slug: string;
	folder: string;
	result: ValidationResult;
}

type TimelineFolder = { slug: string; shown: string; folder: string } | { slug: string; shown: string; refused: ValidationResult };

/**
 * Every timeline folder in `dataDir`, in slug order, or why it is refused: a timeline folder
 * may be a link to another folder of timelines, never out of it.
 */
function timelineFolders(dataDir: string): TimelineFolder[] {
	const root = resolve(dataDir);
	if (!existsSync(root)) throw new Error(`no timelines folder at ${dataDir}`);
	const rootReal = realpathSync(root);
	return readdirSync(root)
		.sort()
		.flatMap((slug): TimelineFolder[] => {
			const folder = join(root, slug);
			const shown = join(dataDir, slug);
			const refuse = (message: string) => [{ slug, shown, refused: folderIssue(folder, message) }];
			try {
				if (lstatSync(folder).isSymbolicLink()) {
					let real: string;
					try {
						real = realpathSync(folder);
					} catch {
						return refuse('this folder is a symbolic link that points to nothing');
					}
					if (!isInside(rootReal, real)) {
						return refuse(`this folder is a symbolic link that leads outside ${dataDir}; a timeline folder must be inside it, so that nothing else on this computer is published`);
					}
				}
				if (!statSync(folder).isDirectory()) return []; // a README or the like, not a timeline
				return [{ slug, shown, folder }];
			} catch (error) {
				return refuse(`this folder could not be read: ${(error as Error).message}`);
			}
		});
}

/**
 * Validates every timeline folder in `dataDir`, in slug order. A timeline that cannot be read,
 * for whatever reason, is reported against its own folder or file: the others are still checked.
 * With a cache, a folder validated before, unchanged, is read from it (see validation-cache.ts).
 */
export function validateAll(dataDir: string = DEFAULT_DATA_DIR, cache?: ValidationCache): TimelineFolderResult[] {
	return timelineFolders(dataDir).map((found) => {
		if ('refused' in found) return { slug: found.slug, folder: found.shown, result: found.refused };
		try {
			return { slug: found.slug, folder: found.shown, result: validateFolder(found.folder, found.slug, cache) };
		} catch (error) {
			return { slug: found.slug, folder: found.shown, result: folderIssue(found.folder, `this folder could not be read: ${(error as Error).message}`) };
		}
	});
}

/**
 * Validates one timeline folder: its timeline file and the archives it names, all read from
 * inside the folder (see folder-file.ts). Never throws: whatever goes wrong is an issue.
 * With a cache, an unchanged folder validated before is read from it instead.
 */
export function validateFolder(folder: string, slug: string, cache?: ValidationCache): ValidationResult {
	if (cache === undefined) return validateFolderNow(folder, slug);
	let folderReal: string;
	let key: string;
	try {
		folderReal = realpathSync(folder);
		key = validationKey(cache, folderReal, slug);
	} catch {
		return validateFolderNow(folder, slug);
	}
	const cached = cachedTimeline(cache, folderReal, slug, key);
	if (cached) return { ok: true, ...cached };
	const result = validateFolderNow(folder, slug);
	if (result.ok) storeTimeline(cache, folderReal, slug, key, result);
	return result;
}

function validateFolderNow(folder: string, slug: string): ValidationResult {
	const shown = relative(process.cwd(), folder) || folder;
	let file = shown;
	try {
		// A link counts as present even when it points nowhere, so that it is reported, not ignored.
		const found = TIMELINE_FILES.filter(([name]) => existsAsEntry(join(folder, name)));
		if (found.length === 0) return folderIssue(folder, `no timeline file: add timeline.json or timeline.yaml`);
		if (found.length > 1) return folderIssue(folder, `more than one timeline file (${found.map(([n]) => n).join(', ')}); keep one`);
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
			return folderIssue(folder, `folder name "${slug}" is not a slug (lowercase letters, digits, single hyphens); it becomes the URL`);
		}

		const [name, format] = found[0] as (typeof TIMELINE_FILES)[number];
		file = join(shown, name);
		const folderReal = realpathSync(folder);
		const read = readFolderFile(folderReal, name);
		if (!read.ok) return fileIssue(file, read.missing ? 'this file disappeared while it was being read' : `this file ${read.problem}`);

		return validateTimeline({
			slug,
			file,
			text: read.text,
			format,
			readArchive(path) {
				const archive = readFolderFile(folderReal, path);
				if (archive.ok) return archive.text.replace(/\r\n?/g, '\n');
				return archive.missing ? undefined : { problem: `archived text "${path}" ${archive.problem}` };
			}
		});
	} catch (error) {
		return fileIssue(file, `could not be checked: ${error instanceof Error ? error.message : String(error)}`);
	}
}

function folderIssue(folder: string, message: string): ValidationResult {
	return fileIssue(relative(process.cwd(), folder) || folder, message);
}

function fileIssue(file: string, message: string): ValidationResult {
	return { ok: false, issues: [{ file, entity: { kind: 'timeline' }, field: '', message }] };
}

function existsAsEntry(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}

export interface LoadedTimeline {
	timeline: Timeline;
	/** Archived source texts by source id. */
	archives: Map<string, string>;
}

let cache: Map<string, LoadedTimeline> | undefined;

/** Every valid timeline, by slug, read once per process; throws with every issue if any timeline is invalid. */
export function loadTimelines(dataDir: string = dataFolder()): Map<string, LoadedTimeline> {
	return (cache ??= readTimelines(dataDir));
}

/** The timelines loadTimelines has read in this process, if it has. */
export function timelinesLoaded(): Map<string, LoadedTimeline> | undefined {
	return cache;
}

/**
 * What the prerender entries need of every timeline, in slug order: from the validation cache
 * when it has every folder as it is now (a few bytes each), else by reading the timelines
 * (which fills the cache for the prerender). Throws as readTimelines does.
 */
export function timelineSummaries(dataDir: string = dataFolder()): TimelineSummary[] {
	const cache = projectValidationCache();
	if (cache) {
		const folders = timelineFolders(dataDir);
		const summaries: TimelineSummary[] = [];
		for (const found of folders) {
			if ('refused' in found) break;
			let summary: TimelineSummary | undefined;
			try {
				summary = cachedSummary(cache, realpathSync(found.folder), found.slug);
			} catch {
				// validated below, where the problem is reported
			}
			if (!summary) break;
			summaries.push(summary);
		}
		if (summaries.length === folders.length) return summaries;
	}
	return [...readTimelines(dataDir).values()].map(summarise);
}

/**
 * The name of the error readTimelines throws for invalid data. A name, not a class: the dev
 * server loads this module afresh after every change under data/, and each load would make
 * another class.
 */
export const INVALID_TIMELINE_DATA = 'InvalidTimelineData';

/** Every valid timeline, by slug, read afresh and not kept; throws with every issue if any timeline is invalid. */
export function readTimelines(dataDir: string = dataFolder()): Map<string, LoadedTimeline> {
	const loaded = new Map<string, LoadedTimeline>();
	const issues: ValidationIssue[] = [];
	for (const { slug, result } of validateAll(dataDir, projectValidationCache())) {
		if (result.ok) loaded.set(slug, { timeline: result.timeline, archives: result.archives });
		else issues.push(...result.issues);
	}
	if (issues.length > 0) {
		const error = new Error(`Timeline data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(printableIssue).join('\n')}`);
		error.name = INVALID_TIMELINE_DATA;
		throw error;
	}
	return loaded;
}
