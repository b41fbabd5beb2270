/**
 * `npm run dev` while authoring: an edit of a timeline's files shows in the open page without
 * restarting the server, and an edit that breaks the data shows validation's report there
 * (scripts/vite/reload-on-data-change.ts, src/hooks.server.ts).
 *
 * Runs its own dev server on a copy of the call timeline, so that editing it changes nothing
 * of the repository's data or of the built site the other tests use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { dataset, eventById, SLUG } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 4176;
const ORIGIN = `http://localhost:${PORT}`;

test.describe.configure({ mode: 'serial' });

let dataDir: string;
let timelineFile: string;
let original: string;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	dataDir = mkdtempSync(join(tmpdir(), 'citeline-dev-'));
	cpSync(join(ROOT, 'data/timelines', SLUG), join(dataDir, SLUG), { recursive: true });
	timelineFile = join(dataDir, SLUG, 'timeline.json');
	original = readFileSync(timelineFile, 'utf8');
	server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'dev', '--port', String(PORT), '--strictPort'], {
		cwd: ROOT,
		env: { ...process.env, CITELINE_DATA: dataDir },
		stdio: 'ignore',
		detached: true
	});
	// Ready once it answers; the first answer may wait for Vite's optimisation of dependencies.
	await expect
		.poll(async () => fetch(`${ORIGIN}/`).then((r) => r.status, () => 0), { timeout: 100_000, intervals: [500] })
		.toBe(200);
});

test.afterAll(() => {
	if (server?.pid !== undefined) process.kill(-server.pid);
	rmSync(dataDir, { recursive: true, force: true });
});

test.afterEach(() => writeFileSync(timelineFile, original));

/** Opens the explorer and waits for its first view, so that the page is the one the edit must reach. */
async function openExplorer(page: import('@playwright/test').Page) {
	await page.goto(`${ORIGIN}/t/${SLUG}`);
	await page.waitForFunction(() => (window as { __ready?: number }).__ready !== undefined, null, { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
}

test('an edit of timeline.json shows in the open page and in the list, without restarting the server', async ({ page, request }) => {
	await openExplorer(page);
	const event = eventById('prisoner-exchange');
	const title = `${dataset.title} (revised)`;
	const eventTitle = `${event.title}, as revised`;
	writeFileSync(
		timelineFile,
		original.replace(JSON.stringify(dataset.title), JSON.stringify(title)).replace(JSON.stringify(event.title), JSON.stringify(eventTitle))
	);

	// The page reloads by itself: no navigation here.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 30_000 });
	// The list without JavaScript is read afresh too.
	const list = await request.get(`${ORIGIN}/t/${SLUG}/events/1`);
	expect(await list.text()).toContain(eventTitle);
});

test('an edit that puts an invented quote in the data shows the report on the page, and fixing it brings the timeline back', async ({ page }) => {
	await openExplorer(page);
	const quote = eventById('phone-call').citations[0]!.quote;
	writeFileSync(timelineFile, original.replace(JSON.stringify(quote), JSON.stringify(`Reportedly, ${quote}`)));

	const report = page.locator('pre.report');
	await expect(report).toContainText('quote not found verbatim', { timeout: 30_000 });
	// The report names the file, the event and the field.
	await expect(report).toContainText(`${SLUG}/timeline.json`);
	await expect(report).toContainText('event "phone-call" › citations[0].quote');

	writeFileSync(timelineFile, original);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title, { timeout: 30_000 });
	await expect(report).toHaveCount(0);
});
