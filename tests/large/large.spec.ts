/**
 * The explorer on a built 100,000-event timeline (scripts/large-site.ts builds it with the
 * benchmark's generator): what a reader's browser holds follows the screen, not the
 * timeline. Zoomed out it draws density, closer the events' marks, closer still labelled
 * events a keyboard can reach; a deep link into the middle opens its event; the list for
 * readers without JavaScript comes in linked pages that hold every event exactly once, and so
 * do the sources.
 * Speed is measured by `npm run bench`, not here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const SITE = 'http://localhost:4175';
const PAGE = `${SITE}/t/large`;
/** What a person can read and focus, whatever the timeline's size. */
const DOM_NODES_MAX = 5000;

interface RawEvent {
	id: string;
	title: string;
	citations: { source: string }[];
}
interface RawSource {
	id: string;
	title: string | null;
}
const file = fileURLToPath(new URL('../../.large/data/large/timeline.json', import.meta.url));
const raw = JSON.parse(readFileSync(file, 'utf8')) as { events: RawEvent[]; sources: RawSource[] };
const events: RawEvent[] = raw.events;

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

test.describe.configure({ timeout: 120_000 });

test('has 100,000 events', () => {
	expect(events.length).toBe(100_000);
});

test('zooming from the whole span to one day shows density, then marks, then labelled events the keyboard reaches', async ({ page }) => {
	await page.goto(PAGE);
	const surface = page.locator('[data-bench-target]');
	await expect(surface).toBeVisible();
	const density = page.locator('canvas.density');
	const marks = page.locator('canvas.marks');
	const buttons = page.locator('.events button[data-event]');

	// The whole span: density only, and the DOM no bigger than a short timeline's.
	await expect(density).toBeVisible();
	await expect(marks).toHaveAttribute('data-marks', '0');
	await expect(buttons).toHaveCount(0);
	await expect(page.getByText(/shown as density/)).toBeAttached();
	expect(await domNodes(page)).toBeLessThanOrEqual(DOM_NODES_MAX);

	const seen: Array<'density' | 'marks'> = [];
	const widthOf = (href: string) => {
		const url = new URL(href);
		return Date.parse(url.searchParams.get('to') ?? '') - Date.parse(url.searchParams.get('from') ?? '');
	};
	// Each Zoom in halves the window (the URL follows it): about 32 years down to under a day.
	let widthMs = Infinity;
	for (let step = 0; step < 24 && !(widthMs <= 24 * 3_600_000); step++) {
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const before = widthMs;
		await expect.poll(() => widthOf(page.url())).toBeLessThan(Number.isFinite(before) ? before * 0.75 : Number.MAX_VALUE);
		widthMs = widthOf(page.url());
		await page.waitForLoadState('networkidle');
		const level = (await density.count()) > 0 ? 'density' : 'marks';
		if (seen[seen.length - 1] !== level) seen.push(level);
		expect(await domNodes(page), `DOM nodes after ${step + 1} zoom steps`).toBeLessThanOrEqual(DOM_NODES_MAX);
	}
	expect(widthMs).toBeLessThanOrEqual(24 * 3_600_000);
	// Density first, then marks, with no way back while zooming in.
	expect(seen).toEqual(['density', 'marks']);

	// A day: the events in view are buttons with their titles, and Tab reaches them.
	await expect(buttons.first()).toBeVisible();
	const count = await buttons.count();
	expect(count).toBeGreaterThan(0);
	expect(count).toBeLessThan(200);
	await expect(buttons.first().locator('.title')).not.toBeEmpty();
	// Their marks are drawn on the canvas, one per button.
	await expect(marks).toHaveAttribute('data-marks', String(count));
	expect(await marks.evaluate((canvas: HTMLCanvasElement) => {
		const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
		let painted = 0;
		for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
		return painted;
	})).toBeGreaterThan(count * 20);
	await surface.focus();
	await page.keyboard.press('Tab');
	await expect(page.locator('.events button[data-event]:focus')).toHaveCount(1);
});

test('a deep link into the middle opens that event', async ({ page }) => {
	const event = events[50_000] as RawEvent;
	await page.goto(`${PAGE}?event=${encodeURIComponent(event.id)}`);
	const details = page.getByRole('complementary');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(event.title);
	// Its quote names its source, whose details the page did not carry.
	const cited = raw.sources.find((s) => s.id === event.citations[0]?.source) as RawSource;
	await expect(details.locator('figure cite').first()).toHaveText(cited.title as string);
	await expect(page.locator(`.events button[data-event="${event.id}"]`)).toHaveAttribute('aria-current', 'true');
	// No notice: the event was found although its part was not loaded with the page.
	await expect(page.locator('.notice')).toHaveCount(0);
	expect(new URL(page.url()).searchParams.get('event')).toBe(event.id);
});

test('the list without JavaScript comes in linked pages that hold every event exactly once', async ({ request }) => {
	const explorer = await (await request.get(PAGE)).text();
	const pages = [...new Set([...explorer.matchAll(/href="(\/t\/large\/events\/\d+)[^"]*"/g)].map((m) => m[1] as string))];
	expect(pages.length).toBeGreaterThan(1);
	const seen = new Map<string, number>();
	for (const path of pages) {
		const response = await request.get(`${SITE}${path}`);
		expect(response.ok(), path).toBe(true);
		const html = await response.text();
		const ids = [...html.matchAll(/<li id="event-([^"]+)" class="event[" ]/g)].map((m) => m[1] as string);
		expect(ids.length, path).toBeGreaterThan(0);
		expect(ids.length, path).toBeLessThanOrEqual(1000);
		for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
	}
	// One assertion each over all the events (100,000 calls of expect would take minutes).
	expect(events.filter((event) => !seen.has(event.id)).map((event) => event.id)).toEqual([]);
	expect([...seen].filter(([, n]) => n !== 1).map(([id]) => id)).toEqual([]);
	expect(seen.size).toBe(events.length);
});

test('a list page opens from the explorer as the plain page it is, without its data file', async ({ page }) => {
	// The list's pages are HTML without JavaScript (csr = false): the explorer must not navigate
	// to one in the client, which would fetch its __data.json (about 1 MB here), on hover or on click.
	const dataRequests: string[] = [];
	page.on('request', (r) => void (r.url().includes('__data.json') && dataRequests.push(r.url())));
	await page.goto(PAGE);
	// Hydrated: the client-side router handles the links from now on.
	await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined);
	const link = page.getByRole('navigation', { name: 'The list, in pages' }).getByRole('link').nth(1);
	await link.hover();
	await link.click();
	await expect(page).toHaveURL(/\/t\/large\/events\/2$/);
	await expect(page.getByRole('heading', { level: 2, name: /^Events, page 2 of \d+$/ })).toBeVisible();
	expect(await page.locator('li.event').count()).toBeGreaterThan(0);
	expect(dataRequests).toEqual([]);
});

test('the sources come in linked pages that hold every source exactly once, and the explorer page stays small', async ({ request }) => {
	expect(raw.sources.length).toBeGreaterThan(100);
	const explorer = await (await request.get(PAGE)).text();
	// No source is listed on the explorer page itself: it links to the pages. Nor does its
	// data carry them (the payload's sources.json comes when an event is opened or the filters shown).
	expect(explorer).not.toMatch(/<li id="source-/);
	const sample = raw.sources[Math.floor(raw.sources.length / 2)] as RawSource;
	expect(sample.title).not.toBeNull();
	expect(explorer).not.toContain(`"${sample.title}"`);
	const pages = [...new Set([...explorer.matchAll(/href="(\/t\/large\/sources\/page\/\d+)[^"]*"/g)].map((m) => m[1] as string))];
	expect(pages.length).toBeGreaterThan(1);
	const seen = new Map<string, number>();
	for (const path of pages) {
		const response = await request.get(`${SITE}${path}`);
		expect(response.ok(), path).toBe(true);
		const ids = [...(await response.text()).matchAll(/<li id="source-([^"]+)"/g)].map((m) => m[1] as string);
		expect(ids.length, path).toBeGreaterThan(0);
		for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
	}
	expect(raw.sources.filter((source) => !seen.has(source.id)).map((source) => source.id)).toEqual([]);
	expect([...seen].filter(([, n]) => n !== 1).map(([id]) => id)).toEqual([]);
});
