/**
 * What a reader sees on the built site: the index of timelines and one timeline page, with
 * JavaScript and without it (the prerendered HTML must carry the whole content), plus an
 * accessibility check with axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, dataset, eventById, expectedSpan, expectNoAxeViolations, sourceById, TIMELINE_PATH } from './helpers';

const UNKNOWN_PUBLISHER = 'publisher unknown';

async function checkIndex(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Timelines' })).toBeVisible();

	const link = page.getByRole('link', { name: dataset.title, exact: true });
	await expect(link).toBeVisible();
	await expect(link).toHaveAttribute('href', TIMELINE_PATH);

	const entry = page.getByRole('listitem').filter({ has: link });
	await expect(entry).toContainText(expectedSpan());
	await expect(entry).toContainText(`${dataset.events.length} events`);
	await expect(entry).toContainText(`${dataset.sources.length} sources`);
}

async function checkTimeline(page: Page) {
	await expect(page.getByRole('heading', { level: 1, name: dataset.title })).toBeVisible();

	// Every event is listed once, in time order.
	const titles = await page.locator('ol.events h3').allTextContents();
	expect([...titles].sort()).toEqual(dataset.events.map((e) => e.title).sort());
	expect(titles[0]).toBe(eventById('un-joint-vote').title);
	const exchange = titles.indexOf(eventById('prisoner-exchange').title);
	const onTheDay = dataset.events.filter((e) => e.when === '2025-03-18').map((e) => titles.indexOf(e.title));
	expect(onTheDay.length).toBeGreaterThan(0);
	for (const index of onTheDay) expect(index).toBeLessThan(exchange);

	// An event shows its quote, credited to its source.
	const prisoner = page.getByRole('article', { name: 'Prisoner exchange, 175 for 175', exact: true });
	await expect(prisoner).toBeVisible();
	await expect(prisoner.locator('blockquote')).toContainText('175 detainees');
	await expect(prisoner.locator('figcaption')).toContainText(sourceById('weekly-blitz').publisher!);

	// Sources: the Weekly Blitz is credited; the unattributed report says what is not known.
	const blitz = sourceById('weekly-blitz');
	const sources = page.locator('#sources + ul');
	await expect(sources).toContainText(`${blitz.title} — ${blitz.publisher}`);
	await expect(page.locator('#source-unattributed-report')).toContainText(UNKNOWN_PUBLISHER);
	const call = page.getByRole('article', { name: eventById('phone-call').title, exact: true });
	await expect(call.locator('figcaption').filter({ hasText: UNKNOWN_PUBLISHER }).first()).toBeVisible();

	// The discrepancy over Trump's title is shown with both claims.
	const discrepancy = page.getByRole('region', { name: /former President/ }).first();
	await expect(discrepancy).toBeVisible();
	await expect(discrepancy).toContainText('Sources disagree');
	await expect(discrepancy.locator('blockquote').filter({ hasText: 'former President Donald Trump' })).toBeVisible();
	await expect(discrepancy.locator('blockquote').filter({ hasText: 'US President Donald Trump' })).toBeVisible();
}

test.describe('with JavaScript', () => {
	test('the index lists the timeline and links to it', async ({ page }) => {
		const errors = collectErrors(page);
		await checkIndex(page);
		await page.getByRole('link', { name: dataset.title, exact: true }).click();
		await expect(page).toHaveURL(TIMELINE_PATH);
		await checkTimeline(page);
		expect(errors).toEqual([]);
	});

	test('the timeline page shows events in order, quotes, sources and discrepancies', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(TIMELINE_PATH);
		await checkTimeline(page);
		expect(errors).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the index is readable', async ({ page }) => {
		await checkIndex(page);
	});

	test('the timeline page is readable', async ({ page }) => {
		await page.goto(TIMELINE_PATH);
		await checkTimeline(page);
	});
});

test.describe('accessibility (axe)', () => {
	for (const path of ['/', TIMELINE_PATH]) {
		test(`no axe violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}
});
