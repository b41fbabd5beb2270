/**
 * The web component <citeline-timeline> on a page of another origin, with no framework.
 */
import { expect, test, type Page } from '@playwright/test';
import { createTranslator } from '../../src/lib/i18n/languages';
import { dataset } from '../e2e/helpers';

const PAGE = 'http://localhost:4174/element.html';
type Seen = { type: string; detail: Record<string, unknown> };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { events: Seen[] }).events);

test.describe('the web component', () => {
	test('renders the call in its shadow root, untouched by the host page’s styles', async ({ page }) => {
		await page.goto(PAGE);
		const exchange = page.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ });
		await expect(exchange).toBeVisible();
		await expect.poll(async () => (await seen(page)).find((e) => e.type === 'citeline:ready')?.detail).toEqual({ slug: '2025-03-18-putin-trump-call' });
		const background = await page.getByRole('button', { name: 'Zoom in', exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor);
		expect(background).not.toBe('rgb(255, 105, 180)');
	});

	test('a click emits citeline:select; select() and setView() steer it', async ({ page }) => {
		await page.goto(PAGE);
		await page.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ }).click();
		await expect(page.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' })).toBeVisible();
		await expect.poll(async () => (await seen(page)).filter((e) => e.type === 'citeline:select').at(-1)?.detail).toEqual({ eventId: 'prisoner-exchange' });

		const opened = await page.evaluate(() => (document.getElementById('widget') as unknown as { select(id: string): boolean }).select('black-sea-talks'));
		expect(opened).toBe(true);
		await expect(page.getByRole('complementary', { name: 'Negotiations on Black Sea shipping' })).toBeVisible();

		await page.evaluate(() => (document.getElementById('widget') as unknown as { setView(a: string, b: string): boolean }).setView('2025-03-18', '2025-03-19'));
		await expect.poll(async () => (await seen(page)).filter((e) => e.type === 'citeline:view').at(-1)?.detail).toEqual({ from: '2025-03-18', to: '2025-03-19' });
	});

	test('the keyboard moves focus between events inside the shadow root', async ({ page }) => {
		await page.goto(PAGE);
		const first = page.getByRole('button', { name: /^Joint US–Russia vote at the UN/ });
		await first.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('button', { name: /^Putin and Trump speak by telephone/ })).toBeFocused();
	});

	test('lang="uk" loads Ukrainian from its own file next to citeline.js, across origins', async ({ page }) => {
		const uk = createTranslator('uk');
		const chunks: string[] = [];
		page.on('response', (response) => {
			if (/\/citeline-uk-[\w-]+\.js$/.test(response.url())) chunks.push(`${response.status()} ${response.headers()['access-control-allow-origin']}`);
		});
		await page.goto(PAGE);
		await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
		// English readers never fetch another language.
		expect(chunks).toEqual([]);
		await page.evaluate(() => document.getElementById('widget')?.setAttribute('lang', 'uk'));
		await expect(page.getByRole('button', { name: uk.zoomIn, exact: true })).toBeVisible();
		expect(chunks).toEqual(['200 *']);
		await page.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ }).click();
		await expect(page.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' })).toContainText('19 березня 2025');
	});

	test('search and filter attributes narrow the widget, as the explorer\'s parameters do', async ({ page }) => {
		const agreed = dataset.events.filter((e) => e.status === 'agreed');
		await page.goto(PAGE);
		await expect(page.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ })).toBeVisible();
		await page.evaluate(() => {
			// This host page records no warnings of its own.
			document.addEventListener('citeline:warning', (event) => (window as unknown as { events: Seen[] }).events.push({ type: 'citeline:warning', detail: (event as CustomEvent).detail }));
			const widget = document.getElementById('widget');
			widget?.setAttribute('status', 'agreed,done');
			widget?.setAttribute('q', 'energy');
		});
		await expect(page.getByTestId('events-shown')).toHaveText(`${agreed.length} of ${dataset.events.length} events shown`);
		await expect(page.getByRole('group', { name: /^Events in view/ }).getByRole('button')).toHaveCount(agreed.length);
		// The search index is made in the page, with code fetched from beside citeline.js.
		await expect(page.getByRole('button', { name: /^30-day pause on strikes against energy infrastructure, .*, matches the search$/ })).toBeVisible();
		await expect.poll(async () => (await seen(page)).filter((e) => e.type === 'citeline:warning').map((e) => e.detail.message)).toContainEqual(expect.stringContaining('“done” for “status”'));
		await page.getByRole('button', { name: 'Clear search and filters' }).click();
		await expect(page.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ })).toBeVisible();
	});

	test('tells the host its view once on load, and nothing about a selection nobody made', async ({ page }) => {
		await page.goto(PAGE);
		await expect.poll(async () => (await seen(page)).some((e) => e.type === 'citeline:view')).toBe(true);
		await page.waitForTimeout(800);
		const events = await seen(page);
		expect(events.filter((e) => e.type === 'citeline:view')).toHaveLength(1);
		expect(events.filter((e) => e.type === 'citeline:select')).toEqual([]);
	});

	test('a window with none of the timeline in it: the whole timeline, a notice, and citeline:warning', async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		const src = 'http://localhost:4173/t/2025-03-18-putin-trump-call/timeline.json';
		await page.goto(`http://localhost:4174/element-src.html?src=${encodeURIComponent(src)}&from=2024-01-01&to=2024-02-01&accent=blurple`);
		const notice = 'Nothing in this timeline falls between 2024-01-01 and 2024-02-01; showing the whole timeline instead.';
		await expect(page.getByRole('status')).toContainText(notice);
		await expect(page.getByRole('button', { name: /^Prisoner exchange/ })).toBeInViewport();
		await expect.poll(async () => (await seen(page)).filter((e) => e.type === 'citeline:warning').map((e) => e.detail)).toEqual([{ message: notice }]);
		// The accent is not a colour: a console warning, and the theme's accent.
		expect(warnings.join('\n')).toMatch(/<citeline-timeline>: accent=blurple is not a CSS colour name/);
	});
});
