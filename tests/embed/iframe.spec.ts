/**
 * The iframe widget on another site: a host page on a second origin (tests/embed/host,
 * http://localhost:4174) embeds /embed/<slug> from the Citeline site (http://localhost:4173).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SLUG } from '../e2e/helpers';

const HOST = 'http://localhost:4174/';
const CITELINE = 'http://localhost:4173';
const EMBED = `${CITELINE}/embed/${SLUG}`;

type Received = { type: string; from: 'allowed' | 'other'; origin: string; [key: string]: unknown };
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);

async function openHost(page: Page) {
	await page.goto(HOST);
	const frame = page.frameLocator('#allowed');
	await expect(frame.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ })).toBeVisible();
	return frame;
}

test.describe('the iframe on another site', () => {
	test('renders the call and announces itself to the allowed host only', async ({ page }) => {
		const frame = await openHost(page);
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/Putin–Trump telephone call/);
		await expect.poll(async () => (await received(page)).filter((m) => m.type === 'citeline:ready').length).toBe(1);
		const messages = await received(page);
		expect(messages.find((m) => m.type === 'citeline:ready')).toMatchObject({ from: 'allowed', origin: CITELINE, slug: SLUG });
		// The widget configured for another origin sends this page nothing at all.
		expect(messages.filter((m) => m.from === 'other')).toEqual([]);
	});

	test('a click in the widget reaches the host as citeline:select', async ({ page }) => {
		const frame = await openHost(page);
		await frame.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ }).click();
		await expect(frame.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' })).toBeVisible();
		await expect.poll(async () => (await received(page)).filter((m) => m.type === 'citeline:select').at(-1)).toMatchObject({ eventId: 'prisoner-exchange' });
	});

	test("the host's citeline:select opens that event, citeline:setView moves the view", async ({ page }) => {
		const frame = await openHost(page);
		await page.evaluate((origin) => {
			const target = (document.getElementById('allowed') as HTMLIFrameElement).contentWindow;
			target?.postMessage({ type: 'citeline:select', eventId: 'black-sea-talks' }, origin);
		}, CITELINE);
		await expect(frame.getByRole('complementary', { name: 'Negotiations on Black Sea shipping' })).toBeVisible();

		await page.evaluate((origin) => {
			const target = (document.getElementById('allowed') as HTMLIFrameElement).contentWindow;
			target?.postMessage({ type: 'citeline:setView', from: '2025-03-18', to: '2025-03-19' }, origin);
		}, CITELINE);
		await expect.poll(async () => (await received(page)).filter((m) => m.type === 'citeline:view').at(-1)).toMatchObject({ from: '2025-03-18', to: '2025-03-19' });
	});

	test('messages from an origin that is not allowed, and malformed ones, are ignored', async ({ page }) => {
		await page.goto(HOST);
		const other = page.frameLocator('#other');
		await expect(other.getByRole('button', { name: /^Prisoner exchange/ })).toBeVisible();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.evaluate((origin) => {
			const target = (document.getElementById('other') as HTMLIFrameElement).contentWindow;
			target?.postMessage({ type: 'citeline:select', eventId: 'black-sea-talks' }, origin);
			const allowed = (document.getElementById('allowed') as HTMLIFrameElement).contentWindow;
			for (const junk of ['citeline:select', null, { type: 'citeline:select', eventId: 42 }, { type: 'citeline:setView', from: 'soon' }]) {
				allowed?.postMessage(junk, origin);
			}
		}, CITELINE);
		await page.waitForTimeout(500);
		await expect(other.getByRole('complementary')).toHaveCount(0);
		await expect(page.frameLocator('#allowed').getByRole('complementary')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('citeline:resize tells the host how tall the widget is', async ({ page }) => {
		await openHost(page);
		await expect
			.poll(async () => (await received(page)).filter((m) => m.type === 'citeline:resize' && m.from === 'allowed').at(-1)?.height)
			.toBeGreaterThan(300);
	});
});

test.describe('what the widget tells its host on load', () => {
	type Message = { type: string; [key: string]: unknown };
	/** Opens the widget with this query in a page that records every message, and waits past the 200 ms view throttle. */
	async function messagesOnLoad(page: Page, query = '') {
		await page.goto(`http://localhost:4174/frame.html?embed=${encodeURIComponent(query)}`);
		await expect(page.frameLocator('#frame').getByRole('button', { name: /^Prisoner exchange/ })).toBeVisible();
		await expect.poll(async () => (await page.evaluate(() => (window as unknown as { received: Message[] }).received)).some((m) => m.type === 'citeline:view')).toBe(true);
		await page.waitForTimeout(800);
		return page.evaluate(() => (window as unknown as { received: Message[] }).received);
	}

	test('one citeline:view, and no citeline:select when nothing was opened', async ({ page }) => {
		const messages = await messagesOnLoad(page);
		expect(messages.filter((m) => m.type === 'citeline:view')).toHaveLength(1);
		expect(messages.filter((m) => m.type === 'citeline:select')).toEqual([]);
		expect(messages.filter((m) => m.type === 'citeline:warning')).toEqual([]);
	});

	test('the event it was asked to open, once; the window it was asked for, once', async ({ page }) => {
		const messages = await messagesOnLoad(page, 'event=phone-call&from=2025-03-18&to=2025-03-20');
		expect(messages.filter((m) => m.type === 'citeline:select')).toEqual([{ type: 'citeline:select', eventId: 'phone-call' }]);
		expect(messages.filter((m) => m.type === 'citeline:view')).toEqual([{ type: 'citeline:view', from: '2025-03-18', to: '2025-03-20' }]);
	});

	test('a window with none of the timeline in it: the whole timeline, a notice, and a citeline:warning', async ({ page }) => {
		const messages = await messagesOnLoad(page, 'from=2024-01-01&to=2024-02-01');
		const frame = page.frameLocator('#frame');
		await expect(frame.getByRole('status')).toContainText('Nothing in this timeline falls between 2024-01-01 and 2024-02-01; showing the whole timeline instead.');
		await expect(frame.getByRole('button', { name: /^Prisoner exchange/ })).toBeInViewport();
		expect(messages.filter((m) => m.type === 'citeline:warning')).toEqual([
			{ type: 'citeline:warning', message: 'Nothing in this timeline falls between 2024-01-01 and 2024-02-01; showing the whole timeline instead.' }
		]);
		const [view] = messages.filter((m) => m.type === 'citeline:view');
		expect(String(view?.from) < '2025-03-19' && String(view?.to) > '2025-04-17').toBe(true);
	});
});

test.describe('the widget on its own', () => {
	for (const size of [
		{ width: 320, height: 480 },
		{ width: 1200, height: 600 }
	]) {
		test(`works at ${size.width}×${size.height}: opens an event, no horizontal scrollbar`, async ({ page }) => {
			await page.setViewportSize(size);
			await page.goto(EMBED);
			const exchange = page.getByRole('button', { name: /^Prisoner exchange, 175 for 175/ });
			await exchange.click();
			const panel = page.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' });
			await expect(panel).toBeVisible();
			await expect(panel.locator('blockquote').first()).toContainText('175');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `/tmp/shots/embed-${size.width}.png` });
		});
	}

	test('theme=dark renders dark', async ({ page }) => {
		await page.goto(`${EMBED}?theme=dark`);
		await expect(page.getByRole('button', { name: /^Prisoner exchange/ })).toBeVisible();
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
		expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(150);
	});

	test('an invalid option warns once and leaves a working widget', async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		await page.goto(`${EMBED}?theme=purple&details=popup`);
		await page.getByRole('button', { name: /^Prisoner exchange/ }).click();
		await expect(page.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' })).toBeVisible();
		expect(warnings.filter((w) => w.startsWith('Citeline embed:'))).toHaveLength(2);
		expect(warnings.join('\n')).toMatch(/theme=purple/);
	});

	test('the embed can be framed anywhere; the explorer cannot', async ({ request }) => {
		const embed = await request.get(EMBED);
		expect(embed.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors \*(;|$)/);
		expect(embed.headers()['x-frame-options']).toBeUndefined();
		const explorer = await request.get(`${CITELINE}/t/${SLUG}`);
		expect(explorer.headers()['x-frame-options']).toBe('SAMEORIGIN');
	});

	test('"Open in Citeline" opens the explorer at the same view', async ({ page }) => {
		await page.goto(`${EMBED}?event=prisoner-exchange`);
		await expect(page.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' })).toBeVisible();
		const link = page.getByRole('link', { name: /Open in Citeline/ });
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('href', /^\/t\/2025-03-18-putin-trump-call\?.*event=prisoner-exchange/);
	});

	test('axe finds nothing in the embed', async ({ page }) => {
		await page.goto(`${EMBED}?event=prisoner-exchange`);
		await expect(page.getByRole('complementary')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});

test.describe('citeline-host.js', () => {
	test('sizes the frame to the widget and re-dispatches its messages as DOM events', async ({ page }) => {
		await page.goto('http://localhost:4174/helper.html');
		const frame = page.locator('#frame');
		await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThan(400);
		await page.frameLocator('#frame').getByRole('button', { name: /^Prisoner exchange, 175 for 175/ }).click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { selections: string[] }).selections)).toContain('prisoner-exchange');
	});
});
