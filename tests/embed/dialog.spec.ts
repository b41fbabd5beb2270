/**
 * The whole editor's path: build a snippet in the explorer's Embed dialog, paste it into a
 * plain page on another origin, and get a working, themed, sized widget that reports to it.
 */
import { expect, test } from '@playwright/test';
import { TIMELINE_PATH } from '../e2e/helpers';

test('a snippet from the Embed dialog works on a plain page of another origin', async ({ page, context }) => {
	await page.goto(`http://localhost:4173${TIMELINE_PATH}?event=prisoner-exchange`);
	await expect(page.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' })).toBeVisible();
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: /Embed/ });
	await expect(dialog).toBeVisible();
	await dialog.getByLabel('Theme').selectOption('dark');
	await dialog.getByLabel('Allowed origin').fill('http://localhost:4174');
	const snippetBox = dialog.getByRole('textbox', { name: 'HTML to paste' });
	await expect(snippetBox).toHaveValue(/origin=http:\/\/localhost:4174/);
	await dialog.getByRole('checkbox', { name: /fits the frame['’]s height/ }).check();
	await expect(snippetBox).toHaveValue(/citeline-host\.js/);
	const snippet = await snippetBox.inputValue();
	expect(snippet).toMatch(/^<iframe [^>]*title="The Putin–Trump telephone call of 18 March 2025"/);
	expect(snippet).toContain('loading="lazy"');
	expect(snippet).toContain('theme=dark');
	expect(snippet).toContain('event=prisoner-exchange');

	// The host: a page of its own origin with nothing but the snippet and a listener.
	const host = await context.newPage();
	await host.goto('http://localhost:4174/element.html');
	await host.setContent(
		`<!doctype html><html lang="en"><head><title>Host</title><script>window.got = []; addEventListener('message', (e) => window.got.push(e.data));</script></head><body><h1>Article</h1>${snippet}</body></html>`
	);
	const frame = host.frameLocator('iframe');
	await expect(frame.getByRole('complementary', { name: 'Prisoner exchange, 175 for 175' })).toBeVisible();
	const background = await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
	expect(background).not.toBe('rgb(255, 255, 255)');
	// Sized to the widget: by the snippet's height (measured from the explorer), then by citeline-host.js.
	await expect.poll(async () => (await host.locator('iframe').boundingBox())?.height ?? 0).toBeGreaterThan(500);
	await expect.poll(() => frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(0);

	await frame.getByRole('button', { name: /^Negotiations on Black Sea shipping/ }).click();
	await expect
		.poll(() => host.evaluate(() => (window as unknown as { got: Array<{ type: string; eventId?: string }> }).got.filter((m) => m.type === 'citeline:select').at(-1)?.eventId))
		.toBe('black-sea-talks');
});

test('the snippet asks for the height the widget needs, so the frame has no inner scrollbar', async ({ page, context }) => {
	await page.goto(`http://localhost:4173${TIMELINE_PATH}`);
	await page.getByRole('button', { name: 'Embed' }).click();
	const snippet = await page.getByRole('dialog', { name: /Embed/ }).getByRole('textbox', { name: 'HTML to paste' }).inputValue();
	const height = Number(/height="(\d+)"/.exec(snippet)?.[1]);
	expect(height).toBeGreaterThan(480);
	expect(snippet).not.toContain('citeline-host.js');

	const host = await context.newPage();
	await host.setViewportSize({ width: 1200, height: 900 });
	await host.goto('http://localhost:4174/element.html');
	await host.setContent(`<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">${snippet}</body></html>`);
	const frame = host.frameLocator('iframe');
	await expect(frame.getByRole('button', { name: /^Prisoner exchange/ })).toBeVisible();
	expect(await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight)).toBeLessThanOrEqual(0);
});
