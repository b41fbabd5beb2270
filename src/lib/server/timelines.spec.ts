/**
 * Reading timeline folders from disk, against hostile or careless data: links out of the
 * folder, files in other encodings, YAML that explodes, repeated keys. Each test builds real
 * folders (and real symbolic links) in a temporary directory.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { formatIssue, type ValidationResult } from '../model/validate';
import { validateAll, validateFolder } from './timelines';

// A disk error (EIO), injected for any file of a folder named "failing-disk": what happens
// to one timeline when reading it throws for a reason nobody foresaw.
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
		if (String(path).includes('/failing-disk/')) throw Object.assign(new Error(`EIO: i/o error, read`), { code: 'EIO' });
		return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
	}) as typeof fs.readFileSync;
	return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const SECRET = 'root:x:0:0:root:/root:/bin/bash\nSECRET-ON-THE-BUILD-MACHINE\n';
const ARCHIVE = 'The bridge will close on 10 March.\nCafé owners in Millbrook were not consulted.\n';

function timeline(archive = 'sources/notice.txt', quote = 'The bridge will close on 10 March.') {
	return {
		format: 1,
		title: 'Bridge',
		summary: 'A bridge closes.',
		strict: true,
		categories: [{ id: 'works', label: 'Works' }],
		sources: [{ id: 'notice', title: 'Notice', publisher: 'Council', archive }],
		events: [{ id: 'closure', title: 'Closure', summary: 'It closes.', when: '2025-03-10', status: 'happened', category: 'works', citations: [{ source: 'notice', quote }] }]
	};
}

let temp: string;
let dataDir: string;
/** A file outside every timeline folder: what must never be read. */
let outside: string;

beforeEach(() => {
	temp = mkdtempSync(join(tmpdir(), 'citeline-folders-'));
	dataDir = join(temp, 'timelines');
	mkdirSync(dataDir);
	mkdirSync(join(temp, 'elsewhere'));
	outside = join(temp, 'elsewhere', 'passwd.txt');
	writeFileSync(outside, SECRET);
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

/** Writes a timeline folder: its timeline file (an object, or raw bytes) and archives. */
function folder(slug: string, file: { name?: string; content?: unknown } = {}, archives: Record<string, string | Uint8Array> = { 'sources/notice.txt': ARCHIVE }): string {
	const dir = join(dataDir, slug);
	mkdirSync(join(dir, 'sources'), { recursive: true });
	const name = file.name ?? 'timeline.json';
	const content = file.content ?? timeline();
	const body = content instanceof Uint8Array || typeof content === 'string' ? content : name.endsWith('.json') ? JSON.stringify(content, null, 2) : toYaml(content);
	writeFileSync(join(dir, name), body);
	for (const [path, text] of Object.entries(archives)) writeFileSync(join(dir, path), text);
	return dir;
}

function issuesOf(result: ValidationResult): string[] {
	if (result.ok) throw new Error('expected the timeline to be refused');
	return result.issues.map(formatIssue);
}

const byteOf = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
function utf16le(text: string): Uint8Array {
	const out = [0xff, 0xfe];
	for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
	return Uint8Array.from(out);
}

describe('symbolic links: nothing outside the timeline folder is read', () => {
	it('refuses an archive that is a link out of the folder, naming file, source and field, and verifies nothing from it', () => {
		const dir = folder('bridge', { content: timeline('sources/passwd.txt', 'SECRET-ON-THE-BUILD-MACHINE') });
		symlinkSync(outside, join(dir, 'sources/passwd.txt'));
		const result = validateFolder(dir, 'bridge');
		const issues = issuesOf(result);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatch(/timeline\.json:\d+:\d+ source "notice" › archive: archived text "sources\/passwd\.txt" is a symbolic link that leads outside the timeline folder/);
		expect(JSON.stringify(result)).not.toContain('SECRET');
	});

	it('refuses an archive inside a folder that is a link out, naming that folder', () => {
		const dir = folder('bridge', { content: timeline('sources/passwd.txt', 'SECRET-ON-THE-BUILD-MACHINE') }, {});
		rmSync(join(dir, 'sources'), { recursive: true });
		symlinkSync(join(temp, 'elsewhere'), join(dir, 'sources'));
		const issues = issuesOf(validateFolder(dir, 'bridge'));
		expect(issues).toEqual([expect.stringContaining('archived text "sources/passwd.txt" passes through "sources", a symbolic link that leads outside the timeline folder')]);
	});

	it('refuses a link that leads out through another link inside the folder', () => {
		const dir = folder('bridge', { content: timeline('sources/inner.txt', 'SECRET-ON-THE-BUILD-MACHINE') }, {});
		symlinkSync(outside, join(dir, 'out.txt'));
		symlinkSync('../out.txt', join(dir, 'sources/inner.txt'));
		expect(issuesOf(validateFolder(dir, 'bridge'))).toEqual([expect.stringContaining('leads outside the timeline folder')]);
	});

	it('follows a link that stays inside the folder', () => {
		const dir = folder('bridge', {}, { 'original.txt': ARCHIVE });
		symlinkSync('../original.txt', join(dir, 'sources/notice.txt'));
		const result = validateFolder(dir, 'bridge');
		expect(result.ok && result.archives.get('notice')).toBe(ARCHIVE);
	});

	it('refuses a link to nothing, and a folder named like an archive', () => {
		const dangling = folder('dangling');
		rmSync(join(dangling, 'sources/notice.txt'));
		symlinkSync(join(temp, 'no-such-file.txt'), join(dangling, 'sources/notice.txt'));
		expect(issuesOf(validateFolder(dangling, 'dangling'))).toEqual([expect.stringContaining('is a symbolic link that points to nothing')]);

		const directory = folder('directory', {}, {});
		mkdirSync(join(directory, 'sources/notice.txt'));
		expect(issuesOf(validateFolder(directory, 'directory'))).toEqual([expect.stringContaining('"sources/notice.txt" is a folder, not a text file')]);
	});

	it('still says "not found" for an archive that simply is not there', () => {
		const dir = folder('bridge', {}, {});
		expect(issuesOf(validateFolder(dir, 'bridge'))).toEqual([expect.stringContaining('archived text "sources/notice.txt" not found in the timeline folder')]);
	});

	it('refuses a timeline file that is a link out of its folder', () => {
		const dir = folder('bridge');
		rmSync(join(dir, 'timeline.json'));
		const stolen = join(temp, 'elsewhere', 'timeline.json');
		writeFileSync(stolen, JSON.stringify(timeline()));
		symlinkSync(stolen, join(dir, 'timeline.json'));
		expect(issuesOf(validateFolder(dir, 'bridge'))).toEqual([expect.stringMatching(/bridge\/timeline\.json: this file is a symbolic link that leads outside the timeline folder/)]);
	});

	it('refuses a timeline folder that is a link out of the timelines folder, and reads one that stays inside', () => {
		folder('bridge');
		const away = join(temp, 'away');
		mkdirSync(join(away, 'sources'), { recursive: true });
		writeFileSync(join(away, 'timeline.json'), JSON.stringify(timeline()));
		writeFileSync(join(away, 'sources/notice.txt'), ARCHIVE);
		symlinkSync(away, join(dataDir, 'away'));
		symlinkSync(join(dataDir, 'bridge'), join(dataDir, 'bridge-again'));

		const results = validateAll(dataDir);
		expect(results.map((r) => [r.slug, r.result.ok])).toEqual([
			['away', false],
			['bridge', true],
			['bridge-again', true]
		]);
		expect(issuesOf(results[0]!.result)).toEqual([expect.stringContaining('away: this folder is a symbolic link that leads outside')]);
	});
});

describe('one timeline that cannot be read does not stop the others', () => {
	// Each level refers to the one before nine times: 9^8 strings from a few hundred bytes.
	const levels = 'abcdefgh'.split('');
	const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
		.concat(levels.slice(1).map((name, i) => `${name}: &${name} [${Array(9).fill(`*${levels[i]}`).join(', ')}]`))
		.join('\n');

	it('reports a YAML alias bomb against its file, and validates the other timelines', () => {
		folder('a-bomb', { name: 'timeline.yaml', content: bomb });
		folder('bridge');

		const results = validateAll(dataDir);
		expect(results.map((r) => [r.slug, r.result.ok])).toEqual([
			['a-bomb', false],
			['bridge', true]
		]);
		expect(issuesOf(results[0]!.result)).toEqual([expect.stringMatching(/a-bomb\/timeline\.yaml: not valid YAML: .*aliases/)]);
	});

	it('reports any other failure to read against the timeline file, and validates the other timelines', () => {
		folder('bridge');
		folder('failing-disk');
		const results = validateAll(dataDir);
		expect(results.map((r) => [r.slug, r.result.ok])).toEqual([
			['bridge', true],
			['failing-disk', false]
		]);
		expect(issuesOf(results[1]!.result)).toEqual([expect.stringMatching(/failing-disk\/timeline\.json: could not be checked: EIO: i\/o error/)]);
	});
});

describe('encodings: UTF-8, or UTF-16 with a byte-order mark; nothing else', () => {
	it('refuses a Latin-1 archive, with its byte offset, and verifies no quote from it', () => {
		const offset = ARCHIVE.indexOf('é');
		folder('bridge', {}, { 'sources/notice.txt': latin1(ARCHIVE) });
		const result = validateFolder(join(dataDir, 'bridge'), 'bridge');
		expect(issuesOf(result)).toEqual([
			expect.stringContaining(`source "notice" › archive: archived text "sources/notice.txt" is not valid UTF-8 at byte ${offset} (line 2, 0xE9)`)
		]);
	});

	it('reads a UTF-16 archive with a byte-order mark, and verifies its quotes', () => {
		folder('bridge', { content: timeline(undefined, 'Café owners in Millbrook') }, { 'sources/notice.txt': utf16le(ARCHIVE) });
		const result = validateFolder(join(dataDir, 'bridge'), 'bridge');
		if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
		expect(result.archives.get('notice')).toBe(ARCHIVE);
		expect(result.timeline.events[0]?.citations[0]?.verification.state).toBe('verified');
	});

	it('reads a timeline.json that starts with a UTF-8 byte-order mark', () => {
		folder('bridge', { content: Uint8Array.from([0xef, 0xbb, 0xbf, ...byteOf(JSON.stringify(timeline()))]) });
		const result = validateFolder(join(dataDir, 'bridge'), 'bridge');
		expect(result.ok || result.issues.map(formatIssue)).toBe(true);
	});

	it('reads a UTF-16 timeline.yaml', () => {
		folder('bridge', { name: 'timeline.yaml', content: utf16le(toYaml(timeline())) });
		expect(validateFolder(join(dataDir, 'bridge'), 'bridge').ok).toBe(true);
	});

	it('refuses a Latin-1 timeline file, with its byte offset and line', () => {
		const text = toYaml(timeline()).replace('title: Bridge', 'title: Pont de la Défense');
		folder('bridge', { name: 'timeline.yaml', content: latin1(text) });
		expect(issuesOf(validateFolder(join(dataDir, 'bridge'), 'bridge'))).toEqual([
			expect.stringMatching(new RegExp(`bridge/timeline\\.yaml: this file is not valid UTF-8 at byte ${text.indexOf('é')} \\(line 2, 0xE9\\)`))
		]);
	});
});

describe('repeated keys fail validation', () => {
	it('in timeline.json, naming the key', () => {
		const text = JSON.stringify(timeline(), null, 2).replace('"title": "Bridge",', '"title": "Bridge",\n  "title": "Other bridge",');
		folder('bridge', { content: text });
		expect(issuesOf(validateFolder(join(dataDir, 'bridge'), 'bridge'))).toEqual([expect.stringMatching(/timeline\.json:4:3: this key appears twice in the same object: "title" \(first on line 3\)/)]);
	});

	it('in timeline.yaml, naming the key', () => {
		folder('bridge', { name: 'timeline.yaml', content: toYaml(timeline()).replace('summary: A bridge closes.', 'summary: A bridge closes.\nsummary: Again.') });
		expect(issuesOf(validateFolder(join(dataDir, 'bridge'), 'bridge'))).toEqual([expect.stringMatching(/timeline\.yaml:4:1: this key appears twice in the same object: "summary"/)]);
	});
});
