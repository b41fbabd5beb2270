import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'src/lib/interop/import/fixtures/harbour.timelinejs3.json');
const temp = mkdtempSync(join(tmpdir(), 'citeline-import-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function runImport(...args: string[]) {
	const result = spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
	return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run import', () => {
	const folder = join(temp, 'harbour');

	it('imports a good file: prints the format, counts and problems, writes timeline.json and validates it', () => {
		const { status, out } = runImport(FIXTURE, '--to', folder);
		expect(status).toBe(0);
		expect(out).toContain('TimelineJS 3 JSON: 5 events, 2 lanes, 1 era; 11 problems listed above');
		expect(out).toContain('event 6 ("Ides of March"): unique_id: "plans" asks for the id "plans", which event 1 ("Plans published") already has: this event\'s id is "plans-2"');
		expect(out).toContain('event 4 ("No date at all"): start_date: no start date: not placed');
		expect(out).toContain(`✓ ${folder}: 5 events, valid`);
		const written = JSON.parse(readFileSync(join(folder, 'timeline.json'), 'utf8'));
		expect(written).toMatchObject({ format: 1, unsourced: true, strict: false });
	}, 30_000);

	it('does not overwrite an existing timeline.json without --force', () => {
		writeFileSync(join(folder, 'timeline.json'), '{"kept": true}\n');
		const refused = runImport(FIXTURE, '--to', folder);
		expect(refused.status).toBe(1);
		expect(refused.err).toContain('exists; add --force to replace it');
		expect(readFileSync(join(folder, 'timeline.json'), 'utf8')).toBe('{"kept": true}\n');
		expect(runImport(FIXTURE, '--to', folder, '--force').status).toBe(0);
	}, 30_000);

	it('writes nothing for an unreadable file and says why', () => {
		const broken = join(temp, 'broken.json');
		writeFileSync(broken, '{"events": [');
		const target = join(temp, 'broken');
		const { status, err } = runImport(broken, '--to', target);
		expect(status).toBe(1);
		expect(err).toContain('nothing written: broken.json is not JSON');
		expect(existsSync(target)).toBe(false);
	}, 30_000);

	it('refuses a --to folder whose name is not a slug before writing anything, in one line saying what a slug is', () => {
		const target = join(temp, 'Harbour 1815');
		const { status, err } = runImport(FIXTURE, '--to', target);
		expect(status).toBe(1);
		expect(err.trim().split('\n')).toHaveLength(1);
		expect(err).toContain('"Harbour 1815" is not a slug');
		expect(err).toContain('lowercase letters a–z, digits and single hyphens');
		expect(existsSync(target)).toBe(false);
	}, 30_000);
});
