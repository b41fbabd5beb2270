/**
 * The explorer on a phone, by touch: pinch about the fingers, pan with one finger, leave
 * vertical swipes to the page, open an event into a bottom sheet and swipe it away.
 * Touches go through the browser's input pipeline (tests/e2e/touch.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { chartReady, chartSurface, collectErrors, eventButton, eventById, TIMELINE_PATH, urlWindow, type UrlWindow } from './helpers';
import { centreOf, Fingers } from './touch';

const DAY_MS = 86_400_000;
const START_PATH = `${TIMELINE_PATH}?from=2025-03-10&to=2025-03-30`;
const EXCHANGE = eventById('prisoner-exchange');

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

function windowIn(page: Page): UrlWindow {
	const window = urlWindow(page.url());
	expect(window, `from/to in ${page.url()}`).not.toBeNull();
	return window as UrlWindow;
}

/**
 * The view in the URL once a gesture has changed it and it has settled: the URL follows the
 * view a moment after the last frame, later on a busy machine than the gesture's own pause
 * allows for.
 */
async function windowAfter(page: Page, before: UrlWindow): Promise<UrlWindow> {
	let last = '';
	await expect
		.poll(
			() => {
				const now = JSON.stringify(windowIn(page));
				const settled = now === last && now !== JSON.stringify(before);
				last = now;
				return settled;
			},
			{ message: 'the view in the URL changed and settled', intervals: [150] }
		)
		.toBe(true);
	return windowIn(page);
}

/** Scrolls the chart to the top of the screen and returns its surface's box. */
async function surfaceBox(page: Page) {
	const surface = chartSurface(page);
	await chartReady(page);
	await surface.evaluate((node) => node.scrollIntoView({ block: 'start' }));
	const box = await surface.boundingBox();
	if (!box) throw new Error('no chart surface');
	return box;
}

test('pinching spreads the view about the fingers: the instant under them stays under them', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto(START_PATH);
	const box = await surfaceBox(page);
	const before = windowIn(page);
	const x = box.x + box.width * 0.7;
	const instantUnderFingers = before.from + ((x - box.x) / box.width) * before.width;

	await (await Fingers.on(page)).pinch(x, box.y + 60, 60, 180);

	const after = await windowAfter(page, before);
	expect(after.width / before.width).toBeGreaterThan(0.28);
	expect(after.width / before.width).toBeLessThan(0.4);
	const nowUnderFingers = after.from + ((x - box.x) / box.width) * after.width;
	expect(Math.abs(nowUnderFingers - instantUnderFingers)).toBeLessThan(after.width * 0.05);
	expect(errors).toEqual([]);
});

test('pinching in closes the fingers and shows more time', async ({ page }) => {
	await page.goto(START_PATH);
	const box = await surfaceBox(page);
	const before = windowIn(page);
	await (await Fingers.on(page)).pinch(box.x + box.width / 2, box.y + 60, 200, 100);
	expect((await windowAfter(page, before)).width / before.width).toBeGreaterThan(1.6);
});

test('one finger dragged sideways pans the view and keeps its span', async ({ page }) => {
	await page.goto(START_PATH);
	const box = await surfaceBox(page);
	const before = windowIn(page);
	const y = box.y + 60;
	await (await Fingers.on(page)).swipe([box.x + box.width - 30, y], [box.x + 30, y]);
	const after = await windowAfter(page, before);
	const expectedShift = ((box.width - 60) / box.width) * before.width;
	expect(after.from - before.from).toBeGreaterThan(expectedShift * 0.9);
	expect(after.from - before.from).toBeLessThan(expectedShift * 1.1);
	expect(Math.abs(after.width - before.width)).toBeLessThan(DAY_MS / 24);
});

test('a vertical swipe on the chart scrolls the page and leaves the view alone', async ({ page }) => {
	await page.goto(START_PATH);
	const box = await surfaceBox(page);
	const before = windowIn(page);
	const scrolledBefore = await page.evaluate(() => window.scrollY);
	const x = box.x + box.width / 2;
	await (await Fingers.on(page)).swipe([x, box.y + 400], [x + 6, box.y + 100]);
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore + 150);
	expect(windowIn(page)).toEqual(before);
});

test('a tap opens the event in a bottom sheet, with its quote; swiping the sheet down closes it', async ({ page }) => {
	await page.goto(START_PATH);
	await surfaceBox(page);
	const button = eventButton(page, EXCHANGE.title);
	await button.tap();
	const sheet = page.getByRole('complementary', { name: EXCHANGE.title, exact: true });
	await expect(sheet).toBeVisible();
	// It slides up (unless the reader asks for less motion), then rests on the bottom edge.
	await expect.poll(async () => Math.round(await sheet.evaluate((node) => node.getBoundingClientRect().bottom))).toBe(844);
	const sheetBox = await sheet.boundingBox();
	await expect(sheet.locator('blockquote').first()).toContainText((EXCHANGE.citations[0]?.quote ?? '').slice(0, 40));
	// The event stays in sight above the sheet.
	const mark = await button.boundingBox();
	expect((mark?.y ?? -1) >= 0 && (mark?.y ?? 0) + (mark?.height ?? 0) <= (sheetBox?.y ?? 0)).toBe(true);

	const [x, y] = await centreOf(sheet.locator('header'));
	await (await Fingers.on(page)).swipe([x - 60, y], [x - 60, y + 220]);
	await expect(sheet).toBeHidden();
	await expect(page).not.toHaveURL(/event=/);
});

test('the sheet has a close button big enough for a thumb', async ({ page }) => {
	await page.goto(`${TIMELINE_PATH}?event=${EXCHANGE.id}`);
	const close = page.getByRole('button', { name: 'Close details' });
	const box = await close.boundingBox();
	expect(box?.width).toBeGreaterThanOrEqual(44);
	expect(box?.height).toBeGreaterThanOrEqual(44);
	await close.tap();
	await expect(page.getByRole('complementary', { name: EXCHANGE.title, exact: true })).toBeHidden();
	await expect(eventButton(page, EXCHANGE.title)).toBeFocused();
});

test('every control in the timeline is at least 24×24 px (WCAG 2.2 target size)', async ({ page }) => {
	await page.goto(`${TIMELINE_PATH}?from=2025-03-17&to=2025-03-21`);
	await surfaceBox(page);
	const small = await page.locator('.citeline').evaluate((root) =>
		[...root.querySelectorAll<HTMLElement>('button, select, summary, a, input')]
			.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
			.map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent?.trim(), box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.width < 24 || box.height < 24)
			.map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`)
	);
	expect(small).toEqual([]);
});

test('at 320 px nothing runs off the side of the page', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 568 });
	await page.goto(`${TIMELINE_PATH}?event=${EXCHANGE.id}`);
	await expect(chartSurface(page)).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	// Labels end at the chart's edge (with "…") rather than under it.
	const overhang = await chartSurface(page).evaluate((surface) => {
		const right = surface.getBoundingClientRect().right;
		return [...surface.querySelectorAll('button')].map((b) => b.getBoundingClientRect()).filter((b) => b.left < right && b.right > right + 1).length;
	});
	expect(overhang).toBe(0);
});
