/**
 * Light and dark: the reader's choice is remembered, the system's is followed by default,
 * every page passes axe in both, and the explorer is looked at (screenshots) at the four
 * sizes of issue 5 in both themes.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chartSurface, eventButton, eventById, expectNoAxeViolations, SLUG, TIMELINE_PATH } from './helpers';

const EXCHANGE = eventById('prisoner-exchange');
const SHOTS = 'test-results/screens';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the site follows the system theme until the reader picks one, and remembers the pick', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(TIMELINE_PATH);
	expect(await background(page)).toBe('rgb(21, 24, 28)');

	await page.getByLabel('Theme').selectOption('light');
	expect(await background(page)).toBe('rgb(255, 255, 255)');
	await page.reload();
	// Applied before the app starts, so there is no dark flash on a light choice.
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await background(page)).toBe('rgb(255, 255, 255)');
	await expect(page.getByLabel('Theme')).toHaveValue('light');

	await page.getByLabel('Theme').selectOption('auto');
	await page.reload();
	expect(await background(page)).toBe('rgb(21, 24, 28)');
});

test('the embed keeps the host\'s theme, not the reader\'s choice on the site', async ({ page }) => {
	await page.goto(TIMELINE_PATH);
	await page.getByLabel('Theme').selectOption('dark');
	await page.goto(`/embed/${SLUG}?theme=light`);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		test('axe: explorer with an event open', async ({ page }) => {
			await page.goto(`${TIMELINE_PATH}?event=${EXCHANGE.id}`);
			await expect(page.getByRole('complementary', { name: EXCHANGE.title, exact: true })).toBeVisible();
			await expectNoAxeViolations(page);
		});

		test('axe: the index, a source page and the embed', async ({ page }) => {
			for (const path of ['/', `/t/${SLUG}/sources/weekly-blitz`, `/embed/${SLUG}?theme=${scheme}&event=${EXCHANGE.id}`]) {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
				await expectNoAxeViolations(page);
			}
		});

		for (const size of [
			{ width: 320, height: 568, touch: true },
			{ width: 390, height: 844, touch: true },
			{ width: 768, height: 1024, touch: true },
			{ width: 1440, height: 900, touch: false }
		]) {
			test(`screenshot at ${size.width}×${size.height}: nothing off the side, the open event in sight`, async ({ browser }) => {
				const context = await browser.newContext({
					viewport: { width: size.width, height: size.height },
					hasTouch: size.touch,
					isMobile: size.touch && size.width < 700,
					colorScheme: scheme
				});
				const page = await context.newPage();
				await page.goto(`${TIMELINE_PATH}?event=${EXCHANGE.id}`);
				await expect(chartSurface(page)).toBeVisible();
				mkdirSync(SHOTS, { recursive: true });
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
				const details = page.getByRole('complementary', { name: EXCHANGE.title, exact: true });
				await expect(details).toBeInViewport();
				// Phones and tablets show it as a sheet over the lower screen: once the page has
				// scrolled, the event itself is in sight above it (on a desktop, beside it).
				const mark = eventButton(page, EXCHANGE.title);
				await expect
					.poll(async () => {
						const [m, d] = [await mark.boundingBox(), await details.boundingBox()];
						return !!m && !!d && m.y >= 0 && (m.y + m.height <= d.y || m.x + m.width <= d.x);
					})
					.toBe(true);
				await page.screenshot({ path: `${SHOTS}/explorer-${size.width}x${size.height}-${scheme}.png` });
				await context.close();
			});
		}
	});
}
