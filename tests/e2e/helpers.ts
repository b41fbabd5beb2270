/**
 * What the browser tests expect, read from the dataset file itself so that the tests
 * follow the data rather than a copy of it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

export const SLUG = '2025-03-18-putin-trump-call';
export const TIMELINE_PATH = `/t/${SLUG}`;

interface RawTimeline {
	title: string;
	sources: { id: string; title: string | null; publisher: string | null }[];
	events: { id: string; title: string; when: string; citations: { source: string; quote: string }[] }[];
	discrepancies: { id: string; title: string; claims: { source: string; quote: string }[] }[];
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
