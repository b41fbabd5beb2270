/**
 * Bad data must never reach the site: `npm run validate` and the build itself both refuse a
 * timeline whose quote is not verbatim in its archived source or whose parent does not exist,
 * and say exactly where the problem is.
 *
 * Each test works on a copy of the dataset in a temporary folder; the real data is not touched.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = '2025-03-18-putin-trump-call';
const DATASET = join(ROOT, 'data/timelines', SLUG);

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
	return new Promise((done) => {
		execFile(
			command,
			args,
			{ cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, maxBuffer: 32 * 1024 * 1024 },
			(error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
		);
	});
}

/** Replaces exactly one occurrence of `from`, searching from `start`; fails loudly if the data changed. */
function replaceOnce(text: string, from: string, to: string, start = 0): { text: string; at: number } {
	const at = text.indexOf(from, start);
	if (at < 0) throw new Error(`the dataset no longer contains ${JSON.stringify(from)}: update this test`);
	return { text: text.slice(0, at) + to + text.slice(at + from.length), at };
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

interface Broken {
	/** The folder of timelines (holding one timeline folder). */
	dataDir: string;
	file: string;
	quote: { event: string; line: number; wrong: string };
	parent: { event: string; line: number; missing: string };
}

/** A copy of the dataset, broken in two independent ways in two different events. */
function makeBrokenCopy(under: string): Broken {
	const dataDir = join(under, 'timelines');
	const folder = join(dataDir, SLUG);
	cpSync(DATASET, folder, { recursive: true });
	const file = join(folder, 'timeline.json');
	let text = readFileSync(file, 'utf8');

	// 1. A quote altered so that it is no longer in the archived source.
	const wrong = 'involving 176 detainees from each side';
	const quote = replaceOnce(text, 'involving 175 detainees from each side', wrong);
	text = quote.text;

	// 2. A parent that does not exist, on a different event.
	const eventStart = text.indexOf('"id": "kursk-encircled-troops"');
	const nextEvent = text.indexOf('"id":', eventStart + 1);
	const parent = replaceOnce(text, '"parent": "phone-call"', '"parent": "no-such-event"', eventStart);
	if (eventStart < 0 || parent.at > nextEvent) throw new Error('kursk-encircled-troops no longer has a parent: update this test');
	text = parent.text;

	writeFileSync(file, text);
	return {
		dataDir,
		file,
		quote: { event: 'prisoner-exchange', line: lineOf(text, quote.at), wrong: '176 detainees' },
		parent: { event: 'kursk-encircled-troops', line: lineOf(text, parent.at), missing: 'no-such-event' }
	};
}

let temp: string;
let broken: Broken;

beforeAll(() => {
	temp = mkdtempSync(join(tmpdir(), 'citeline-broken-'));
	broken = makeBrokenCopy(temp);
});

afterAll(() => {
	if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('npm run validate', () => {
	test('the untouched dataset is valid', async () => {
		const result = await run('npx', ['tsx', 'scripts/validate.ts', 'data/timelines']);
		expect(result.stderr).not.toMatch(/✗/);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`✓ data/timelines/${SLUG}`);
	}, 60_000);

	test('a broken copy fails, naming the file, each event, field and line', async () => {
		const result = await run('npx', ['tsx', 'scripts/validate.ts', broken.dataDir]);
		expect(result.code).toBe(1);
		const lines = result.stderr.split('\n');

		const issue = (event: string, field: string) => {
			const found = lines.filter((l) => l.includes(`event "${event}"`) && l.includes(field));
			expect(found, `one problem reported for event "${event}" › ${field} in:\n${result.stderr}`).toHaveLength(1);
			return found[0]!.trim();
		};
		const where = (line: string) => {
			const match = /^(.+\/timeline\.json):(\d+):\d+ /.exec(line);
			expect(match, `a file:line:column location in: ${line}`).not.toBeNull();
			// The path is printed relative to the working directory: it must lead to the broken file.
			return { file: resolve(ROOT, match![1]!), line: Number(match![2]) };
		};

		const quote = issue(broken.quote.event, 'citations[0].quote');
		expect(where(quote)).toEqual({ file: broken.file, line: broken.quote.line });
		expect(quote).toContain('not found verbatim');
		expect(quote).toContain('6 detainees');

		const parent = issue(broken.parent.event, 'parent');
		expect(where(parent)).toEqual({ file: broken.file, line: broken.parent.line });
		expect(parent).toContain(broken.parent.missing);

		expect(result.stderr).toContain('2 problems');
	}, 60_000);
});

describe('vite build', () => {
	test('refuses the broken data on its own, without `npm run validate`', async () => {
		// SvelteKit ignores `--outDir` and always writes to .svelte-kit/ and build/ in the
		// project folder. So that this test cannot disturb the real build (or a running dev
		// server), it builds a copy of the project, sharing node_modules by a symlink. The build
		// runs scripts/validate.ts beside Vite's bundling (scripts/vite/validate-beside-build.ts).
		const project = join(temp, 'project');
		mkdirSync(project);
		for (const entry of ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts', 'scripts', 'tsconfig.json']) {
			cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
		}
		symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');

		const result = await run('npx', ['vite', 'build'], { cwd: project, env: { CITELINE_DATA: broken.dataDir } });
		const output = result.stdout + result.stderr;
		expect(result.code, output).not.toBe(0);
		expect(output).toContain('Timeline data is invalid');
		expect(output).toMatch(/event "prisoner-exchange" › citations\[0\]\.quote: quote not found verbatim/);
		expect(output).toMatch(/event "kursk-encircled-troops" › parent: parent event "no-such-event" does not exist/);
	}, 180_000);
});
