/**
 * Story mode (/t/<slug>/story): the call told one event at a time, by keyboard, by swipe, with
 * Back, deep links, "View in source", languages, themes, reduced motion, a 320 px screen and axe.
 * The story's steps are the timeline's events in time order, read from the published
 * timeline.json (sorted as the site sorts them), never a copy.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, eventById, expectNoAxeViolations, SLUG, TIMELINE_PATH } from './helpers';
import { Fingers } from './touch';

const STORY_PATH = `${TIMELINE_PATH}/story`;
const EXCHANGE = eventById('prisoner-exchange');

interface Step {
	id: string;
	title: string;
}

/** The events in the order the story tells them: the timeline has no `story`, so time order. */
async function storyEvents(page: Page): Promise<Step[]> {
	const response = await page.request.get(`${TIMELINE_PATH}/timeline.json`);
	const timeline = (await response.json()) as { story?: unknown; events: Step[] };
	expect(timeline.story, 'the call timeline declares no story order: these tests expect time order').toBeUndefined();
	return timeline.events.map(({ id, title }) => ({ id, title }));
}

const slideHeading = (page: Page) => page.locator('article.slide h2');
const progress = (page: Page) => page.locator('.progress');
const nextButton = (page: Page) => page.getByRole('button', { name: /^(Next|Start the story)$/ });

async function openStory(page: Page, path = STORY_PATH) {
	await page.goto(path);
	// The interactive story replaces the page's static title slide once the script runs.
	await expect(page.getByRole('navigation', { name: 'Story' })).toBeVisible();
}

async function expectStep(page: Page, events: Step[], index: number) {
	const event = events[index] as Step;
	await expect(slideHeading(page)).toHaveText(event.title);
	await expect(progress(page)).toHaveText(`${index + 1} of ${events.length}`);
	await expect(page).toHaveURL(new RegExp(`\\?event=${event.id}$`));
}

test.describe('story mode', () => {
	test('steps from the title slide through every event by keyboard, each step announced, and stops at the end', async ({ page }) => {
		const errors = collectErrors(page);
		const events = await storyEvents(page);
		expect(events.length).toBeGreaterThan(1);
		await openStory(page);
		// The title slide: the timeline's summary, no event yet.
		await expect(page.locator('article.slide')).toContainText(events.length > 0 ? `A story in ${events.length} steps` : '');
		await expect(progress(page)).toHaveText('');
		await expect(page).toHaveURL(new RegExp(`${STORY_PATH}$`));

		const live = page.locator('.story [aria-live="polite"]');
		for (let i = 0; i < events.length; i++) {
			await page.keyboard.press('ArrowRight');
			await expectStep(page, events, i);
			await expect(live).toHaveText(`${i + 1} of ${events.length}: ${(events[i] as Step).title}`);
		}
		await expect(page.getByText('The end of the story.')).toBeVisible();
		await expect(nextButton(page)).toBeDisabled();
		await page.keyboard.press('ArrowRight');
		await expectStep(page, events, events.length - 1);

		// And back, step by step, to the title slide.
		await page.keyboard.press('ArrowLeft');
		await expectStep(page, events, events.length - 2);
		expect(errors).toEqual([]);
	});

	test('Back returns to the previous step, Forward to the next; a deep link opens at its step', async ({ page }) => {
		const events = await storyEvents(page);
		await openStory(page);
		await nextButton(page).click();
		await nextButton(page).click();
		await nextButton(page).click();
		await expectStep(page, events, 2);

		await page.goBack();
		await expectStep(page, events, 1);
		await page.goBack();
		await expectStep(page, events, 0);
		await page.goBack();
		await expect(slideHeading(page)).toHaveText(await page.locator('h1').innerText());
		await expect(progress(page)).toHaveText('');
		await page.goForward();
		await expectStep(page, events, 0);

		const at = events.findIndex((e) => e.id === EXCHANGE.id);
		await openStory(page, `${STORY_PATH}?event=${EXCHANGE.id}`);
		await expectStep(page, events, at);
	});

	test("the prisoner exchange's step shows its quote, and 'View in source' highlights the passage", async ({ page }) => {
		const errors = collectErrors(page);
		await openStory(page, `${STORY_PATH}?event=${EXCHANGE.id}`);
		await expect(slideHeading(page)).toHaveText(EXCHANGE.title);
		const quote = (EXCHANGE.citations[0] as { quote: string }).quote;
		await expect(page.locator('article.slide blockquote').first()).toHaveText(quote);
		// Its place on the strip: the chart picks the event out.
		await expect(page.getByRole('group', { name: 'Where this event lies on the timeline' }).getByRole('button', { name: new RegExp(`^${EXCHANGE.title},`) })).toHaveAttribute(
			'aria-current',
			'true'
		);

		await page.locator('article.slide').getByRole('link', { name: 'View in source' }).first().click();
		await expect(page).toHaveURL(new RegExp(`/t/${SLUG}/sources/[a-z0-9-]+#quote-\\d+-\\d+$`));
		const target = page.locator('mark.target');
		await expect(target.first()).toBeInViewport();
		expect(quote).toContain((await target.first().innerText()).trim().slice(0, 20));
		expect(errors).toEqual([]);
	});

	test('axe finds nothing on the title slide and on an event, in both themes; the story reads in Ukrainian', async ({ page }) => {
		// A slide fades in: axe measures contrast once it has arrived, as a reader reads it.
		const slideArrived = () => page.locator('article.slide').evaluate((slide) => Promise.all(slide.getAnimations({ subtree: true }).map((a) => a.finished)));
		await openStory(page);
		await expectNoAxeViolations(page);
		await page.keyboard.press('ArrowRight');
		await expect(progress(page)).not.toHaveText('');
		await slideArrived();
		await expectNoAxeViolations(page);

		await page.emulateMedia({ colorScheme: 'dark' });
		await openStory(page, `${STORY_PATH}?event=${EXCHANGE.id}`);
		await expect(slideHeading(page)).toHaveText(EXCHANGE.title);
		await slideArrived();
		await expectNoAxeViolations(page);

		await page.goto(`${STORY_PATH}?event=${EXCHANGE.id}&lang=uk`);
		await expect(page.getByRole('button', { name: 'Далі' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Показати в джерелі' }).first()).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	});

	test('with reduced motion the slides do not move', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openStory(page);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('article.slide')).toHaveCSS('animation-name', 'none');
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('article.slide')).not.toHaveCSS('animation-name', 'none');
	});
});

test.describe('story mode on a phone', () => {
	test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

	test('swipes step through every event and back; nothing is wider than a 320 px screen', async ({ page }) => {
		const errors = collectErrors(page);
		const events = await storyEvents(page);
		await openStory(page);
		const fingers = await Fingers.on(page);
		const swipe = async (direction: 'next' | 'previous') => {
			const box = await page.locator('.slides').boundingBox();
			if (!box) throw new Error('no slides');
			const y = Math.max(box.y, 0) + 60;
			const [from, to] = direction === 'next' ? [280, 40] : [40, 280];
			await fingers.swipe([from, y], [to, y]);
		};
		for (let i = 0; i < events.length; i++) {
			await page.evaluate(() => window.scrollTo(0, 0));
			await swipe('next');
			await expectStep(page, events, i);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		}
		await swipe('previous');
		await expectStep(page, events, events.length - 2);
		// A vertical swipe scrolls; it does not step.
		await fingers.swipe([160, 400], [170, 150]);
		await expectStep(page, events, events.length - 2);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
});

test.describe('machine-readable timelines', () => {
	for (const path of [TIMELINE_PATH, STORY_PATH]) {
		test(`the JSON-LD of ${path} parses and names every event`, async ({ page }) => {
			const errors = collectErrors(page);
			const events = await storyEvents(page);
			await page.goto(path);
			const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
			expect(blocks).toHaveLength(1);
			const jsonLd = JSON.parse(blocks[0] as string) as { '@context': string; '@type': string; numberOfItems: number; itemListElement: Array<{ item: { '@type': string; name: string } }> };
			expect(jsonLd['@context']).toBe('https://schema.org');
			expect(jsonLd['@type']).toBe('ItemList');
			expect(jsonLd.numberOfItems).toBe(events.length);
			expect(jsonLd.itemListElement.map((i) => i.item.name)).toEqual(events.map((e) => e.title));
			expect(new Set(jsonLd.itemListElement.map((i) => i.item['@type']))).toEqual(new Set(['Event']));
			// The content policy lets the page run as before: the data block is not a script it blocks or reports.
			expect(errors).toEqual([]);
		});
	}
});
