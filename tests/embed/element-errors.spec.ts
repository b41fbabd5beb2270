/**
 * The web component on a timeline.json it cannot use: it says what is wrong, in the element,
 * and tells the host page with an `error` event, instead of hanging on "Loading the timeline…".
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { SLUG } from '../e2e/helpers';

const HOST = 'http://localhost:4174/element-src.html';
type Seen = { type: string; detail: Record<string, unknown> | null };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { events: Seen[] }).events);

/** The published timeline.json of the example, as the build wrote it. */
const published = () => JSON.parse(readFileSync(fileURLToPath(new URL(`../../build/t/${SLUG}/timeline.json`, import.meta.url)), 'utf8'));

/** Serves `body` at a made-up address on the host's own origin and opens the element on it. */
async function openOn(page: Page, body: string, { status = 200, type = 'application/json' } = {}) {
	const address = 'http://localhost:4174/broken/timeline.json';
	await page.route(address, (route) => route.fulfill({ status, contentType: type, body }));
	await page.goto(`${HOST}?src=${encodeURIComponent(address)}`);
}

type Published = { events: Record<string, unknown>[] };
/** The id of the published timeline's event at `index`, for the message that names it. */
const idAt = (t: Published, index: number) => String(t.events[index]!.id);

/** What to break, and what the message then says (read from the published timeline before it is broken). */
const cases: [string, (timeline: Published) => void, (timeline: Published) => RegExp][] = [
	['an event with when: null', (t) => void (t.events[2]!.when = null), (t) => new RegExp(`event "${idAt(t, 2)}" › when: is null, not an object`)],
	['an unknown when.kind', (t) => void ((t.events[3]!.when as Record<string, unknown>).kind = 'sometime'), (t) => new RegExp(`event "${idAt(t, 3)}" › when\\.kind: is "sometime", not point, range or bounded`)],
	['a duplicated event', (t) => void t.events.push(structuredClone(t.events[4]!)), (t) => new RegExp(`event "${idAt(t, 4)}" › id: is used twice`)],
	['no events at all', (t) => void (t.events = []), () => /events: the timeline has no events/]
];

/** What the element showed and told the host page, once it has settled on a failure. */
async function expectFailure(page: Page, message: RegExp) {
	await expect(page.getByRole('alert')).toContainText(message);
	await expect(page.getByRole('status')).toHaveCount(0);
	// Both: citeline:error (bubbling, as the other citeline:* events) and error on the element (as an <img> fires it).
	await expect.poll(async () => (await seen(page)).filter((e) => e.type === 'error' || e.type === 'citeline:error').map((e) => e.type)).toEqual(['citeline:error', 'error']);
	for (const event of (await seen(page)).filter((e) => e.type.endsWith('error'))) expect(String(event.detail?.message)).toMatch(message);
	expect((await seen(page)).filter((e) => e.type === 'citeline:ready')).toEqual([]);
}

test.describe('the web component on a timeline it cannot use', () => {
	let errors: string[];
	test.beforeEach(({ page }) => {
		errors = [];
		page.on('pageerror', (error) => errors.push(error.message));
	});
	test.afterEach(() => expect(errors, 'no uncaught errors on the host page').toEqual([]));

	for (const [name, breakIt, expected] of cases) {
		test(`says what is wrong with ${name}, naming the event and the field`, async ({ page }) => {
			const timeline = published();
			const message = expected(timeline);
			breakIt(timeline);
			await openOn(page, JSON.stringify(timeline));
			await expectFailure(page, message);
		});
	}

	test('says so for a minimal data: timeline with no events', async ({ page }) => {
		await page.goto(`${HOST}?src=${encodeURIComponent('data:application/json,{"format":1,"events":[]}')}`);
		await expectFailure(page, /data:application\/json.*: events: the timeline has no events/);
	});

	test('says so for a file that is not JSON', async ({ page }) => {
		await openOn(page, '<!doctype html><p>Moved</p>', { type: 'text/html' });
		await expectFailure(page, /broken\/timeline\.json: not JSON/);
	});

	test('says so for an HTTP error', async ({ page }) => {
		await openOn(page, 'gone', { status: 404, type: 'text/plain' });
		await expectFailure(page, /broken\/timeline\.json answered 404/);
	});

	test('says so when the file cannot be fetched', async ({ page }) => {
		const address = 'http://localhost:4174/broken/timeline.json';
		await page.route(address, (route) => route.abort('connectionrefused'));
		await page.goto(`${HOST}?src=${encodeURIComponent(address)}`);
		await expectFailure(page, /broken\/timeline\.json could not be fetched/);
	});
});
