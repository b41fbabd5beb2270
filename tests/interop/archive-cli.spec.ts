import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/lib/server/timelines';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = join(ROOT, 'tests/fixtures/studio/harbour-article.html');
const TEXT = join(ROOT, 'tests/fixtures/studio/council-notice.txt');
const temp = mkdtempSync(join(tmpdir(), 'citeline-archive-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function runArchive(...args: string[]) {
	const result = spawnSync('npx', ['tsx', 'scripts/archive.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
	return { status: result.status, out: result.stdout, err: result.stderr };
}

const START = { format: 1, title: 'Harbour wall', summary: 'The harbour wall is closed and repaired.', categories: [{ id: 'works', label: 'Works' }], events: [] };

describe('npm run archive', () => {
	const folder = join(temp, 'harbour-wall');
	mkdirSync(folder);
	writeFileSync(join(folder, 'timeline.json'), JSON.stringify(START, null, '\t') + '\n');

	it('archives a saved page\'s article text and adds the source with the metadata the page states', () => {
		const { status, out } = runArchive(PAGE, '--to', folder);
		expect(status).toBe(0);
		expect(out).toContain('wrote');
		const timeline = JSON.parse(readFileSync(join(folder, 'timeline.json'), 'utf8'));
		expect(timeline.sources).toEqual([
			{
				id: 'harbour-wall-closed-after-storm-damage',
				title: 'Harbour wall closed after storm damage',
				publisher: 'Millbrook Gazette',
				url: 'https://gazette.example.org/news/harbour-wall-closed',
				published: '2025-03-05',
				archive: 'sources/harbour-wall-closed-after-storm-damage.txt'
			}
		]);
		const text = readFileSync(join(folder, 'sources/harbour-wall-closed-after-storm-damage.txt'), 'utf8');
		expect(text).toContain('Engineers inspected the wall on the morning of 4 March');
		expect(text).not.toMatch(/script ran|onerror|tracker/);
	}, 30_000);

	it('archives a text file as it stands, with title and publisher unknown, and its quotes verify', () => {
		const { status } = runArchive(TEXT, '--to', folder);
		expect(status).toBe(0);
		const timeline = JSON.parse(readFileSync(join(folder, 'timeline.json'), 'utf8'));
		expect(timeline.sources[1]).toEqual({ id: 'council-notice', title: null, publisher: null, archive: 'sources/council-notice.txt' });
		expect(readFileSync(join(folder, 'sources/council-notice.txt'), 'utf8')).toBe(readFileSync(TEXT, 'utf8'));

		timeline.events.push({
			id: 'repairs',
			title: 'Repairs',
			when: '2025-03-10/2025-03-28',
			status: 'announced',
			category: 'works',
			citations: [
				{ source: 'council-notice', quote: 'The harbour wall will be repaired from 10 March to 28 March 2025.' },
				{ source: timeline.sources[0].id, quote: 'Repairs are expected to take place between 10 March and 21 March 2025' }
			]
		});
		writeFileSync(join(folder, 'timeline.json'), JSON.stringify(timeline));
		const result = validateFolder(folder, 'harbour-wall');
		expect(result.ok && result.timeline.events[0]?.citations.map((c) => c.verification.state)).toEqual(['verified', 'verified']);
	}, 30_000);

	it('refuses a file it cannot read, says why, and writes nothing', () => {
		const latin = join(temp, 'latin.txt');
		writeFileSync(latin, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
		const before = readFileSync(join(folder, 'timeline.json'), 'utf8');
		const { status, err } = runArchive(latin, '--to', folder);
		expect(status).toBe(1);
		expect(err).toContain('latin.txt is not valid UTF-8');
		expect(readFileSync(join(folder, 'timeline.json'), 'utf8')).toBe(before);
		expect(readdirSync(join(folder, 'sources'))).toHaveLength(2);
	}, 30_000);

	it('refuses a folder without timeline.json', () => {
		const { status, err } = runArchive(TEXT, '--to', join(temp, 'nothing-here'));
		expect(status).toBe(1);
		expect(err).toContain('no ');
		expect(existsSync(join(temp, 'nothing-here'))).toBe(false);
	}, 30_000);
});
