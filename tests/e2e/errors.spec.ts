/**
 * An address with no page: the site's own 404 page, in the reader's language, with a way
 * home. Twice over: as `vite preview` renders it (the server's error page), and as a static
 * host serves it (build/404.html for any address it has no file for, drawn in the browser).
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';

const UNKNOWN = '/t/no-such-timeline';
const BUILT_404 = fileURLToPath(new URL('../../build/404.html', import.meta.url));

/** Answers every request under `path` as Netlify, Cloudflare Pages or GitHub Pages would: 404, with build/404.html. */
async function serveLikeAStaticHost(page: Page, path: string): Promise<void> {
	await page.route(
		(url) => url.pathname === path || url.pathname.startsWith(`${path}/`),
		(route) => route.fulfill({ status: 404, path: BUILT_404, contentType: 'text/html; charset=utf-8' })
	);
}

const LANGUAGES = [
	{ query: '', home: '/', heading: 'Page not found', link: 'Go to the home page, with every timeline', homeHeading: 'Timelines' },
	{ query: '?lang=uk', home: '/?lang=uk', heading: 'Сторінку не знайдено', link: 'На головну сторінку, до всіх хронологій', homeHeading: 'Хронології' }
];

for (const served of ['by the server', 'by a static host'] as const) {
	test.describe(`an unknown timeline, served ${served}`, () => {
		for (const lang of LANGUAGES) {
			test(`${lang.query || 'English'}: the site's 404 page, with the site header and a link home that works`, async ({ page }) => {
				const errors = collectErrors(page);
				if (served === 'by a static host') await serveLikeAStaticHost(page, UNKNOWN);
				const response = await page.goto(UNKNOWN + lang.query);
				expect(response?.status()).toBe(404);

				await expect(page.getByRole('heading', { level: 1, name: lang.heading })).toBeVisible();
				await expect(page).toHaveTitle(`${lang.heading} — Citeline`);
				// The site's layout: its header, with the brand that leads home.
				await expect(page.getByRole('banner').getByRole('link', { name: 'Citeline' })).toBeVisible();
				const home = page.getByRole('main').getByRole('link', { name: lang.link });
				await expect(home).toHaveAttribute('href', lang.home);
				await home.click();
				await expect(page.getByRole('heading', { level: 1, name: lang.homeHeading })).toBeVisible();
				expect(new URL(page.url()).pathname).toBe('/');
				// The page's own __data.json 404 is the browser's console error, not a script's.
				expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
			});
		}
	});
}

test('an address with no route at all gets the same page', async ({ page }) => {
	const response = await page.goto('/no/such/page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page, with every timeline' })).toHaveAttribute('href', '/');
});

test('axe finds nothing on the 404 page', async ({ page }) => {
	await page.goto(UNKNOWN);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('an unknown embed says so on its own, without the site header, and opens the home page in a new tab', async ({ page }) => {
	await serveLikeAStaticHost(page, '/embed/no-such-timeline');
	const response = await page.goto('/embed/no-such-timeline?lang=uk');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Сторінку не знайдено' })).toBeVisible();
	await expect(page.getByRole('banner')).toHaveCount(0);
	const home = page.getByRole('link', { name: 'На головну сторінку, до всіх хронологій' });
	await expect(home).toHaveAttribute('target', '_blank');
	await expect(home).toHaveAttribute('href', '/?lang=uk');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("a static host's 404 page still says there is no page, with a link home", async ({ page }) => {
		await serveLikeAStaticHost(page, UNKNOWN);
		const response = await page.goto(UNKNOWN);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page, with every timeline' })).toHaveAttribute('href', '/');
	});
});
