/**
 * The validation cache (validation-cache.ts) lets a build validate each timeline once. It must
 * never make a wrong build: whatever changes in the folder or in the validator's code, and
 * whatever happened to the cache file, the timeline is validated again.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateFolder } from './timelines';
import { cachedSummary, cachedTimeline, validationKey, validatorCodeVersion, type ValidationCache } from './validation-cache';

// Counts the validator's runs: a hit must not run it, a miss must.
const runs = vi.hoisted(() => ({ count: 0 }));
vi.mock('../model/validate', async (importOriginal) => {
	const actual = await importOriginal<typeof import('../model/validate')>();
	return {
		...actual,
		validateTimeline: (...args: Parameters<typeof actual.validateTimeline>) => {
			runs.count++;
			return actual.validateTimeline(...args);
		}
	};
});

const ARCHIVE = 'The bridge will close on 10 March.\nCafé owners were not consulted.\n';

function timelineJson(title = 'Bridge', archive = 'sources/notice.txt') {
	return JSON.stringify({
		format: 1,
		title,
		summary: 'A bridge closes.',
		strict: true,
		categories: [{ id: 'works', label: 'Works' }],
		sources: [{ id: 'notice', title: 'Notice', publisher: 'Council', archive }],
		events: [{ id: 'closure', title: 'Closure', summary: 'It closes.', when: '2025-03-10', status: 'happened', category: 'works', citations: [{ source: 'notice', quote: 'The bridge will close on 10 March.' }] }]
	});
}

let temp: string;
let folder: string;
let cache: ValidationCache;

beforeEach(() => {
	temp = mkdtempSync(join(tmpdir(), 'citeline-cache-'));
	folder = join(temp, 'bridge');
	mkdirSync(join(folder, 'sources'), { recursive: true });
	writeFileSync(join(folder, 'timeline.json'), timelineJson());
	writeFileSync(join(folder, 'sources', 'notice.txt'), ARCHIVE);
	cache = { dir: join(temp, 'cache'), codeVersion: 'validator-1' };
	runs.count = 0;
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

function validate(withCache: ValidationCache = cache) {
	return validateFolder(folder, 'bridge', withCache);
}

function flip(bytes: Buffer, at: number): void {
	bytes.writeUInt8(bytes.readUInt8(at) ^ 1, at);
}

function cacheFileOf(dir = cache.dir): string {
	const [name] = readdirSync(dir);
	return join(dir, name as string);
}

describe('validation cache', () => {
	it('validates once, then reads the same timeline from the cache', () => {
		const first = validate();
		expect(first.ok).toBe(true);
		expect(runs.count).toBe(1);
		const second = validate();
		expect(runs.count).toBe(1);
		expect(second).toEqual(first);
		if (!second.ok) throw new Error('expected a valid timeline');
		// The archived text comes back byte for byte, as every quote is checked against it.
		expect(second.archives.get('notice')).toBe(ARCHIVE);
		expect(cachedSummary(cache, realpathSync(folder), 'bridge')).toEqual({ slug: 'bridge', sourceIds: ['notice'], archivedSourceIds: ['notice'], eventCount: 1 });
	});

	it('validates again when the timeline file changes', () => {
		validate();
		writeFileSync(join(folder, 'timeline.json'), timelineJson('Bridge, closed'));
		const result = validate();
		expect(runs.count).toBe(2);
		expect(result.ok && result.timeline.title).toBe('Bridge, closed');
	});

	it('validates again when an archive changes, and reports a quote it no longer holds', () => {
		validate();
		writeFileSync(join(folder, 'sources', 'notice.txt'), 'The bridge stays open.\n');
		const result = validate();
		expect(runs.count).toBe(2);
		expect(result.ok).toBe(false);
	});

	it('validates again when a file is added to the folder', () => {
		validate();
		writeFileSync(join(folder, 'timeline.yaml'), 'format: 1\n');
		// Two timeline files now: refused before the validator runs, where a hit would be valid.
		expect(validate().ok).toBe(false);
	});

	it('validates again when a link inside the folder leads to another file', () => {
		writeFileSync(join(folder, 'sources', 'other.txt'), 'The bridge stays open.\n');
		writeFileSync(join(folder, 'sources', 'same.txt'), ARCHIVE);
		// sources/linked.txt → a link outside the folder → a file inside: only the outer link changes.
		const hop = join(temp, 'hop.txt');
		symlinkSync(join(realpathSync(folder), 'sources', 'same.txt'), hop);
		symlinkSync(hop, join(folder, 'sources', 'linked.txt'));
		writeFileSync(join(folder, 'timeline.json'), timelineJson('Bridge', 'sources/linked.txt'));
		expect(validate().ok).toBe(true);
		unlinkSync(hop);
		symlinkSync(join(realpathSync(folder), 'sources', 'other.txt'), hop);
		const result = validate();
		expect(runs.count).toBe(2);
		expect(result.ok).toBe(false);
	});

	it('validates again when the validator changes', () => {
		validate();
		validate({ ...cache, codeVersion: 'validator-2' });
		expect(runs.count).toBe(2);
		expect(cachedTimeline(cache, realpathSync(folder), 'bridge')).toBeUndefined();
	});

	it('never keeps an invalid timeline', () => {
		writeFileSync(join(folder, 'sources', 'notice.txt'), 'Nothing of the kind.\n');
		expect(validate().ok).toBe(false);
		expect(validate().ok).toBe(false);
		expect(runs.count).toBe(2);
	});

	it.each([
		['a changed byte in the timeline', (bytes: Buffer) => flip(bytes, bytes.length - 20)],
		['a changed byte in the header', (bytes: Buffer) => flip(bytes, 50)],
		['a cut-off file', (bytes: Buffer) => bytes.subarray(0, bytes.length - 100)],
		['an empty file', () => Buffer.alloc(0)]
	] as const)('ignores a cache file with %s', (_, damage) => {
		const first = validate();
		const file = cacheFileOf();
		const bytes = readFileSync(file);
		const damaged = damage(bytes);
		writeFileSync(file, Buffer.isBuffer(damaged) ? damaged : bytes);
		const key = validationKey(cache, realpathSync(folder), 'bridge');
		expect(cachedTimeline(cache, realpathSync(folder), 'bridge', key)).toBeUndefined();
		expect(validate()).toEqual(first);
		expect(runs.count).toBe(2);
	});
});

describe('validatorCodeVersion', () => {
	function project(root: string, helper: string) {
		mkdirSync(join(root, 'src/lib/server'), { recursive: true });
		mkdirSync(join(root, 'src/lib/model'), { recursive: true });
		writeFileSync(join(root, 'src/lib/server/timelines.ts'), `import { check } from '../model/check';\nexport const x = check;\n`);
		writeFileSync(join(root, 'src/lib/model/check.ts'), `export { helper as check } from './helper';\n`);
		writeFileSync(join(root, 'src/lib/model/helper.ts'), helper);
		writeFileSync(join(root, 'package-lock.json'), '{}');
	}

	it('changes when any module the validator is made of changes, however deep', () => {
		project(temp, 'export const helper = 1;\n');
		const before = validatorCodeVersion(temp);
		expect(before).toBeDefined();
		expect(validatorCodeVersion(temp)).toBe(before);
		writeFileSync(join(temp, 'src/lib/model/helper.ts'), 'export const helper = 2;\n');
		expect(validatorCodeVersion(temp)).not.toBe(before);
	});

	it('changes when the packages change', () => {
		project(temp, 'export const helper = 1;\n');
		const before = validatorCodeVersion(temp);
		writeFileSync(join(temp, 'package-lock.json'), '{"zod":"5"}');
		expect(validatorCodeVersion(temp)).not.toBe(before);
	});

	it('is undefined, so nothing is cached, when a module cannot be found', () => {
		project(temp, 'export const helper = 1;\n');
		rmSync(join(temp, 'src/lib/model/helper.ts'));
		expect(validatorCodeVersion(temp)).toBeUndefined();
	});

	it('is found for this project', () => {
		expect(validatorCodeVersion()).toMatch(/^[0-9a-f]{64}$/);
	});
});
