/**
 * iCalendar (.ics) export: one VEVENT per event whose date a calendar can hold, so that a
 * reader can lay the timeline over their own calendar. Every text is escaped and every line
 * folded as RFC 5545 says (icalendar.ts); characters a calendar cannot hold (control
 * characters) are left out and listed in the notes, never dropped unsaid.
 *
 * Where an event goes in a calendar (documented in docs/export.md):
 * - a date of a day or coarser (a day, a month, a season, a year…) is an all-day entry over
 *   the whole of it: "March 2025" runs from 1 March to 31 March. A calendar has no way to
 *   say "some day in March", and one day would state more than the sources do; the
 *   description says the date in words, with its precision.
 * - a date with a time of day is a timed entry over its unit: 10:00Z is 10:00–10:01 UTC.
 * - a range runs from its start to its end; a range whose end is open or not reported is an
 *   entry on its start alone, and the description says the end is not known.
 * - a date only known to be on or before / on or after another, or a range without a known
 *   start, is left out: any day we put it on would be one the sources do not give. Every
 *   event left out is returned with the reason, for the caller to tell the user.
 *
 * It does not filter: hand it filterTimeline's subset to export part of a timeline.
 */
import { describeCitationAccount } from '../../format/account';
import { sourceTitle } from '../../format/source';
import { describeWhen } from '../../format/when';
import type { DatePoint, When } from '../../model/dates';
import type { Source, Timeline, TimelineEvent } from '../../model/timeline';
import { contentLine, escapeText } from './icalendar';

export interface IcsOptions {
	/** The site's origin, e.g. "https://citeline.example": adds the event's Citeline link. */
	baseUrl?: string;
	/** DTSTAMP (when the file was made); now by default. Fixed in tests for a stable file. */
	stampMs?: number;
}

export interface LeftOutEvent {
	id: string;
	reason: string;
}

export interface IcsExport {
	ics: string;
	/** Events not in the file, with why (their date cannot be placed on a calendar). */
	leftOut: LeftOutEvent[];
	/** What else the user should know, e.g. characters a calendar cannot hold that were left out. */
	notes: string[];
}

/** The calendar entry's extent: whole days (end exclusive, at midnight UTC) or instants. */
export type CalendarSpan = { allDay: boolean; startMs: number; endMs: number };

const TIMED = new Set(['minute', 'second', 'millisecond']);
const DAY_MS = 86_400_000;

const PRODUCT_ID = '-//Citeline//Timeline export//EN';

export function toIcs(timeline: Timeline, options: IcsOptions = {}): IcsExport {
	const sources = new Map(timeline.sources.map((s) => [s.id, s]));
	const categories = new Map(timeline.categories.map((c) => [c.id, c.label]));
	const stamp = utcDateTime(options.stampMs ?? Date.now());
	const leftOut: LeftOutEvent[] = [];
	const notes: string[] = [];

	/** A TEXT property; what it could not hold is noted against `owner`. */
	const lines: string[] = [];
	const removedBy = new Map<string, string[]>();
	const text = (owner: string, name: string, value: string): void => {
		const escaped = escapeText(value);
		if (escaped.removed.length > 0) removedBy.set(owner, [...(removedBy.get(owner) ?? []), ...escaped.removed]);
		lines.push(contentLine(name, escaped.value));
	};

	lines.push('BEGIN:VCALENDAR', 'VERSION:2.0', contentLine('PRODID', escapeText(PRODUCT_ID).value), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH');
	text('the calendar name', 'X-WR-CALNAME', timeline.title);

	for (const event of timeline.events) {
		const span = calendarSpanOf(event.when);
		if ('reason' in span) {
			leftOut.push({ id: event.id, reason: span.reason });
			continue;
		}
		const owner = `event "${event.id}"`;
		const link = options.baseUrl ? eventLink(options.baseUrl, timeline.slug, event.id) : undefined;
		const url = firstSourceUrl(event, sources) ?? link;
		lines.push('BEGIN:VEVENT');
		text(owner, 'UID', `${event.id}@${timeline.slug}.citeline`);
		lines.push(`DTSTAMP:${stamp}`);
		if (span.allDay) lines.push(`DTSTART;VALUE=DATE:${utcDate(span.startMs)}`, `DTEND;VALUE=DATE:${utcDate(span.endMs)}`);
		else lines.push(`DTSTART:${utcDateTime(span.startMs)}`, `DTEND:${utcDateTime(span.endMs)}`);
		text(owner, 'SUMMARY', event.title);
		text(owner, 'DESCRIPTION', describeEvent(event, timeline, sources, link));
		// One lane, so one category: its commas are escaped, not separators.
		text(owner, 'CATEGORIES', categories.get(event.category) ?? event.category);
		// A URI value, not TEXT: no escaping, but no spaces or control characters either (href percent-encodes them).
		if (url) lines.push(contentLine('URL', new URL(url).href));
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');

	for (const [owner, removed] of removedBy) {
		const codes = removed.map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`);
		notes.push(`${owner}: ${removed.length} control character${removed.length === 1 ? '' : 's'} (${codes.join(', ')}) that a calendar cannot hold ${removed.length === 1 ? 'is' : 'are'} left out of it`);
	}
	return { ics: lines.join('\r\n') + '\r\n', leftOut, notes };
}

/** Where the event goes in a calendar, or why it cannot go in one. */
export function calendarSpanOf(when: When): CalendarSpan | { reason: string } {
	switch (when.kind) {
		case 'point':
			return spanBetween(when.date, when.date);
		case 'range':
			if (when.start.kind !== 'date') return { reason: 'its start is not reported, so it has no day to go on' };
			return spanBetween(when.start.date, when.end.kind === 'date' ? when.end.date : when.start.date);
		case 'bounded':
			return { reason: `its exact date is not reported (${when.notBefore ? 'on or after' : 'on or before'} ${(when.notBefore ?? when.notAfter)?.edtf})` };
	}
}

function spanBetween(start: DatePoint, end: DatePoint): CalendarSpan | { reason: string } {
	const endMs = end.latestMs + 1;
	const year = (ms: number) => new Date(ms).getUTCFullYear();
	if (year(start.earliestMs) < 1 || year(endMs) > 9999) return { reason: 'it lies outside the years 1–9999 that iCalendar can hold' };
	const allDay = !TIMED.has(start.precision) && !TIMED.has(end.precision);
	// Whole days end at the next midnight; guard against a day-long span rounding to nothing.
	return { allDay, startMs: start.earliestMs, endMs: allDay ? Math.max(endMs, start.earliestMs + DAY_MS) : endMs };
}

/** DATE (3.3.4): 20250319. Years 1–9999 only, as calendarSpanOf ensures. */
function utcDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

/** DATE-TIME in UTC (3.3.5): 20250318T100000Z. */
function utcDateTime(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** `https://host/t/<slug>?event=<id>`: the explorer with the event open (README, "Deep links"). */
export function eventLink(baseUrl: string, slug: string, eventId: string): string {
	const url = new URL(`t/${encodeURIComponent(slug)}`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
	url.searchParams.set('event', eventId);
	return url.href;
}

function firstSourceUrl(event: TimelineEvent, sources: Map<string, Source>): string | undefined {
	for (const id of [...event.citations.map((c) => c.source), ...(event.references ?? [])]) {
		const url = sources.get(id)?.url;
		if (url) return url;
	}
	return undefined;
}

/** The date in words, the summary, each quote with where it comes from and whose account it relays, and the Citeline link. */
function describeEvent(event: TimelineEvent, timeline: Timeline, sources: Map<string, Source>, link: string | undefined): string {
	const parts = [describeWhen(event.when, { timeZone: timeline.timeZone }), event.summary];
	const sourceName = (id: string) => {
		const source = sources.get(id);
		return source ? sourceTitle(source) + (source.url ? ` (${source.url})` : '') : id;
	};
	for (const citation of event.citations) {
		const check = citation.verification.state === 'verified' ? '' : ' [not verified]';
		const source = sources.get(citation.source);
		const account = source === undefined ? undefined : describeCitationAccount(citation, source, timeline.actors, undefined, { capitalize: true });
		parts.push(`“${citation.quote}”\n— ${sourceName(citation.source)}${check}${account === undefined ? '' : `\n(${account.text})`}`);
	}
	const references = event.references ?? [];
	if (references.length > 0) parts.push(`Also see (not quoted): ${references.map(sourceName).join('; ')}`);
	if (link) parts.push(`In Citeline: ${link}`);
	return parts.filter((p) => p !== '').join('\n\n');
}
