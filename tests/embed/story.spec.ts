/**
 * Story mode in the iframe (mode=story) on a host page of another origin: each step reaches
 * the host as citeline:select, the host's citeline:select opens a step; and the Embed dialog
 * offers Explore or Story with a live preview.
 */
import { expect, test, type Page } from '@playwright/test';
import { SLUG, TIMELINE_PATH } from '../e2e/helpers';

const CITELINE = 'http://localhost:4173';
type Received = { type: string; eventId?: string | null; message?: string };
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const selects = async (page: Page) => (await received(page)).filter((m) => m.type === 'citeline:select').map((m) => m.eventId);

/** The story's steps: every event in time order (the timeline declares no story), from the published file. */
async function storyEvents(page: Page): Promise<Array<{ id: string; title: string }>> {
	const timeline = (await (await page.request.get(`${CITELINE}${TIMELINE_PATH}/timeline.json`)).json()) as { story?: unknown; events: Array<{ id: string; title: string }> };
	expect(timeline.story).toBeUndefined();
	return timeline.events;
}

test('the iframe with mode=story steps through every event, posting citeline:select for each step to its host', async ({ page }) => {
	const events = await storyEvents(page);
	await page.goto('http://localhost:4174/frame.html?embed=mode%3Dstory');
	const frame = page.frameLocator('#frame');
	const next = frame.getByRole('button', { name: /^(Start the story|Next)$/ });
	await expect(next).toHaveText(/Start the story/);
	await expect.poll(async () => (await received(page)).some((m) => m.type === 'citeline:ready')).toBe(true);
	const historyBefore = await page.evaluate(() => history.length);

	for (const [i, event] of events.entries()) {
		await next.click();
		await expect(frame.locator('article.slide h2')).toHaveText(event.title);
		await expect(frame.locator('.progress')).toHaveText(`${i + 1} of ${events.length}`);
		await expect.poll(() => selects(page)).toEqual(events.slice(0, i + 1).map((e) => e.id));
	}
	// Back to the title slide: the host hears null, as when an event is closed.
	await frame.getByRole('button', { name: 'Back to the start' }).click();
	await expect.poll(async () => (await selects(page)).at(-1)).toBeNull();

	// The host opens a step.
	await page.evaluate((origin) => {
		(document.getElementById('frame') as HTMLIFrameElement).contentWindow?.postMessage({ type: 'citeline:select', eventId: 'prisoner-exchange' }, origin);
	}, CITELINE);
	await expect(frame.locator('article.slide h2')).toHaveText('Prisoner exchange, 175 for 175');
	// No history entries inside the frame: the host page's Back button stays the host's.
	expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});

test('an iframe with mode=story opens at its event=, and warns the host of one the story does not tell', async ({ page }) => {
	await page.goto(`http://localhost:4174/frame.html?embed=${encodeURIComponent('mode=story&event=black-sea-talks')}`);
	const frame = page.frameLocator('#frame');
	await expect(frame.locator('article.slide h2')).toHaveText('Negotiations on Black Sea shipping');
	await page.goto(`http://localhost:4174/frame.html?embed=${encodeURIComponent('mode=story&event=no-such-event')}`);
	await expect.poll(async () => (await received(page)).find((m) => m.type === 'citeline:warning')?.message).toMatch(/event=no-such-event is not a step of this story/);
});

test('the Embed dialog offers Explore or Story, and the live preview follows', async ({ page }) => {
	await page.goto(`${CITELINE}${TIMELINE_PATH}`);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: /Embed/ });
	await expect(dialog.getByRole('radio', { name: /^Explore/ })).toBeChecked();
	const snippet = dialog.getByRole('textbox', { name: 'HTML to paste' });
	await expect(snippet).not.toHaveValue(/mode=/);

	await dialog.getByRole('radio', { name: /^Story/ }).check();
	await expect(snippet).toHaveValue(new RegExp(`/embed/${SLUG}\\?mode=story`));
	const preview = dialog.frameLocator('iframe');
	await expect(preview.getByRole('button', { name: 'Start the story' })).toBeVisible();
	await preview.getByRole('button', { name: 'Start the story' }).click();
	await expect(preview.locator('.progress')).toHaveText(/^1 of \d+$/);

	await dialog.getByRole('radio', { name: /^Explore/ }).check();
	await expect(snippet).not.toHaveValue(/mode=/);
	await expect(preview.getByRole('button', { name: /^Prisoner exchange/ })).toBeVisible();
});
