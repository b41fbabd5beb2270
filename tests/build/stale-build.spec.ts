/**
 * A failed build must not leave the previous build/ behind looking current: a deploy step
 * that copies build/ after a failed `npm run build` would publish the old site as if the
 * new data were live. The build removes build/ before it validates.
 *
 * It runs `npm run build` in a copy of the project (sharing node_modules by a symlink), so
 * that the real build/ is not touched.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let temp: string | undefined;

afterAll(() => {
	if (temp) rmSync(temp, { recursive: true, force: true });
});

test('a build that fails validation leaves no build/ folder', async () => {
	temp = mkdtempSync(join(tmpdir(), 'citeline-stale-'));
	const project = join(temp, 'project');
	mkdirSync(project);
	for (const entry of ['src', 'static', 'scripts', 'package.json', 'svelte.config.js', 'vite.config.ts', 'vite.element.config.ts', 'tsconfig.json']) {
		cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');

	// Yesterday's good build…
	mkdirSync(join(project, 'build'));
	writeFileSync(join(project, 'build', 'index.html'), '<title>yesterday</title>');
	// …and today's data, which does not validate.
	mkdirSync(join(project, 'data', 'timelines', 'broken'), { recursive: true });
	writeFileSync(join(project, 'data', 'timelines', 'broken', 'timeline.json'), JSON.stringify({ format: 1, title: 'Broken', summary: 'No categories, no events.' }));

	const result = await new Promise<{ code: number; output: string }>((done) => {
		execFile('npm', ['run', 'build'], { cwd: project, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
			done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr })
		);
	});
	expect(result.code, result.output).not.toBe(0);
	expect(result.output).toContain('data/timelines/broken');
	expect(existsSync(join(project, 'build')), 'build/ is gone, not left as it was').toBe(false);
}, 120_000);
