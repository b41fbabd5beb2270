/**
 * Timelines on disk: finds every folder under data/timelines, reads it and validates it.
 *
 * Used at build time by the routes (which prerender every page) and by the CLI scripts.
 * A timeline that fails validation throws here, so a broken data file fails the build
 * even when `vite build` is run on its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Timeline } from '../model/timeline';
import { formatIssue, validateTimeline, type ValidationIssue, type ValidationResult } from '../model/validate';

export const DEFAULT_DATA_DIR = 'data/timelines';
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

/** Validates every timeline folder in `dataDir`, in slug order. */
export function validateAll(dataDir: string = DEFAULT_DATA_DIR): TimelineFolderResult[] {
	const root = resolve(dataDir);
	if (!existsSync(root)) throw new Error(`no timelines folder at ${dataDir}`);
	return readdirSync(root)
		.filter((name) => statSync(join(root, name)).isDirectory())
		.sort()
		.map((slug) => ({ slug, folder: join(dataDir, slug), result: validateFolder(join(root, slug), slug) }));
}

export function validateFolder(folder: string, slug: string): ValidationResult {
	const shown = relative(process.cwd(), folder) || folder;
	const found = TIMELINE_FILES.filter(([name]) => existsSync(join(folder, name)));
	const issue = (message: string): ValidationResult => ({
		ok: false,
		issues: [{ file: shown, entity: { kind: 'timeline' }, field: '', message }]
	});
	if (found.length === 0) return issue(`no timeline file: add timeline.json or timeline.yaml`);
	if (found.length > 1) return issue(`more than one timeline file (${found.map(([n]) => n).join(', ')}); keep one`);
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
		return issue(`folder name "${slug}" is not a slug (lowercase letters, digits, single hyphens); it becomes the URL`);
	}

	const [name, format] = found[0] as (typeof TIMELINE_FILES)[number];
	return validateTimeline({
		slug,
		file: join(shown, name),
		text: readFileSync(join(folder, name), 'utf8'),
		format,
		readArchive(path) {
			const full = join(folder, path);
			if (!existsSync(full) || !statSync(full).isFile()) return undefined;
			return readFileSync(full, 'utf8').replace(/\r\n?/g, '\n');
		}
	});
}

export interface LoadedTimeline {
	timeline: Timeline;
	/** Archived source texts by source id. */
	archives: Map<string, string>;
}

let cache: Map<string, LoadedTimeline> | undefined;

/** Every valid timeline, by slug; throws with every issue if any timeline is invalid. */
export function loadTimelines(dataDir: string = process.env.CITELINE_DATA ?? DEFAULT_DATA_DIR): Map<string, LoadedTimeline> {
	if (cache) return cache;
	const loaded = new Map<string, LoadedTimeline>();
	const issues: ValidationIssue[] = [];
	for (const { slug, result } of validateAll(dataDir)) {
		if (result.ok) loaded.set(slug, { timeline: result.timeline, archives: result.archives });
		else issues.push(...result.issues);
	}
	if (issues.length > 0) {
		throw new Error(`Timeline data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`);
	}
	cache = loaded;
	return loaded;
}
