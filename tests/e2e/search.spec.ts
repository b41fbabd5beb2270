/**
 * Search, filters and the compare view (issue 13), as a fact-checker uses them on the call
 * timeline: find the prisoner exchange by a number in its quote and follow the marked words
 * into the source; narrow the chart to agreed events; share a searched, filtered view as a
 * link and as an embed; see in the compare view which source alone reports what, and where
 * the sources disagree; save the matrix as CSV. Counts and titles come from the data.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chartEvents, chartSurface, collectErrors, dataset, detailsPanel, eventById, expectNoAxeViolations, SLUG, sourceById, TIMELINE_PATH } from './helpers';

const EXCHANGE = eventById('prisoner-exchange');
const PAUSE = eventById('energy-strike-pause');
const PAUSE_LENGTH = dataset.discrepancies.find((d) => d.id === 'energy-pause-length') as (typeof dataset.discrepancies)[number];
const BLITZ = sourceById('weekly-blitz');
const UNATTRIBUTED = sourceById('unattributed-report');
const AGREED = dataset.events.filter((e) => e.status === 'agreed');
const COMPARE_PATH = `/t/${SLUG}/compare`;

/** The sources an event rests on in the data: cited, then referenced. */
const sourcesOf = (e: (typeof dataset.events)[number]) => [...new Set([...e.citations.map((c) => c.source), ...(e.references ?? [])])];
/** Events whose own words (title, quotes) hold a word starting with `prefix`, as the search reads them. */
const withWord = (prefix: string) =>
	dataset.events.filter((e) => [e.title, ...e.citations.map((c) => c.quote)].some((text) => new RegExp(`(^|[^\\p{L}\\p{N}])${prefix}`, 'iu').test(text)));

function searchBox(page: Page) {
	return page.getByRole('combobox', { name: 'Search events' });
}

async function openExplorer(page: Page, path = TIMELINE_PATH) {
	await page.goto(path);
	await expect(chartSurface(page)).toBeVisible();
}

test.describe('search', () => {
	test('“175” finds the prisoner exchange, marks it on the chart and in its quote, and in the archived source', async ({ page }) => {
		const errors = collectErrors(page);
		await openExplorer(page);
		const found = withWord('175');
		expect(found.map((e) => e.id)).toContain(EXCHANGE.id);

		await searchBox(page).fill('175');
		const results = page.getByRole('listbox', { name: 'Events found' });
		await expect(results.getByRole('option')).toHaveCount(found.length);
		await expect(results.getByRole('option').first()).toContainText(EXCHANGE.title);
		await expect(page.getByTestId('search-matches')).toHaveText(found.length === 1 ? '1 event matches' : `${found.length} events match`);

		// On the chart: the exchange is marked as found, the others are dimmed but still there.
		await expect(chartEvents(page).getByRole('button', { name: new RegExp(`^${EXCHANGE.title}, .*, matches the search$`) })).toBeVisible();
		const unmatched = dataset.events.find((e) => !found.includes(e) && e.category === EXCHANGE.category) ?? dataset.events.find((e) => !found.includes(e));
		await expect(chartEvents(page).locator('.event.dimmed').first()).toBeAttached();
		expect(unmatched).toBeDefined();

		// Keyboard: the arrow moves into the results, Enter opens the one chosen.
		await searchBox(page).press('ArrowDown');
		await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /result-0$/);
		await searchBox(page).press('Enter');
		const panel = detailsPanel(page, EXCHANGE.title);
		await expect(panel).toBeVisible();
		const quote = panel.locator('blockquote').filter({ hasText: EXCHANGE.citations[0]?.quote.slice(0, 40) ?? '' });
		await expect(quote.locator('mark')).toHaveText(['175']);
		// The quote itself is untouched: its text is exactly the data's.
		expect(await quote.locator('p').textContent()).toBe(EXCHANGE.citations[0]?.quote);

		// One click further: the archived source, with the passage and the word marked.
		await panel.getByRole('link', { name: 'View in source' }).first().click();
		await expect(page).toHaveURL(/\/sources\/weekly-blitz\?q=175(&|#)/);
		await expect(page.locator('article mark .search-match, article .search-match').filter({ hasText: '175' }).first()).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('the URL holds the search; Escape closes the results, then clears the search', async ({ page }) => {
		await openExplorer(page);
		await searchBox(page).fill('ceasefire');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('ceasefire');
		await searchBox(page).press('Escape');
		await expect(page.getByRole('listbox', { name: 'Events found' })).toBeHidden();
		await searchBox(page).press('Escape');
		await expect(searchBox(page)).toHaveValue('');
		await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);

		// A word nothing matches: the line under the box says so, and no empty list opens.
		await searchBox(page).fill('zeppelin');
		await expect(page.getByTestId('search-matches')).toHaveText('No event matches');
		await expect(page.getByRole('listbox', { name: 'Events found' })).toBeHidden();
		await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
	});
});

test.describe('filters', () => {
	test('status “agreed” leaves only agreed events, says how many, and one action clears it', async ({ page }) => {
		await openExplorer(page);
		const buttons = chartEvents(page).getByRole('button');
		const unfiltered = await buttons.count();
		const overview = page.locator('.minimap rect[data-event]');
		await expect(overview).toHaveCount(dataset.events.length);
		await page.getByRole('button', { name: 'Filters' }).click();
		const filters = page.getByRole('group', { name: 'Show only' });
		const agreed = filters.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^Agreed/ });
		// The count beside the choice: the events it would leave.
		await expect(filters.getByRole('group', { name: 'Status' }).locator('label').filter({ hasText: 'Agreed' })).toContainText(String(AGREED.length));
		await agreed.check();

		await expect(page.getByTestId('events-shown')).toHaveText(`${AGREED.length} of ${dataset.events.length} events shown`);
		await expect(buttons).toHaveCount(AGREED.length);
		for (const event of AGREED) await expect(chartEvents(page).getByRole('button', { name: new RegExp(`^${event.title},`) })).toBeVisible();
		// Lanes without an agreed event step aside.
		const lanesWithAgreed = new Set(AGREED.map((e) => e.category)).size;
		await expect(page.locator('.lane-labels li')).toHaveCount(lanesWithAgreed);
		// The list under the chart and the overview strip follow.
		await expect(page.locator('ol.events > li:visible')).toHaveCount(AGREED.length);
		await expect(overview).toHaveCount(AGREED.length);
		await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('agreed');

		await page.getByRole('button', { name: 'Clear search and filters' }).click();
		await expect(buttons).toHaveCount(unfiltered);
		await expect(overview).toHaveCount(dataset.events.length);
		await expect(page.getByTestId('events-shown')).toBeHidden();
	});

	test('a folded parent counts only the children the filters leave', async ({ page }) => {
		// Over two years the call's topics fold into it ("+12"); with two lanes shown, only the diplomacy topics count.
		const call = eventById('phone-call');
		const children = dataset.events.filter((e) => e.parent === call.id);
		const diplomacy = children.filter((e) => e.category === 'diplomacy');
		const badge = async () => Number(/, \+(\d+) more events? inside,/.exec((await chartEvents(page).getByRole('button', { name: new RegExp(`^${call.title},`) }).getAttribute('aria-label')) ?? '')?.[1] ?? 0);
		const drawnOf = async (events: typeof children) => (await Promise.all(events.map((e) => chartEvents(page).getByRole('button', { name: new RegExp(`^${e.title},`) }).count()))).reduce((a, b) => a + b, 0);
		await openExplorer(page, `${TIMELINE_PATH}?from=2024-06-01&to=2026-06-01`);
		expect(await badge()).toBeGreaterThan(0);
		expect(await badge()).toBe(children.length - (await drawnOf(children)));
		await openExplorer(page, `${TIMELINE_PATH}?from=2024-06-01&to=2026-06-01&lane=call,diplomacy`);
		await expect(page.getByTestId('events-shown')).toContainText(`of ${dataset.events.length} events shown`);
		await expect.poll(badge).toBe(diplomacy.length - (await drawnOf(diplomacy)));
	});

	test('a link reproduces a searched and filtered view; unknown values are named and ignored', async ({ page }) => {
		const expected = AGREED.filter((e) => withWord('energy').includes(e));
		await openExplorer(page, `${TIMELINE_PATH}?q=energy&status=agreed,done&lane=nowhere`);
		await expect(searchBox(page)).toHaveValue('energy');
		await expect(page.getByTestId('events-shown')).toHaveText(`${AGREED.length} of ${dataset.events.length} events shown`);
		await expect(page.getByTestId('search-matches')).toHaveText(expected.length === 1 ? '1 event matches' : `${expected.length} events match`);
		const notice = page.getByRole('status').filter({ hasText: 'done' });
		await expect(notice).toContainText('“done” for “status”');
		await expect(page.getByText('“nowhere” for “lane”')).toBeVisible();
		await expect(chartEvents(page).getByRole('button')).toHaveCount(AGREED.length);
		await expect(chartEvents(page).getByRole('button', { name: new RegExp(`^${PAUSE.title}, .*, matches the search$`) })).toBeVisible();
	});

	test('the embed takes the same parameters and the Embed dialog offers them', async ({ page }) => {
		await page.goto(`/embed/${SLUG}?q=energy&status=agreed`);
		await expect(page.getByTestId('events-shown')).toHaveText(`${AGREED.length} of ${dataset.events.length} events shown`);
		await expect(page.getByRole('group', { name: /^Events in view/ }).getByRole('button')).toHaveCount(AGREED.length);
		await expect(page.getByRole('link', { name: 'Open in Citeline' })).toHaveAttribute('href', /q=energy&status=agreed/);

		await openExplorer(page, `${TIMELINE_PATH}?q=energy&status=agreed`);
		await expect(page.getByTestId('events-shown')).toBeVisible();
		await page.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('checkbox', { name: 'The search and filters in use' })).toBeChecked();
		await expect(dialog.getByRole('textbox', { name: 'HTML to paste' })).toHaveValue(/\/embed\/[^"]*q=energy&amp;status=agreed/);
	});
});

test.describe('compare sources', () => {
	test('only the Weekly Blitz article reports the exchange; the energy pause’s length is a marked disagreement', async ({ page }) => {
		await page.goto(COMPARE_PATH);
		const table = page.getByRole('table');
		// Column heads: title, publisher, and how many events the source alone reports.
		const aloneBlitz = dataset.events.filter((e) => sourcesOf(e).length === 1 && sourcesOf(e)[0] === BLITZ.id).length;
		const blitzHead = table.getByRole('columnheader', { name: new RegExp(BLITZ.title ?? '') });
		await expect(blitzHead).toContainText(BLITZ.publisher ?? '');
		await expect(blitzHead).toContainText(`${aloneBlitz} events reported by this source alone`);

		const exchange = page.locator(`#row-${EXCHANGE.id}`);
		await expect(exchange.locator(`td[data-source="${BLITZ.id}"] blockquote`)).toContainText(EXCHANGE.citations[0]?.quote ?? '');
		await expect(exchange.locator(`td[data-source="${UNATTRIBUTED.id}"]`)).toContainText('not reported');

		const pause = page.locator(`#row-${PAUSE.id}`);
		for (const source of [BLITZ.id, UNATTRIBUTED.id]) {
			const cell = pause.locator(`td[data-source="${source}"]`);
			await expect(cell).toHaveClass(/disagrees/);
			await expect(cell.getByRole('link', { name: `Sources disagree: ${PAUSE_LENGTH.title}` })).toHaveAttribute('href', new RegExp(`\\?event=${PAUSE.id}`));
			const claim = PAUSE_LENGTH.claims.find((c) => c.source === source);
			await expect(cell).toContainText(claim?.quote ?? '');
		}
		// Every event is a row, grouped by lane.
		await expect(page.locator('tr.event')).toHaveCount(dataset.events.length);
		await expect(page.getByTestId('compare-shown')).toHaveText(`${dataset.events.length} of ${dataset.events.length} events shown`);
	});

	test('filters and sorts like the explorer, in the URL, and saves the matrix as CSV', async ({ page }) => {
		await page.goto(`${COMPARE_PATH}?status=agreed&sort=time`);
		await expect(page.locator('tr.event')).toHaveCount(AGREED.length);
		await expect(page.getByRole('combobox', { name: 'Order' })).toHaveValue('time');
		await page.goto(`${COMPARE_PATH}?source=${BLITZ.id}&sort=fewest`);
		const alone = dataset.events.filter((e) => sourcesOf(e).includes(BLITZ.id));
		await expect(page.locator('tr.event')).toHaveCount(alone.length);
		// Fewest sources first: the events Weekly Blitz alone reports come first.
		const firstId = await page.locator('tr.event').first().getAttribute('id');
		expect(sourcesOf(eventById((firstId ?? '').replace('row-', '')))).toEqual([BLITZ.id]);

		await page.goto(COMPARE_PATH);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const file = await (await download).path();
		const csv = readFileSync(file, 'utf8');
		const lines = csv.trim().split('\n');
		expect(lines[0]).toContain('id,event,date,lane,status');
		const row = lines.find((line) => line.startsWith(`${EXCHANGE.id},`));
		expect(row).toContain(`“${EXCHANGE.citations[0]?.quote}”`);
		expect(row).toContain('not reported');
	});

	test('on a phone each event reads as a card, its sources stacked', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(COMPARE_PATH);
		const exchange = page.locator(`#row-${EXCHANGE.id}`);
		await expect(exchange.locator('.cell-source').first()).toBeVisible();
		const [a, b] = await exchange.locator('td').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().top));
		expect(b as number).toBeGreaterThan(a as number);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
	});
});

test.describe('a source page lists the events it supports', () => {
	test('with those it alone supports', async ({ page }) => {
		await page.goto(`/t/${SLUG}/sources/${BLITZ.id}`);
		const supported = dataset.events.filter((e) => sourcesOf(e).includes(BLITZ.id));
		const alone = supported.filter((e) => sourcesOf(e).length === 1);
		await expect(page.getByRole('heading', { name: `Events this source supports (${supported.length})` })).toBeVisible();
		await expect(page.getByRole('heading', { name: `Reported by this source alone (${alone.length})` })).toBeVisible();
		await expect(page.getByRole('link', { name: EXCHANGE.title }).first()).toHaveAttribute('href', `${TIMELINE_PATH}?event=${EXCHANGE.id}`);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	for (const lang of ['en', 'uk', 'ru'] as const) {
		test(`axe: search, filters and the compare view (${scheme}, ${lang})`, async ({ browser }) => {
			const context = await browser.newContext({ colorScheme: scheme });
			const page = await context.newPage();
			await page.goto(`${TIMELINE_PATH}?lang=${lang}&q=175&status=announced`);
			await expect(page.locator('[data-bench-target]')).toBeVisible();
			await page.locator('.find .site-button[aria-expanded]').click();
			await page.locator('.find input[type=search]').focus();
			await expect(page.getByRole('listbox')).toBeVisible();
			await expectNoAxeViolations(page);
			await page.goto(`${COMPARE_PATH}?lang=${lang}`);
			await expect(page.getByRole('table')).toBeVisible();
			await expectNoAxeViolations(page);
			await context.close();
		});
	}
}
