/**
 * What the command-line tools do with data that is hostile or careless: a timeline that links
 * to a file of the build machine, a YAML alias bomb, ids carrying terminal control sequences,
 * files in other encodings. `npm run validate` reports each against its own file, goes on with
 * the other timelines, prints no control character and no byte of the linked file; `npm run
 * import` reads UTF-16 as /import does, and refuses Latin-1 with the byte where it fails.
 *
 * Each test works in a temporary folder; the real data is not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = '2025-03-18-putin-trump-call';
const DATASET = join(ROOT, 'data/timelines', SLUG);
const SECRET = 'SECRET-LINE-OF-THE-BUILD-MACHINE';

function run(script: string, ...args: string[]) {
	const result = spawnSync('npx', ['tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function utf16le(text: string): Buffer {
	return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

let temp: string;
beforeAll(() => {
	temp = mkdtempSync(join(tmpdir(), 'citeline-hostile-'));
});
afterAll(() => {
	if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('npm run validate on hostile timelines', () => {
	test('reports each against its file, validates the others, and prints neither control characters nor linked files', () => {
		const dataDir = join(temp, 'timelines');
		const secret = join(temp, 'passwd');
		writeFileSync(secret, `root:x:0:0:root:/root:/bin/bash\n${SECRET}\n`);
		const copy = (slug: string) => {
			cpSync(DATASET, join(dataDir, slug), { recursive: true });
			return join(dataDir, slug);
		};
		const timelineOf = (folder: string) => JSON.parse(readFileSync(join(folder, 'timeline.json'), 'utf8'));

		// 1. An archive that is a link to a file of the build machine, and a quote from that file.
		const stolen = copy('a-stolen-archive');
		const stolenData = timelineOf(stolen);
		stolenData.sources[0].archive = 'sources/passwd.txt';
		stolenData.events[0].citations[0].quote = SECRET;
		writeFileSync(join(stolen, 'timeline.json'), JSON.stringify(stolenData, null, '\t'));
		symlinkSync(secret, join(stolen, 'sources/passwd.txt'));

		// 2. A YAML alias bomb.
		const bomb = join(dataDir, 'b-alias-bomb');
		mkdirSync(bomb, { recursive: true });
		const levels = 'abcdefgh'.split('');
		writeFileSync(
			join(bomb, 'timeline.yaml'),
			['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
				.concat(levels.slice(1).map((name, i) => `${name}: &${name} [${Array(9).fill(`*${levels[i]}`).join(', ')}]`))
				.join('\n')
		);

		// 3. A date that carries terminal control sequences (clear the screen, set the window title).
		const controls = copy('c-control-characters');
		const controlData = timelineOf(controls);
		controlData.events[0].when = 'x\u001b[2J\u001b]0;pwned\u0007';
		writeFileSync(join(controls, 'timeline.json'), JSON.stringify(controlData, null, '\t'));

		// 4. A timeline.json saved with a byte-order mark, and an archive in UTF-16: both fine.
		const marked = copy('d-byte-order-marks');
		const file = join(marked, 'timeline.json');
		writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
		const archive = join(marked, 'sources', `${timelineOf(stolen).sources[1].archive.split('/').pop()}`);
		writeFileSync(archive, utf16le(readFileSync(archive, 'utf8')));

		const result = run('scripts/validate.ts', dataDir);
		const output = result.stdout + result.stderr;
		expect(result.code, output).toBe(1);

		expect(result.stderr).toMatch(/a-stolen-archive\/timeline\.json:\d+:\d+ source "[^"]+" › archive: archived text "sources\/passwd\.txt" is a symbolic link that leads outside the timeline folder/);
		expect(result.stderr).toMatch(/b-alias-bomb\/timeline\.yaml: not valid YAML: .*aliases/);
		expect(result.stderr).toMatch(/c-control-characters\/timeline\.json:\d+:\d+ event "[^"]+" › when: date "x\\u001b\[2J\\u001b\]0;pwned\\u0007" is not a valid EDTF date/);
		expect(result.stdout).toMatch(/✓ \S+d-byte-order-marks: \d+ events, 2 sources, (\d+)\/\1 quotes verified/);
		expect(result.stderr).toContain('3 of 4 timelines invalid');

		expect(output).not.toContain(SECRET);
		expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
	}, 60_000);
});

describe('npm run import reads bytes as /import does', () => {
	const FIXTURE = join(ROOT, 'src/lib/interop/import/fixtures/harbour.timelinejs3.json');

	test('imports a UTF-16 file with a byte-order mark like its UTF-8 original', () => {
		const file = join(temp, 'harbour-utf16.json');
		writeFileSync(file, utf16le(readFileSync(FIXTURE, 'utf8')));
		const target = join(temp, 'harbour');
		const result = run('scripts/import.ts', file, '--to', target);
		expect(result.code, result.stdout + result.stderr).toBe(0);
		expect(result.stdout).toContain('TimelineJS 3 JSON: 5 events, 2 lanes, 1 era');
		expect(JSON.parse(readFileSync(join(target, 'timeline.json'), 'utf8')).events).toHaveLength(5);
	}, 30_000);

	test('refuses a Latin-1 file, naming the byte, and writes nothing', () => {
		const file = join(temp, 'cafes.csv');
		writeFileSync(file, Buffer.from('date,title\n2025-03-18,Caf\xe9 opens\n', 'latin1'));
		const target = join(temp, 'cafes');
		const result = run('scripts/import.ts', file, '--to', target);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`nothing written: ${file} is not valid UTF-8 at byte ${'date,title\n2025-03-18,Caf'.length} (line 2, 0xE9)`);
		expect(existsSync(target)).toBe(false);
	}, 30_000);
});
