/**
 * Import and export in the browser: the explorer's Export dialog writes a calendar and a
 * picture that hold what they should; the import page takes a real TimelineJS file and a
 * broken one, and says what it did.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { TIMELINEJS_FIXTURES as FIXTURES } from '../fixtures/paths';
import { eventById, TIMELINE_PATH } from './helpers';

const EXCHANGE = eventById('prisoner-exchange');
const CALL = eventById('phone-call');

async function exportAs(page: Page, label: RegExp): Promise<Download> {
	const download = page.waitForEvent('download');
	await page.getByRole('dialog').getByRole('button', { name: label }).click();
	return download;
}

async function bodyOf(download: Download): Promise<Buffer> {
	const path = await download.path();
	if (!path) throw new Error(`download ${download.suggestedFilename()} has no file`);
	return readFileSync(path);
}

/** Unfolds iCalendar lines (RFC 5545 §3.1: a line break followed by a space or tab continues the line). */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

test('Export: a calendar of the events in view, with the exchange as an all-day entry and its quote', async ({ page }) => {
	await page.goto(`${TIMELINE_PATH}?from=2025-03-17&to=2025-03-21`);
	await page.getByRole('button', { name: 'Export' }).click();
	await page.getByRole('radio', { name: /events in the current view/ }).check();
	const download = await exportAs(page, /Calendar/);
	expect(download.suggestedFilename()).toBe('2025-03-18-putin-trump-call-filtered.ics');
	const ics = unfold((await bodyOf(download)).toString('utf8'));
	expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
	const exchange = ics.split('BEGIN:VEVENT').find((entry) => entry.includes(`UID:${EXCHANGE.id}@`));
	expect(exchange).toBeDefined();
	expect(exchange).toContain('DTSTART;VALUE=DATE:20250319');
	expect(exchange).toContain('DTEND;VALUE=DATE:20250320');
	expect(exchange).toContain(`SUMMARY:${EXCHANGE.title.replace(/,/g, '\\,')}`);
	// The quote is in the description (commas escaped, as iCalendar text requires).
	const quote = (EXCHANGE.citations[0]?.quote ?? '').replace(/,/g, '\\,');
	expect(exchange).toContain(quote.slice(0, 60));
	await expect(page.getByRole('dialog').getByRole('status')).toContainText('Saved 2025-03-18-putin-trump-call-filtered.ics');
	// Events whose day is not known are named, not dropped silently.
	await expect(page.getByRole('dialog').getByRole('status')).toContainText('is not in the calendar');
});

test('Export: a PNG picture of the current view', async ({ page }) => {
	await page.goto(`${TIMELINE_PATH}?from=2025-03-17&to=2025-03-21`);
	await page.getByRole('button', { name: 'Export' }).click();
	const download = await exportAs(page, /\.png/);
	const png = await bodyOf(download);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
	expect(width).toBeGreaterThanOrEqual(1200);
	expect(height).toBeGreaterThan(300);

	// The SVG of the same view names the title, the dates in view and the sources.
	const svg = (await bodyOf(await exportAs(page, /\.svg/))).toString('utf8');
	expect(svg).toContain('The Putin–Trump telephone call of 18 March 2025');
	// The view runs to midnight at the start of 21 March: the days shown are 17 to 20 March.
	expect(svg).toContain('17–20 March 2025');
	expect(svg).toContain('Weekly Blitz');
	expect(svg).toContain(CALL.title);
});

test.describe('Import page', () => {
	test('a TimelineJS file comes in whole, unsourced, with a preview and the file to save', async ({ page }) => {
		await page.goto('/import');
		await page.getByLabel('Choose a .json or .csv file').setInputFiles(`${FIXTURES}women_in_computing.json`);
		await expect(page.getByRole('heading', { name: 'Imported 10 events from women_in_computing.json' })).toBeVisible();
		await expect(page.getByText('unsourced and not assessed')).toBeVisible();
		await expect(page.getByRole('region', { name: /^Timeline view/ })).toBeVisible();
		// An imported event says it is not assessed and unsourced, and keeps its media as a link.
		await page.getByRole('button', { name: /^Ada Lovelace,/ }).click();
		const details = page.getByRole('complementary', { name: 'Ada Lovelace' });
		await expect(details).toContainText('Not assessed');
		await expect(details).toContainText('Unsourced: no source is cited for this event.');
		await expect(details.getByRole('link', { name: /^Media: / })).toHaveAttribute('href', /^https:\/\//);
		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Download timeline.json' }).click();
		const saved = JSON.parse((await bodyOf(await download)).toString('utf8'));
		expect(saved.events).toHaveLength(10);
		expect(saved.unsourced).toBe(true);
		expect(saved.events[0].when).toBe('1815-12-10/1852-11-27');
	});

	test('a file that is not a timeline is refused with the reason', async ({ page }) => {
		await page.goto('/import');
		await page.getByLabel('Choose a .json or .csv file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
		await expect(page.getByRole('heading', { name: 'Nothing imported' })).toBeVisible();
		await expect(page.getByRole('alert')).toContainText('notes.json is JSON but not a timeline Citeline can import');
	});
});
