/**
 * <citeline-timeline mode="story"> on a page of another origin: the call told one event at a
 * time inside the element, over the payload beside its timeline.json. Each step reaches the
 * host as citeline:select, select() and the event attribute open a step, the arrow keys step
 * only inside the element, a swipe steps on a phone, and axe finds nothing.
 * The steps are the timeline's events in time order (it declares no story), read from the
 * published timeline.json, never a copy.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { eventById, SLUG, TIMELINE_PATH } from '../e2e/helpers';
import { Fingers } from '../e2e/touch';

const CITELINE = 'http://localhost:4173';
const SRC = `${CITELINE}${TIMELINE_PATH}/timeline.json`;
const SHOTS = '/work/coord/shots';
type Seen = { type: string; detail: Record<string, unknown> | null };
type Widget = HTMLElement & { select(id: string | null): boolean; setView(from: string, to: string): boolean };

const seen = (page: Page) => page.evaluate(() => (window as unknown as { events: Seen[] }).events);
const selects = async (page: Page) => (await seen(page)).filter((e) => e.type === 'citeline:select').map((e) => e.detail?.eventId);
const slideHeading = (page: Page) => page.locator('citeline-timeline article.slide h2');
const progress = (page: Page) => page.locator('citeline-timeline .progress');
/** A slide fades in: axe measures contrast, and a screenshot is taken, once it has arrived. */
const slideArrived = (page: Page) => page.locator('citeline-timeline article.slide').evaluate((slide) => Promise.all(slide.getAnimations({ subtree: true }).map((a) => a.finished)));

/** Axe over the element (the host page's own landmarks are the host's business), listing any violation by rule and element. */
async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).include('citeline-timeline').analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function storyEvents(page: Page): Promise<Array<{ id: string; title: string }>> {
	const timeline = (await (await page.request.get(SRC)).json()) as { story?: unknown; events: Array<{ id: string; title: string }> };
	expect(timeline.story, 'the call declares no story order: these tests expect time order').toBeUndefined();
	return timeline.events.map(({ id, title }) => ({ id, title }));
}

/** The host page with one element in story mode (tests/embed/host/element-src.html records what it dispatches). */
async function openStory(page: Page, attributes: Record<string, string> = {}) {
	const query = new URLSearchParams({ src: SRC, mode: 'story', ...attributes });
	await page.goto(`http://localhost:4174/element-src.html?${query}`);
	await expect(page.getByRole('navigation', { name: 'Story' })).toBeVisible();
	await expect.poll(async () => (await seen(page)).find((e) => e.type === 'citeline:ready')?.detail).toEqual({ slug: SLUG });
}

test.describe('the web component in story mode', () => {
	test('a title slide; the arrow keys step through every event only inside the element, each step a citeline:select', async ({ page }) => {
		const events = await storyEvents(page);
		await openStory(page);
		await expect(page.locator('citeline-timeline article.slide')).toContainText(`A story in ${events.length} steps`);
		await expect(progress(page)).toHaveText('');
		await expect(page.locator('citeline-timeline')).toHaveAttribute('mode', 'story');

		// The host page's own keys stay its own.
		await page.locator('h1').click();
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(300);
		await expect(progress(page)).toHaveText('');
		expect(await selects(page)).toEqual([]);

		await page.getByRole('button', { name: 'Start the story' }).focus();
		for (const [i, event] of events.entries()) {
			await page.keyboard.press('ArrowRight');
			await expect(slideHeading(page)).toHaveText(event.title);
			await expect(progress(page)).toHaveText(`${i + 1} of ${events.length}`);
			await expect.poll(() => selects(page)).toEqual(events.slice(0, i + 1).map((e) => e.id));
		}
		await page.keyboard.press('ArrowLeft');
		await expect(slideHeading(page)).toHaveText((events.at(-2) as { title: string }).title);
		await expect.poll(async () => (await selects(page)).at(-1)).toBe(events.at(-2)?.id);
		// No citeline:view in a story: it has no window of its own.
		expect((await seen(page)).filter((e) => e.type === 'citeline:view')).toEqual([]);
	});

	test('select() opens a step and refuses one the story does not tell; the event attribute opens a step', async ({ page }) => {
		await openStory(page, { event: 'black-sea-talks' });
		await expect(slideHeading(page)).toHaveText('Negotiations on Black Sea shipping');
		await page.waitForTimeout(300);
		// The step the host chose with the attribute is not told back to it.
		expect(await selects(page)).toEqual([]);

		expect(await page.evaluate(() => (document.getElementById('widget') as Widget).select('prisoner-exchange'))).toBe(true);
		await expect(slideHeading(page)).toHaveText('Prisoner exchange, 175 for 175');
		await expect.poll(() => selects(page)).toEqual(['prisoner-exchange']);

		expect(await page.evaluate(() => (document.getElementById('widget') as Widget).select('no-such-event'))).toBe(false);
		expect(await page.evaluate(() => (document.getElementById('widget') as Widget).setView('2025-03-18', '2025-03-19'))).toBe(false);
		await expect(slideHeading(page)).toHaveText('Prisoner exchange, 175 for 175');

		await page.evaluate(() => document.getElementById('widget')?.setAttribute('event', 'phone-call'));
		await expect(slideHeading(page)).toHaveText(eventById('phone-call').title);
		await expect.poll(() => selects(page)).toEqual(['prisoner-exchange', 'phone-call']);

		expect(await page.evaluate(() => (document.getElementById('widget') as Widget).select(null))).toBe(true);
		await expect(progress(page)).toHaveText('');
		await expect.poll(async () => (await selects(page)).at(-1)).toBeNull();
	});

	test('an event attribute the story does not tell: the title slide and a citeline:warning', async ({ page }) => {
		await openStory(page, { event: 'no-such-event' });
		await expect(progress(page)).toHaveText('');
		await expect
			.poll(async () => (await seen(page)).filter((e) => e.type === 'citeline:warning').map((e) => e.detail?.message))
			.toEqual(['event="no-such-event" is not a step of this story; showing its title slide']);
	});

	test('axe finds nothing on the title slide and on a step; a screenshot at 1280 px', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openStory(page);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Start the story' }).click();
		await expect(progress(page)).not.toHaveText('');
		await slideArrived(page);
		await expectNoAxeViolations(page);
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: `${SHOTS}/element-story-1280.png`, fullPage: true });
	});
});

test.describe('the web component in story mode on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a swipe steps forward and back; nothing is wider than the screen; a screenshot at 390 px', async ({ page }) => {
		const events = await storyEvents(page);
		await openStory(page);
		const fingers = await Fingers.on(page);
		const swipe = async (direction: 'next' | 'previous') => {
			const box = await page.locator('citeline-timeline .slides').boundingBox();
			if (!box) throw new Error('no slides');
			const y = Math.max(box.y, 0) + 60;
			const [from, to] = direction === 'next' ? [340, 60] : [60, 340];
			await fingers.swipe([from, y], [to, y]);
		};
		await swipe('next');
		await expect(slideHeading(page)).toHaveText((events[0] as { title: string }).title);
		await swipe('next');
		await expect(slideHeading(page)).toHaveText((events[1] as { title: string }).title);
		await swipe('previous');
		await expect(slideHeading(page)).toHaveText((events[0] as { title: string }).title);
		await expect.poll(() => selects(page)).toEqual([events[0]?.id, events[1]?.id, events[0]?.id]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await slideArrived(page);
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: `${SHOTS}/element-story-390.png`, fullPage: true });
	});
});
