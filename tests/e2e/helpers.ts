/**
 * What the browser tests expect, read from the dataset file itself so that the tests
 * follow the data rather than a copy of it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const SLUG = '2025-03-18-putin-trump-call';
export const TIMELINE_PATH = `/t/${SLUG}`;

interface RawTimeline {
	title: string;
	sources: { id: string; title: string | null; publisher: string | null }[];
	events: { id: string; title: string; when: string; status: string; category: string; citations: { source: string; quote: string }[]; parent?: string; references?: string[]; discrepancies?: string[] }[];
	discrepancies: { id: string; title: string; events: string[]; claims: { source: string; quote: string }[] }[];
}

const file = fileURLToPath(new URL(`../../data/timelines/${SLUG}/timeline.json`, import.meta.url));
export const dataset: RawTimeline = JSON.parse(readFileSync(file, 'utf8'));

export function eventById(id: string) {
	const event = dataset.events.find((e) => e.id === id);
	if (!event) throw new Error(`no event "${id}" in ${file}`);
	return event;
}

export function sourceById(id: string) {
	const source = dataset.sources.find((s) => s.id === id);
	if (!source) throw new Error(`no source "${id}" in ${file}`);
	return source;
}

/**
 * The span as the index page writes it, e.g. "18 March – 17 April 2025": from the earliest
 * to the latest calendar day named in any event's `when`.
 */
export function expectedSpan(): string {
	const days = dataset.events.flatMap((e) => e.when.match(/\d{4}-\d\d-\d\d/g) ?? []).sort();
	const first = new Date(`${days[0]}T00:00:00Z`);
	const last = new Date(`${days[days.length - 1]}T00:00:00Z`);
	const day = (d: Date, options: Intl.DateTimeFormatOptions) =>
		d.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', ...options });
	if (first.getUTCFullYear() !== last.getUTCFullYear()) {
		return `${day(first, { year: 'numeric' })} – ${day(last, { year: 'numeric' })}`;
	}
	return `${day(first, {})} – ${day(last, { year: 'numeric' })}`;
}

/** Collects uncaught page errors and console errors, to assert none happened. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
	});
	return errors;
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses a `from`/`to` value as the explorer writes it: `2025-03-18` or `2025-03-18T06:00Z` (UTC). */
export function parseUrlInstant(text: string): number {
	const ms = /^\d{4}-\d\d-\d\d$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Date.parse(text);
	if (Number.isNaN(ms)) throw new Error(`not an instant: "${text}"`);
	return ms;
}

export interface UrlWindow {
	from: number;
	to: number;
	width: number;
}

/** The view window named by a URL's `from`/`to`, or null when the URL has neither (the default view). */
export function urlWindow(url: string): UrlWindow | null {
	const params = new URL(url).searchParams;
	const from = params.get('from');
	const to = params.get('to');
	if (from === null && to === null) return null;
	if (from === null || to === null) throw new Error(`only one of from/to in ${url}`);
	const window = { from: parseUrlInstant(from), to: parseUrlInstant(to), width: 0 };
	window.width = window.to - window.from;
	return window;
}

/** The chart surface of the explorer (pans and zooms, focusable). */
/**
 * Waits until the chart has drawn its first view in the browser (`window.__ready`). Before
 * that the page is the server's HTML: it shows the chart, but a wheel, a drag or a touch
 * reaches no handler yet.
 */
export async function chartReady(page: Page): Promise<void> {
	await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined);
}

export function chartSurface(page: Page) {
	return page.getByRole('region', { name: /^Timeline view/ });
}

/** The event buttons drawn in the chart. */
export function chartEvents(page: Page) {
	return page.getByRole('group', { name: /^Events in view/ });
}

/** The chart's button for an event, by title: its accessible name starts "<title>, <date>, …". */
export function eventButton(page: Page, title: string) {
	return chartEvents(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });
}

/** The details panel of an open event: an aside labelled by the event's title. */
export function detailsPanel(page: Page, title: string) {
	return page.getByRole('complementary', { name: title, exact: true });
}

/** Runs axe on the page as it is and expects no violations, listing any by rule and element. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const found = results.violations.map((v) => ({
		rule: v.id,
		impact: v.impact,
		help: v.help,
		targets: v.nodes.map((n) => n.target.join(' '))
	}));
	expect(found).toEqual([]);
}
