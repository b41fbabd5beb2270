/**
 * The headers and the content policy of the built site, as `vite preview` serves it with
 * the rules of static/_headers (src/lib/embed/headers.ts): every page has a policy that
 * runs no inline script without its hash, and still hydrates.
 */
import { expect, test, type Page } from '@playwright/test';
import { SLUG, TIMELINE_PATH } from './helpers';

const PAGES = ['/', TIMELINE_PATH, `${TIMELINE_PATH}/story`, `${TIMELINE_PATH}/sources/weekly-blitz`, '/import', `/embed/${SLUG}`];

/** The page's own policy, from the <meta http-equiv> SvelteKit writes into prerendered pages. */
const metaPolicy = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

/** Records every content-policy violation from the first script on, for the tests to read. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`));
	});
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

test.describe('the content policy', () => {
	for (const path of PAGES) {
		test(`${path} has one, breaks nothing, and blocks an injected inline script`, async ({ page }) => {
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(error.message));
			page.on('console', (message) => message.type() === 'error' && /Content.Security.Policy|Permissions.Policy/i.test(message.text()) && problems.push(message.text()));
			await recordViolations(page);
			await page.goto(path);
			await expect(page.locator('body')).not.toBeEmpty();

			const policy = (await metaPolicy(page)) ?? '';
			const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1] ?? '';
			expect(scriptSrc).toMatch(/'self'/);
			expect(scriptSrc).toMatch(/'sha256-[\w+/=]+'/);
			expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
			expect(policy).toMatch(/object-src 'none'/);
			expect(policy).toMatch(/base-uri 'self'/);
			// Every inline script of the page is one the policy names by its hash. (Data blocks, such as the
			// page data and the JSON-LD, are never run: the policy does not apply to them.)
			const inline = await page
				.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])')
				.evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
			expect(inline.length).toBeGreaterThanOrEqual(2);
			for (const text of inline) {
				const digest = await page.evaluate(async (body) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))))), text);
				expect(scriptSrc).toContain(`'sha256-${digest}'`);
			}
			// Nothing the page does on its own is blocked.
			await page.waitForLoadState('networkidle');
			expect(await violations(page)).toEqual([]);
			expect(problems).toEqual([]);

			// A script an attacker slipped into the page does not run, and the browser says why.
			const blocked = await page.evaluate(async () => {
				const w = window as unknown as { __pwned?: number };
				const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }));
				const script = document.createElement('script');
				script.textContent = 'window.__pwned = 1';
				document.body.append(script);
				const holder = document.createElement('div');
				holder.innerHTML = '<img src="/favicon.svg" onload="window.__pwned = 2">';
				document.body.append(holder);
				const directive = await Promise.race([violation, new Promise<string>((resolve) => setTimeout(() => resolve('none'), 2000))]);
				await new Promise((resolve) => setTimeout(resolve, 300));
				return { pwned: w.__pwned, directive };
			});
			expect(blocked).toEqual({ pwned: undefined, directive: expect.stringMatching(/^script-src/) });
		});
	}

	test('Playwright’s own addScriptTag with inline content is refused too', async ({ page }) => {
		await page.goto(TIMELINE_PATH);
		await page.addScriptTag({ content: 'window.__pwned = 1' }).catch(() => undefined);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	});

	test('the explorer hydrates under it: the zoom buttons work', async ({ page }) => {
		await page.goto(TIMELINE_PATH);
		await expect(page).not.toHaveURL(/[?&]from=/);
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		// The view is written into the address once it moves: the app's scripts are running.
		await expect(page).toHaveURL(/[?&]from=.*&to=/);
	});

	test('the theme script runs before the first paint, by its hash', async ({ page }) => {
		await page.goto(TIMELINE_PATH);
		await page.evaluate(() => localStorage.setItem('citeline-theme', 'dark'));
		// Without JavaScript modules hydrating, only the inline theme script can set the theme.
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.goto(TIMELINE_PATH);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
});

test.describe('the headers', () => {
	test('every page: nosniff, a referrer policy, a permissions policy; framing only by Citeline, except the embed', async ({ request }) => {
		for (const path of PAGES) {
			const headers = (await request.get(path)).headers();
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy'], path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
			const policy = headers['content-security-policy'] ?? '';
			expect(policy, path).toMatch(/object-src 'none'/);
			expect(policy, path).toMatch(/base-uri 'self'/);
			if (path.startsWith('/embed/')) {
				expect(policy).toMatch(/^frame-ancestors \*;/);
				expect(headers['x-frame-options']).toBeUndefined();
			} else {
				expect(policy, path).toMatch(/^frame-ancestors 'self';/);
				expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
			}
		}
	});

	test('other sites may read timeline.json and the web component’s scripts, and no page', async ({ request }) => {
		const asked = { headers: { origin: 'https://news.example' } };
		for (const path of [`${TIMELINE_PATH}/timeline.json`, '/citeline.js', '/citeline-host.js']) {
			expect((await request.get(path, asked)).headers()['access-control-allow-origin'], path).toBe('*');
		}
		for (const path of [...PAGES, '/favicon.svg']) {
			expect((await request.get(path, asked)).headers()['access-control-allow-origin'], path).toBeUndefined();
		}
	});

	test('the host’s _headers file is not served', async ({ request }) => {
		const response = await request.get('/_headers');
		expect(response.status()).toBe(404);
		expect(await response.text()).not.toContain('Access-Control-Allow-Origin');
	});
});
