/**
 * English, Ukrainian and Russian (issue 5, "Languages"): `?lang=` on any page and the widget,
 * the browser's language without it, a remembered pick from the menu, dates from date-fns in
 * the reader's language, the timeline's own text kept in its language, axe clean in each,
 * and long labels that wrap rather than overflow. Ends with the "Done means" story.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createTranslator } from '../../src/lib/i18n/languages';
import { detailsPanel, escapeRegExp, eventById, expectNoAxeViolations, SLUG, TIMELINE_PATH, urlWindow, type UrlWindow } from './helpers';
import { Fingers } from './touch';

const EXCHANGE = eventById('prisoner-exchange');
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screens';

/** What a reader of each language must see: the exchange's date, and names the tests find controls by. */
const LANGUAGES = [
	{ lang: 'en', date: '19 March 2025', zoomIn: 'Zoom in', zoomOut: 'Zoom out', close: 'Close details', allEvents: 'All events in time order' },
	{ lang: 'uk', date: '19 березня 2025', zoomIn: 'Наблизити', zoomOut: 'Віддалити', close: 'Закрити подробиці', allEvents: 'Усі події в хронологічному порядку' },
	{ lang: 'ru', date: '19 марта 2025', zoomIn: 'Приблизить', zoomOut: 'Отдалить', close: 'Закрыть подробности', allEvents: 'Все события в хронологическом порядке' }
] as const;

/** The chart surface, by its name in the page's language (helpers.ts finds the English one). */
const chartSurface = (page: Page, lang: 'uk' | 'ru') => page.getByRole('region', { name: createTranslator(lang).timelineViewHelp, exact: true });

/** The chart's button for an event: its accessible name starts "<title>, <date>, …" in any language. */
const eventButton = (page: Page, lang: 'uk' | 'ru', title: string) =>
	page.getByRole('group', { name: createTranslator(lang).eventsInViewHelp, exact: true }).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });

/** The exchange's entry in the list of all events under the chart. */
const listEntry = (page: Page) => page.locator(`#event-${EXCHANGE.id}`);

for (const { lang, date, zoomIn, zoomOut, close, allEvents } of LANGUAGES) {
	test.describe(`?lang=${lang}`, () => {
		test('dates in that language in the open event and the list; controls named in it; data text marked as English', async ({ page }) => {
			await page.goto(`${TIMELINE_PATH}?lang=${lang}&event=${EXCHANGE.id}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const details = detailsPanel(page, EXCHANGE.title);
			await expect(details.locator('time')).toHaveText(date);
			await expect(listEntry(page).locator('time')).toHaveText(date);
			await expect(page.getByRole('heading', { name: allEvents })).toBeVisible();
			await expect(page.getByRole('button', { name: zoomIn, exact: true })).toBeVisible();
			await expect(page.getByRole('button', { name: zoomOut, exact: true })).toBeVisible();
			await expect(page.getByRole('button', { name: close })).toBeVisible();
			// The event's own words are not translated, and say so to screen readers.
			await expect(details.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
			await expect(details.locator('blockquote').first()).toHaveAttribute('lang', 'en');
			await expect(listEntry(page).getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'en');
		});

		for (const scheme of ['light', 'dark'] as const) {
			test(`axe, ${scheme} theme: the explorer with an event open, the index, a source page`, async ({ page }) => {
				// Three pages, each checked by axe: on a busy machine that takes most of the default 30 s.
				test.slow();
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(`${TIMELINE_PATH}?lang=${lang}&event=${EXCHANGE.id}`);
				await expect(detailsPanel(page, EXCHANGE.title)).toBeVisible();
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expectNoAxeViolations(page);
				for (const path of [`/?lang=${lang}`, `/t/${SLUG}/sources/weekly-blitz?lang=${lang}`]) {
					await page.goto(path);
					await expect(page.locator('html')).toHaveAttribute('lang', lang);
					await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
					await expectNoAxeViolations(page);
				}
			});
		}
	});
}

test('a language Citeline does not have: a notice, and the browser language instead', async ({ page }) => {
	await page.goto(`${TIMELINE_PATH}?lang=de`);
	await expect(page.getByRole('status').filter({ hasText: 'Language “de” is not available; showing English.' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a Ukrainian browser, no ?lang=', () => {
	test.use({ locale: 'uk-UA' });

	test('gets Ukrainian', async ({ page }) => {
		await page.goto(`${TIMELINE_PATH}?event=${EXCHANGE.id}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
		await expect(detailsPanel(page, EXCHANGE.title).locator('time')).toHaveText('19 березня 2025');
	});

	test('?lang= still wins, and an unknown one is reported in Ukrainian', async ({ page }) => {
		await page.goto(`${TIMELINE_PATH}?lang=ru&event=${EXCHANGE.id}`);
		await expect(detailsPanel(page, EXCHANGE.title).locator('time')).toHaveText('19 марта 2025');
		await page.goto(`${TIMELINE_PATH}?lang=de`);
		await expect(page.getByText('Мова «de» недоступна; сторінку показано українською.')).toBeVisible();
	});
});

test('the language menu switches the page, puts lang= in the URL, keeps it while zooming, and is remembered', async ({ page }) => {
	await page.goto(`${TIMELINE_PATH}?event=${EXCHANGE.id}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByLabel('Language').selectOption('ru');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(detailsPanel(page, EXCHANGE.title).locator('time')).toHaveText('19 марта 2025');
	await expect(page).toHaveURL(/[?&]lang=ru/);
	await expect(page).toHaveURL(/[?&]event=prisoner-exchange/);

	await page.getByRole('button', { name: 'Приблизить', exact: true }).click();
	await expect(page).toHaveURL(/[?&]from=.*&lang=ru|lang=ru.*[?&]from=/);

	// A later visit without ?lang= reads in the language picked.
	await page.goto(TIMELINE_PATH);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByLabel('Язык')).toHaveValue('ru');
});

test('links between pages keep ?lang=', async ({ page }) => {
	await page.goto('/?lang=uk');
	const timelineLink = page.getByRole('link', { name: 'The Putin–Trump telephone call of 18 March 2025' });
	// The prerendered page is English; once it runs, its links carry the language.
	await expect(timelineLink).toHaveAttribute('href', /\?lang=uk$/);
	await timelineLink.click();
	await expect(page).toHaveURL(new RegExp(`${TIMELINE_PATH}\\?lang=uk$`));
	await expect(page.getByRole('heading', { name: 'Усі події в хронологічному порядку' })).toBeVisible();
	await listEntry(page).getByRole('link', { name: 'Показати в джерелі' }).first().click();
	await expect(page).toHaveURL(/\/sources\/[a-z-]+\?lang=uk#quote-/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.getByRole('heading', { name: 'Архівний текст' })).toBeVisible();
});

test('the embed in Russian: ?lang=ru on the widget', async ({ page }) => {
	await page.goto(`/embed/${SLUG}?lang=ru&event=${EXCHANGE.id}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(detailsPanel(page, EXCHANGE.title).locator('time')).toHaveText('19 марта 2025');
	await expect(page.getByRole('link', { name: 'Открыть в Citeline ↗' })).toHaveAttribute('href', /[?&]lang=ru/);
	await expectNoAxeViolations(page);
});

test('the Embed dialog passes the language chosen into the snippet', async ({ page }) => {
	await page.goto(`${TIMELINE_PATH}?lang=uk`);
	await page.getByRole('button', { name: 'Вбудувати' }).click();
	const dialog = page.getByRole('dialog', { name: 'Вбудувати цю хронологію' });
	const snippet = dialog.getByRole('textbox', { name: 'HTML для вставлення' });
	await expect(snippet).not.toHaveValue(/lang=/);
	await dialog.getByLabel('Мова').selectOption('uk');
	await expect(snippet).toHaveValue(/\/embed\/2025-03-18-putin-trump-call\?lang=uk"/);
});

for (const lang of ['uk', 'ru'] as const) {
	for (const size of [
		{ width: 320, height: 568, touch: true },
		{ width: 1280, height: 800, touch: false }
	]) {
		test(`${lang} at ${size.width}×${size.height}: long labels wrap inside the page and the chart`, async ({ browser }) => {
			const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });
			const page = await context.newPage();
			// A view where the call's topics cluster into "ще N" / "ещё N" buttons.
			await page.goto(`${TIMELINE_PATH}?lang=${lang}&from=2025-03-17&to=2025-03-21`);
			await expect(chartSurface(page, lang)).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			mkdirSync(SHOTS, { recursive: true });
			await page.screenshot({ path: `${SHOTS}/languages-${lang}-${size.width}x${size.height}.png` });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
			// Every control of the widget lies inside the widget, and inside the screen.
			const outside = await page.locator('.citeline').evaluate((root) => {
				const box = root.getBoundingClientRect();
				return [...root.querySelectorAll<HTMLElement>('.toolbar button, .toolbar summary, .more, .hint')]
					.filter((el) => el.getClientRects().length > 0)
					.filter((el) => {
						const b = el.getBoundingClientRect();
						return b.left < box.left - 1 || b.right > box.right + 1 || b.right > window.innerWidth;
					})
					.map((el) => el.textContent?.trim());
			});
			expect(outside).toEqual([]);

			await page.getByRole('button', { name: lang === 'uk' ? 'Вбудувати' : 'Встроить' }).click();
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			await page.screenshot({ path: `${SHOTS}/languages-${lang}-${size.width}x${size.height}-embed.png` });
			const overflowing = await dialog.evaluate((node) => {
				const right = node.getBoundingClientRect().right;
				return [...node.querySelectorAll<HTMLElement>('label, legend, select, input, button, p')]
					.filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > right + 1)
					.map((el) => el.textContent?.trim() || el.id);
			});
			expect(overflowing).toEqual([]);
			await context.close();
		});
	}
}

test.describe('Done means: on a phone, in the dark, in Ukrainian', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: 'dark', locale: 'uk-UA' });

	const DAY_MS = 86_400_000;
	const windowIn = (page: Page): UrlWindow => {
		const window = urlWindow(page.url());
		expect(window, `from/to in ${page.url()}`).not.toBeNull();
		return window as UrlWindow;
	};

	test('pinch into 18–19 March, open the prisoner exchange from a bottom sheet, read its quote, share a link with a picture', async ({ page }) => {
		await page.goto(TIMELINE_PATH);
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
		const surface = chartSurface(page, 'uk');
		await expect(surface).toBeVisible();
		await surface.evaluate((node) => node.scrollIntoView({ block: 'start' }));
		const box = await surface.boundingBox();
		if (!box) throw new Error('no chart surface');
		const fingers = await Fingers.on(page);

		// Midnight between 18 and 19 March: bring it under the fingers (a sideways drag), spread
		// them, and again, until the view is a few days wide.
		const target = Date.UTC(2025, 2, 19);
		const y = box.y + 60;
		const centre = box.x + box.width / 2;
		const exchangeButton = eventButton(page, 'uk', EXCHANGE.title);
		let view: UrlWindow = { from: 0, to: 0, width: Infinity };
		for (let i = 0; i < 8 && view.width > 3 * DAY_MS; i++) {
			// Spread at most threefold, and no further than about two and a half days.
			const spread = Number.isFinite(view.width) ? Math.min(3, Math.max(1.2, view.width / (2.5 * DAY_MS))) : 3;
			const current = urlWindow(page.url());
			// Before the first gesture the URL has no window: the exchange (19 March) shows where it is.
			const x = current ? box.x + ((target - current.from) / current.width) * box.width : ((await exchangeButton.boundingBox())?.x ?? box.x) + 12;
			// Each gesture lands in the URL (throttled): wait for it, so the next one aims from the new view.
			const settled = async (before: string) => expect.poll(() => page.url()).not.toBe(before);
			if (Math.abs(x - centre) > box.width * 0.15) {
				const before = page.url();
				await fingers.swipe([Math.min(Math.max(x, box.x + 10), box.x + box.width - 10), y], [centre, y]);
				await settled(before);
			}
			const before = page.url();
			await fingers.pinch(centre, y, 60, 60 * spread);
			await settled(before);
			view = windowIn(page);
		}
		expect(view.width).toBeLessThanOrEqual(3 * DAY_MS);
		expect(view.from).toBeLessThanOrEqual(Date.UTC(2025, 2, 18, 12));
		expect(view.to).toBeGreaterThanOrEqual(Date.UTC(2025, 2, 19, 12));

		const button = eventButton(page, 'uk', EXCHANGE.title);
		await expect(button).toHaveAccessibleName(/, 19 березня 2025, оголошено$/);
		await button.tap();
		const sheet = detailsPanel(page, EXCHANGE.title);
		await expect(sheet).toBeVisible();
		// A bottom sheet: once it has slid in, its bottom is the screen's.
		await expect.poll(async () => {
			const sheetBox = await sheet.boundingBox();
			return Math.round((sheetBox?.y ?? 0) + (sheetBox?.height ?? 0));
		}).toBe(844);
		await expect(sheet.locator('time')).toHaveText('19 березня 2025');
		await expect(sheet.getByRole('heading', { name: 'Що кажуть джерела' })).toBeVisible();
		const quote = sheet.locator('blockquote').first();
		await expect(quote).toContainText((EXCHANGE.citations[0]?.quote ?? '').slice(0, 40));
		await quote.scrollIntoViewIfNeeded();
		await expect(quote).toBeInViewport();
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: `${SHOTS}/languages-done-means-uk-390x844-dark.png` });

		// The link to share opens this event; the page it opens previews with a picture.
		expect(page.url()).toMatch(/[?&]event=prisoner-exchange/);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image).toMatch(/\/preview\.png$/);
		expect((await page.request.get(image as string)).headers()['content-type']).toBe('image/png');

		// The close button is in Ukrainian, and big enough for a thumb.
		const closeBox = await sheet.getByRole('button', { name: 'Закрити подробиці' }).boundingBox();
		expect(closeBox?.width).toBeGreaterThanOrEqual(44);
	});
});
