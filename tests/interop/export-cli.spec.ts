/** `npm run export` end to end: the real script, run as a user runs it. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SLUG = '2025-03-18-putin-trump-call';

async function exportCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('npx', ['tsx', 'scripts/export.ts', ...args], { env: { ...process.env, NO_COLOR: '1' } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

/** npm may add its own warnings to stderr; these are the script's lines. */
const ours = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('export:'));

describe('npm run export', () => {
	it('writes the CSV of a window to stdout', async () => {
		const { code, stdout } = await exportCli(SLUG, '--format', 'csv', '--from', '2025-03-19', '--to', '2025-03-19');
		expect(code).toBe(0);
		expect([...new Set(csvParse(stdout).map((r) => r.id))]).toEqual(['energy-strike-pause', 'black-sea-talks', 'ukraine-territorial-integrity', 'wounded-soldiers-handover', 'prisoner-exchange']);
	}, 30_000);

	it('writes a calendar of some lanes to --out, from a folder path, and says what it left out', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'citeline-export-')), 'call.ics');
		const { code, stdout, stderr } = await exportCli(`data/timelines/${SLUG}`, '--format', 'ics', '--category', 'humanitarian,security', '--base-url', 'https://citeline.example', '--out', out);
		expect(code).toBe(0);
		expect(stdout).toBe('');
		expect(readFileSync(out, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(4);
		expect(ours(stderr)).toEqual([
			`export: wrote ${out} (Calendar (.ics), the filtered events of ${SLUG})`,
			'export: event "black-sea-talks" is not in the calendar: its exact date is not reported (on or after 2025-03-18)',
			'export: event "wounded-soldiers-handover" is not in the calendar: its exact date is not reported (on or after 2025-03-18)'
		]);
	}, 30_000);

	it.each([
		[[SLUG, '--format', 'pdf'], 'export: unknown format "pdf"; the formats are json, timelinejs, csv, ics, svg, png, annotations'],
		[['no-such-timeline', '--format', 'csv'], 'export: no timeline "no-such-timeline": not a folder, and not a slug in data/timelines'],
		[[SLUG, '--format', 'csv', '--category', 'sport'], `export: --category: "sport" is not a category of ${SLUG} (call, ceasefire, security, humanitarian, diplomacy)`],
		[[SLUG, '--format', 'csv', '--from', '19 March'], 'export: --from: "19 March" is not a valid EDTF date (expected e.g. 2025-03-19, 2025-03, 2025-03-19?, 2025-03-18T10:00Z)'],
		[[SLUG, '--format', 'csv', '--from', '2025-03-20', '--to', '2025-03-19'], 'export: --to 2025-03-19 is before --from 2025-03-20']
	])('refuses %j with one clear line and status 1', async (args, line) => {
		const { code, stdout, stderr } = await exportCli(...args);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(ours(stderr)).toEqual([line]);
	}, 30_000);
});
