/**
 * The studio, used as a reporter would: from nothing to a timeline folder that validates,
 * through the page alone. Passages are selected with the browser's Selection API, as a mouse
 * drag or a long press would leave them; everything else is clicks and typing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { validateFolder } from '../../src/lib/server/timelines';
import { unzipText } from '../../src/lib/studio/zip';
import { collectErrors } from './helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = join(ROOT, 'tests/fixtures/studio/harbour-article.html');
const NOTICE_TEXT = readFileSync(join(ROOT, 'tests/fixtures/studio/council-notice.txt'), 'utf8');

/** Selects `passage` in the source shown in the reader, as a drag across it would. */
async function selectPassage(page: Page, passage: string) {
	const found = await page.evaluate((wanted) => {
		const root = document.querySelector('.text[data-source]');
		if (!root) return 'no source text shown';
		const nodes: { node: Text; at: number }[] = [];
		let all = '';
		for (const piece of root.querySelectorAll<HTMLElement>('[data-start]')) {
			const node = piece.firstChild;
			if (!(node instanceof Text)) continue;
			nodes.push({ node, at: all.length });
			all += node.data;
		}
		const start = all.indexOf(wanted);
		if (start === -1) return `passage not in the text: ${wanted}`;
		const end = start + wanted.length;
		const locate = (offset: number, isEnd: boolean) => {
			const hit = nodes.findLast((n) => (isEnd ? n.at < offset : n.at <= offset)) ?? nodes[0];
			return { node: hit!.node, offset: offset - hit!.at };
		};
		const a = locate(start, false);
		const b = locate(end, true);
		document.getSelection()?.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
		return 'ok';
	}, passage);
	expect(found).toBe('ok');
	await expect(page.locator('.cite .passage')).toHaveText(passage);
}

async function citeInNewEvent(page: Page, passage: string, title: string) {
	await selectPassage(page, passage);
	await page.locator('#cite-new-title').fill(title);
	await page.getByRole('button', { name: 'Cite in new event' }).click();
	await expect(page.locator('#ev-title')).toHaveValue(title);
}

async function citeInEvent(page: Page, passage: string, title: string) {
	await selectPassage(page, passage);
	await page.locator('#cite-event').selectOption({ label: title });
	await page.getByRole('button', { name: 'Cite in this event' }).click();
}

async function dateAndStatus(page: Page, when: string, reading: string, status: string) {
	await page.locator('#ev-when').fill(when);
	await expect(page.locator('#ev-when-reading')).toHaveText(`Reads as: ${reading}`);
	await page.locator('#ev-status').selectOption(status);
}

/** Takes the focus out of any text field, as a click on the page's background would. */
async function leaveFields(page: Page) {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function openSource(page: Page, name: string) {
	await page.getByRole('group', { name: 'Sources' }).getByRole('button', { name }).click();
}

test('a reporter builds a two-source timeline from nothing, and the saved folder validates with every quote verified', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = collectErrors(page);
	const remote: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith('http://localhost')) remote.push(request.url());
	});
	await page.goto('/studio');
	await expect(page.getByRole('heading', { name: 'Studio', level: 1 })).toBeVisible();

	// The timeline.
	await page.locator('#tl-title').fill('Harbour wall repairs');
	await page.locator('#tl-summary').fill('The harbour wall is closed after a storm and repaired; the sources disagree on when the work ends.');
	await page.locator('#tl-slug').fill('harbour-wall');

	// A saved web page: its article text, with the metadata the page states.
	await page.getByLabel('Load a saved web page (.html) or a text file (.txt)').setInputFiles(ARTICLE);
	const gazette = 'Harbour wall closed after storm damage';
	await expect(page.getByRole('group', { name: 'Sources' }).getByRole('button', { name: gazette })).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Source details' }).click();
	await expect(page.locator('#src-title')).toHaveValue(gazette);
	await expect(page.locator('#src-publisher')).toHaveValue('Millbrook Gazette');
	await expect(page.locator('#src-url')).toHaveValue('https://gazette.example.org/news/harbour-wall-closed');
	await expect(page.locator('#src-published')).toHaveValue('2025-03-05');
	// The page's scripts and handlers never ran, and nothing it names was fetched.
	expect(await page.evaluate(() => (window as unknown as { __citelinePwned?: string }).__citelinePwned)).toBeUndefined();
	expect(remote).toEqual([]);

	// A pasted text, with no metadata: unknown, not guessed.
	await page.getByRole('button', { name: '+ Add a source' }).click();
	await page.locator('#paste-text').fill(NOTICE_TEXT);
	await page.getByLabel('Title of the pasted source (if it has one)').fill('Notice: harbour wall repairs');
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	const notice = 'Notice: harbour wall repairs';
	await page.getByRole('button', { name: 'Source details' }).click();
	await expect(page.locator('#src-publisher')).toBeDisabled();

	// Six passages across both sources into five events: a point, a range, an uncertain date, a month.
	await openSource(page, gazette);
	await citeInNewEvent(page, 'The harbour wall at Millbrook was closed to the public on 3 March 2025', 'Harbour wall closed');
	await dateAndStatus(page, '2025-03-03', '3 March 2025', 'happened');

	await citeInNewEvent(page, 'Engineers inspected the wall on the morning of 4 March', 'Engineers inspect the wall');
	await dateAndStatus(page, '2025-03-04', '4 March 2025', 'happened');

	await citeInNewEvent(page, 'Repairs are expected to take place between 10 March and 21 March 2025', 'Repairs to the wall');
	await dateAndStatus(page, '2025-03-10/2025-03-21', 'from 10 to 21 March 2025 (11 days)', 'announced');

	await citeInNewEvent(page, 'The wall was last repaired in the spring of 2019', 'Wall last repaired');
	await dateAndStatus(page, '2019?', '2019 (date uncertain)', 'happened');

	await openSource(page, notice);
	await citeInEvent(page, 'The harbour wall will be repaired from 10 March to 28 March 2025.', 'Repairs to the wall');
	await citeInNewEvent(page, 'The Board met in February 2025 and agreed to set aside funds for the wall.', 'Board sets aside funds');
	await dateAndStatus(page, '2025-02', 'February 2025', 'agreed');

	// The passages stay marked in the source, each with its event.
	await expect(page.locator('.text .tag')).toHaveText(['Repairs to the wall', 'Board sets aside funds']);

	// One discrepancy: two passages that disagree.
	await selectPassage(page, 'from 10 March to 28 March 2025');
	await page.getByLabel('Title of the new discrepancy').fill('When the repairs end');
	await page.getByRole('button', { name: 'Add as a claim' }).click();
	await openSource(page, gazette);
	await selectPassage(page, 'between 10 March and 21 March 2025');
	await page.locator('#cite-discrepancy').selectOption({ label: 'When the repairs end' });
	await page.getByRole('button', { name: 'Add as a claim' }).click();
	await page.locator('#dc-note').fill('The harbour board gives 28 March as the end of the repairs; the Gazette reports 21 March.');
	await page.getByRole('group', { name: 'Events it bears on' }).getByLabel('Repairs to the wall').check();

	// The validator the build runs has nothing to say; the preview shows the timeline.
	await expect(page.getByRole('heading', { name: 'No problems' })).toBeVisible();
	await expect(page.getByText('Valid: 5 events, 2 sources, 6/6 quotes verified, 2/2 claims of discrepancies verified.')).toBeVisible();
	await expect(page.locator('.preview h3')).toHaveText('Harbour wall repairs');
	await expect(page.locator('.preview')).toContainText('Wall last repaired');

	// Saved as a zip (no folder picker in a headless browser), unpacked into a folder of timelines.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save as zip' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('harbour-wall.zip');
	const zipped = unzipText(new Uint8Array(readFileSync(await download.path())));
	const timelines = mkdtempSync(join(tmpdir(), 'citeline-studio-'));
	try {
		for (const [path, text] of zipped) {
			mkdirSync(dirname(join(timelines, path)), { recursive: true });
			writeFileSync(join(timelines, path), text);
		}
		expect([...zipped.keys()].sort()).toEqual(['harbour-wall/sources/harbour-wall-closed-after-storm-damage.txt', 'harbour-wall/sources/notice-harbour-wall-repairs.txt', 'harbour-wall/timeline.json']);
		expect(zipped.get('harbour-wall/sources/notice-harbour-wall-repairs.txt')).toBe(NOTICE_TEXT);

		// `npm run validate` passes on it as it is.
		const validate = spawnSync('npx', ['tsx', 'scripts/validate.ts', timelines], { cwd: ROOT, encoding: 'utf8' });
		expect(validate.stderr + validate.stdout).toContain('harbour-wall: 5 events, 2 sources, 6/6 quotes verified');
		expect(validate.status).toBe(0);

		// What the explorer is built from: every quote verified, with the metadata the page stated.
		const result = validateFolder(join(timelines, 'harbour-wall'), 'harbour-wall');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const quotes = [...result.timeline.events.flatMap((e) => e.citations), ...result.timeline.discrepancies.flatMap((d) => d.claims)];
		expect(quotes.map((q) => q.verification.state)).toEqual(Array(8).fill('verified'));
		expect(result.timeline.events.map((e) => e.when.edtf)).toEqual(['2019?', '2025-02', '2025-03-03', '2025-03-04', '2025-03-10/2025-03-21']);
		expect(result.timeline.sources.map((s) => [s.title, s.publisher, s.url])).toEqual([
			[gazette, 'Millbrook Gazette', 'https://gazette.example.org/news/harbour-wall-closed'],
			[notice, null, undefined]
		]);
	} finally {
		rmSync(timelines, { recursive: true, force: true });
	}
	// Chromium reports each inline handler of the loaded page (onload, onerror) as refused by the
	// studio's content policy when the inert document is parsed: refused, and never run. Nothing else.
	expect(errors.filter((e) => !/Executing inline event handler violates the following Content Security Policy/.test(e))).toEqual([]);
});

test('a closed tab loses nothing: the draft kept in the browser comes back', async ({ context }) => {
	const page = await context.newPage();
	await page.goto('/studio');
	await page.locator('#tl-title').fill('Half-written timeline');
	await page.getByRole('button', { name: '+ Add a source' }).click();
	await page.locator('#paste-text').fill(NOTICE_TEXT);
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	await citeInNewEvent(page, 'The Board met in February 2025', 'Board meets');
	await page.locator('#ev-when').fill('2025-02');
	await expect(page.getByText(/Draft kept in this browser \(IndexedDB, on this device only\), saved at/)).toBeVisible();
	await page.close();

	const again = await context.newPage();
	await again.goto('/studio');
	await expect(again.getByText(/Restored your draft from this browser/)).toBeVisible();
	await expect(again.locator('#tl-title')).toHaveValue('Half-written timeline');
	await again.getByRole('navigation', { name: 'Timeline outline' }).getByRole('button', { name: /Board meets/ }).click();
	await expect(again.locator('#ev-when')).toHaveValue('2025-02');
	await expect(again.locator('.citations blockquote')).toHaveText('The Board met in February 2025');
	await expect(again.locator('.text .tag')).toHaveText(['Board meets']);
});

test('problems lead to their field, shortcuts make events and step through problems, and undo and redo', async ({ page }) => {
	await page.goto('/studio');
	await page.locator('#tl-title').fill('T');
	await page.locator('#tl-summary').fill('S');
	await leaveFields(page);
	await page.keyboard.press('n');
	await expect(page.locator('#ev-title')).toBeFocused();
	await page.locator('#ev-title').fill('Undated');
	await page.getByRole('navigation', { name: 'Timeline outline' }).getByRole('button', { name: /^Timeline/ }).click();

	// Named after its title once it has one; the problem names the event and the field, and leads to it.
	const problem = page.locator('.problems button', { hasText: 'event "undated" › when' });
	await problem.click();
	await expect(page.locator('#ev-when')).toBeFocused();

	await leaveFields(page);
	await page.getByRole('navigation', { name: 'Timeline outline' }).getByRole('button', { name: /^Timeline/ }).click();
	await page.keyboard.press('F8');
	await expect(page.locator('[data-editing="event"]')).toBeVisible();

	await leaveFields(page);
	const outline = page.getByRole('navigation', { name: 'Timeline outline' });
	// The title, and the id it gave the event, are one step; making the event is the one before.
	await page.keyboard.press('Control+z');
	await expect(outline.getByRole('button', { name: /Undated/ })).toHaveCount(0);
	await expect(outline.getByRole('button', { name: /event-1/ })).toHaveCount(1);
	await page.keyboard.press('Control+z');
	await expect(outline.getByRole('button', { name: /event-1/ })).toHaveCount(0);
	await page.keyboard.press('Control+Shift+z');
	await page.keyboard.press('Control+Shift+z');
	await expect(outline.getByRole('button', { name: /Undated/ })).toHaveCount(1);
	await expect(page.locator('.problems button', { hasText: 'event "undated" › when' })).toBeVisible();
});

test('a source file that cannot be read says why, and adds nothing', async ({ page }) => {
	await page.goto('/studio');
	await page.getByLabel('Load a saved web page (.html) or a text file (.txt)').setInputFiles({
		name: 'latin.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])
	});
	await expect(page.getByRole('alert')).toContainText('latin.txt is not valid UTF-8');
	await expect(page.getByRole('group', { name: 'Sources' }).getByRole('button')).toHaveText(['+ Add a source']);
});
