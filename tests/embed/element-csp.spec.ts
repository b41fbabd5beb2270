/**
 * The web component on a site with a strict content policy: what docs/embedding.md says the
 * host's policy must allow is enough, and nothing the element does is refused.
 */
import { expect, test, type Page } from '@playwright/test';
import { createTranslator } from '../../src/lib/i18n/languages';

const CITELINE = 'http://localhost:4173';
/** The policy docs/embedding.md gives a host page, with nothing else allowed. */
const DOCUMENTED = `default-src 'none'; script-src ${CITELINE}; connect-src ${CITELINE}; style-src 'unsafe-inline'`;

async function openUnder(page: Page, policy: string) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
	});
	await page.goto(`http://localhost:4174/element-bare.html?csp=${encodeURIComponent(policy)}`);
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

test('works under the policy the docs give a host page, languages included', async ({ page }) => {
	await openUnder(page, DOCUMENTED);
	const exchange = page.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ });
	await expect(exchange).toBeVisible();
	await exchange.click();
	await expect(page.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' })).toBeVisible();
	// Styled: the shadow root's styles applied (the accent on the open event's quote).
	const border = await page.locator('citeline-timeline blockquote').first().evaluate((q) => getComputedStyle(q).borderLeftColor);
	expect(border).toBe('rgb(192, 57, 43)');
	await page.locator('citeline-timeline').evaluate((element) => element.setAttribute('lang', 'uk'));
	await expect(page.getByRole('button', { name: createTranslator('uk').zoomIn, exact: true })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('without style-src \'unsafe-inline\' it runs but is unstyled, as the docs warn', async ({ page }) => {
	await openUnder(page, `default-src 'none'; script-src ${CITELINE}; connect-src ${CITELINE}`);
	await expect(page.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ })).toBeAttached();
	expect((await violations(page)).some((v) => v.startsWith('style-src'))).toBe(true);
});
