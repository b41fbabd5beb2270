/**
 * The build validates each timeline once: the first reader of a timeline folder (the validate
 * step of `npm run build`, else SvelteKit's analysis) keeps the validated timeline in a cache
 * file, and the later readers of the same build (the analysis, the prerender) read that
 * instead of validating again (at 100,000 events, seconds and a gigabyte of garbage each time).
 *
 * The cache must never make a wrong build, so a cached timeline is used only when its key
 * matches, and the key covers everything validation depends on:
 * - every entry of the timeline folder: its path, its kind, a file's bytes, a link's target
 *   and the real path it leads to (a link may pass through another link, outside the folder);
 * - the folder's real path, the slug, the working directory (messages show paths relative to
 *   it) and the time zone;
 * - the validator's code: the source of every module it is made of (found by following the
 *   relative imports of timelines.ts) and package-lock.json (zod, yaml, edtf…). Without the
 *   sources (not run from the project's root) nothing is cached.
 * Only valid timelines are cached: a broken one is validated again, and reported, every time.
 * A cache file that cannot be read, or whose checksums do not match, is ignored.
 *
 * The file: "CLVC", the header's length (4 bytes), the header's SHA-256, the header, the body.
 * The header (v8-serialized) carries the key, a summary (what the prerender entries need, so
 * that SvelteKit's analysis reads a few bytes instead of the whole timeline) and the body's
 * SHA-256; the body is the v8-serialized { timeline, archives }, an exact copy (Maps, ±Infinity,
 * undefined) that deserializes in a fraction of the time validation takes. One file per
 * timeline folder, replaced when its key changes.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Timeline } from '../model/timeline';

/** Bump when the file's layout or the summary's meaning changes. */
const CACHE_FORMAT = 1;
const MAGIC = Buffer.from('CLVC');
const DIGEST_BYTES = 32;

export const DEFAULT_CACHE_DIR = '.svelte-kit/citeline-cache';

export interface CachedTimeline {
	timeline: Timeline;
	/** Archived source texts by source id. */
	archives: Map<string, string>;
}

/** What the prerender entries need of a timeline. */
export interface TimelineSummary {
	slug: string;
	/** Every source, in the timeline's order. */
	sourceIds: string[];
	/** The sources whose archived text was read. */
	archivedSourceIds: string[];
	eventCount: number;
}

export interface ValidationCache {
	dir: string;
	/** A hash of the validator's code (see validatorCodeVersion). */
	codeVersion: string;
}

interface Header {
	format: number;
	key: string;
	summary: TimelineSummary;
	bodyLength: number;
	bodyDigest: string;
}

/** The project's cache, or undefined where the validator's sources are not found from the working directory. */
export function projectValidationCache(root = process.cwd()): ValidationCache | undefined {
	const codeVersion = validatorCodeVersion(root);
	return codeVersion === undefined ? undefined : { dir: resolve(root, DEFAULT_CACHE_DIR), codeVersion };
}

const VALIDATOR_ENTRY = 'src/lib/server/timelines.ts';

/**
 * A hash of the validator's code: the source of timelines.ts and of every module it imports
 * by a relative path, transitively (type-only imports included: cheap, and never wrong), and
 * package-lock.json for the packages. Undefined if a source is missing.
 */
export function validatorCodeVersion(root = process.cwd()): string | undefined {
	const hash = createHash('sha256').update(`citeline-validator ${CACHE_FORMAT}\n`);
	const seen = new Set<string>();
	const pending = [resolve(root, VALIDATOR_ENTRY)];
	try {
		while (pending.length > 0) {
			const file = pending.pop() as string;
			if (seen.has(file)) continue;
			seen.add(file);
			const text = readFileSync(file, 'utf8');
			for (const [, specifier] of text.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
				pending.push(moduleFile(resolve(dirname(file), specifier as string)));
			}
		}
		for (const file of [...seen].sort()) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
		hash.update(readFileSync(resolve(root, 'package-lock.json')));
	} catch {
		return undefined;
	}
	return hash.digest('hex');
}

function moduleFile(path: string): string {
	for (const candidate of [path, `${path}.ts`, `${path}.js`, join(path, 'index.ts')]) {
		if (existsSync(candidate) && lstatSync(candidate).isFile()) return candidate;
	}
	return `${path}.ts`; // missing: reading it fails, and nothing is cached
}

/** The key of a timeline folder's validation: see the top of this file for what it covers. */
export function validationKey(cache: ValidationCache, folderReal: string, slug: string): string {
	const hash = createHash('sha256');
	const field = (value: string) => hash.update(value).update('\0');
	field(`format ${CACHE_FORMAT}`);
	field(cache.codeVersion);
	field(folderReal);
	field(slug);
	field(process.cwd());
	field(Intl.DateTimeFormat().resolvedOptions().timeZone);
	hashFolder(hash, folderReal, '');
	return hash.digest('hex');
}

function hashFolder(hash: Hash, root: string, prefix: string): void {
	for (const name of readdirSync(join(root, prefix)).sort()) {
		const path = prefix === '' ? name : `${prefix}/${name}`;
		const full = join(root, path);
		const stats = lstatSync(full);
		if (stats.isSymbolicLink()) {
			let real = '(leads nowhere)';
			try {
				real = realpathSync(full);
			} catch {
				// a link to nothing, or a loop: its target text and this mark are its identity
			}
			hash.update(`link\0${path}\0${readlinkSync(full)}\0${real}\0`);
		} else if (stats.isDirectory()) {
			hash.update(`folder\0${path}\0`);
			hashFolder(hash, root, path);
		} else if (stats.isFile()) {
			const bytes = readFileSync(full);
			hash.update(`file\0${path}\0${bytes.length}\0`).update(bytes);
		} else {
			hash.update(`other\0${path}\0`);
		}
	}
}

function cacheFile(cache: ValidationCache, folderReal: string, slug: string): string {
	return join(cache.dir, `${slug}-${createHash('sha256').update(folderReal).digest('hex').slice(0, 16)}.bin`);
}

/** The header of the cache file, if it is intact and matches `key`. */
function readHeader(file: string, key: string): { header: Header; offset: number } | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		const start = Buffer.alloc(MAGIC.length + 4 + DIGEST_BYTES);
		if (readSync(fd, start, 0, start.length, 0) !== start.length || !start.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
		const headerLength = start.readUInt32BE(MAGIC.length);
		const bytes = Buffer.alloc(headerLength);
		if (readSync(fd, bytes, 0, headerLength, start.length) !== headerLength) return undefined;
		if (!digest(bytes).equals(start.subarray(MAGIC.length + 4))) return undefined;
		const header = deserialize(bytes) as Header;
		if (header?.format !== CACHE_FORMAT || header.key !== key) return undefined;
		return { header, offset: start.length + headerLength };
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** The cached summary of the folder's timeline, if the cache has it for the folder as it is now. */
export function cachedSummary(cache: ValidationCache, folderReal: string, slug: string): TimelineSummary | undefined {
	try {
		return readHeader(cacheFile(cache, folderReal, slug), validationKey(cache, folderReal, slug))?.header.summary;
	} catch {
		return undefined;
	}
}

/** The cached timeline of the folder, if the cache has it for the folder as it is now. */
export function cachedTimeline(cache: ValidationCache, folderReal: string, slug: string, key = validationKey(cache, folderReal, slug)): CachedTimeline | undefined {
	const file = cacheFile(cache, folderReal, slug);
	const found = readHeader(file, key);
	if (!found) return undefined;
	try {
		const body = readFileSync(file).subarray(found.offset);
		if (body.length !== found.header.bodyLength || digest(body).toString('hex') !== found.header.bodyDigest) return undefined;
		return deserialize(body) as CachedTimeline;
	} catch {
		return undefined;
	}
}

/** Keeps a valid timeline in the cache. A cache that cannot be written is no error: the next reader validates. */
export function storeTimeline(cache: ValidationCache, folderReal: string, slug: string, key: string, value: CachedTimeline): void {
	const file = cacheFile(cache, folderReal, slug);
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		const body = serialize({ timeline: value.timeline, archives: value.archives } satisfies CachedTimeline);
		const header: Header = { format: CACHE_FORMAT, key, summary: summarise(value), bodyLength: body.length, bodyDigest: digest(body).toString('hex') };
		const headerBytes = serialize(header);
		const start = Buffer.alloc(MAGIC.length + 4);
		MAGIC.copy(start);
		start.writeUInt32BE(headerBytes.length, MAGIC.length);
		mkdirSync(cache.dir, { recursive: true });
		// Written aside and renamed: a reader never sees half a file.
		writeFileSync(temporary, Buffer.concat([start, digest(headerBytes), headerBytes]));
		writeFileSync(temporary, body, { flag: 'a' });
		renameSync(temporary, file);
	} catch {
		rmSync(temporary, { force: true });
	}
}

export function summarise({ timeline, archives }: CachedTimeline): TimelineSummary {
	return {
		slug: timeline.slug,
		sourceIds: timeline.sources.map((s) => s.id),
		archivedSourceIds: timeline.sources.filter((s) => archives.has(s.id)).map((s) => s.id),
		eventCount: timeline.events.length
	};
}

function digest(bytes: Uint8Array): Buffer {
	return createHash('sha256').update(bytes).digest();
}
