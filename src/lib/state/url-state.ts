/**
 * The view in the URL: `?event=<id>&from=<ISO>&to=<ISO>`.
 *
 * `from`/`to` are ISO 8601 dates (2025-03-18) or UTC date-times (2025-03-18T06:00Z), for any
 * year a date can hold: 0044-03-15, and -0043-03-15 for 44 BC (astronomical years, as in EDTF).
 * Parsing never throws: what cannot be used is dropped and described in `notices`, so the
 * page falls back to a sane view and says what it ignored. A window is returned as the link
 * asks for it; how narrow or wide the view may be depends on the timeline, and the viewport
 * decides (Viewport.goTo), as it does for every other way into the view.
 */
import { english, type Translator } from '../i18n/translator';
import { MAX_INSTANT_MS, MIN_INSTANT_MS, utcInstant } from '../model/utc-instant';

export interface ViewParams {
	event?: string;
	window?: [number, number];
}

export interface ParsedViewParams extends ViewParams {
	notices: string[];
}

/**
 * A date, optionally with a UTC time: the year is astronomical (0 is 1 BC, -43 is 44 BC) with at
 * least four digits (0044, -0043, 12000), or the ISO 8601 expanded form with a sign and six
 * (-000043, +002025) that JavaScript's toISOString writes.
 */
const INSTANT = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z)?$/;

/**
 * Parses `2025-03-18` (midnight UTC), `2025-03-18T06:00Z`, `0044-03-15` or `-0043-03-15T12:00Z`;
 * undefined if it is none of these, not a real date (2025-02-30) or beyond what a date can hold.
 */
export function parseIsoInstant(text: string): number | undefined {
	const match = INSTANT.exec(text);
	if (!match) return undefined;
	const [year, month, day, hours = 0, minutes = 0, seconds = 0] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
	const ms = Number((match[7] ?? '').padEnd(3, '0'));
	const instant = utcInstant(year as number, (month as number) - 1, day, hours, minutes, seconds, ms);
	if (Number.isNaN(instant)) return undefined;
	// utcInstant rolls impossible fields over (30 February is 2 March, 24:00 the next day): refuse them.
	const check = new Date(instant);
	const same =
		check.getUTCFullYear() === year &&
		check.getUTCMonth() === (month as number) - 1 &&
		check.getUTCDate() === day &&
		check.getUTCHours() === hours &&
		check.getUTCMinutes() === minutes &&
		check.getUTCSeconds() === seconds;
	return same ? instant : undefined;
}

const pad = (n: number, digits = 2) => String(n).padStart(digits, '0');

/**
 * Formats an instant for the URL: a plain date at midnight UTC, else minutes in UTC. The year is
 * astronomical with at least four digits (0044-03-15, -0043-03-15), as EDTF writes it, so that
 * parseIsoInstant reads back every year the axis can show. An instant beyond what a date can
 * hold is written as the last one there is.
 */
export function formatIsoInstant(ms: number): string {
	const minute = Math.round(Math.min(Math.max(ms, MIN_INSTANT_MS), MAX_INSTANT_MS) / 60_000) * 60_000;
	const date = new Date(minute);
	const year = date.getUTCFullYear();
	const day = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	const [hours, minutes] = [date.getUTCHours(), date.getUTCMinutes()];
	return hours === 0 && minutes === 0 ? day : `${day}T${pad(hours)}:${pad(minutes)}Z`;
}

/** Reads the view from a link; `notices` are in the language of `t` (English by default). */
export function parseViewParams(params: URLSearchParams, eventExists: (id: string) => boolean, t: Translator = english): ParsedViewParams {
	const notices: string[] = [];
	const result: ParsedViewParams = { notices };

	const event = params.get('event');
	if (event !== null && event !== '') {
		if (eventExists(event)) result.event = event;
		else notices.push(t.noticeUnknownEvent(event));
	}

	const fromText = params.get('from');
	const toText = params.get('to');
	if (fromText !== null || toText !== null) {
		const from = fromText === null ? undefined : parseIsoInstant(fromText);
		const to = toText === null ? undefined : parseIsoInstant(toText);
		if (fromText === null || toText === null) {
			notices.push(t.noticeHalfWindow);
		} else if (from === undefined || to === undefined) {
			const bad = [from === undefined ? `from=${fromText}` : '', to === undefined ? `to=${toText}` : ''].filter(Boolean);
			notices.push(t.noticeUnreadableWindow(bad));
		} else if (to <= from) {
			notices.push(t.noticeEmptyWindow(toText, fromText));
		} else {
			// As asked: the viewport fits it to the timeline's zoom limits (layout/time-scale clampWindow).
			result.window = [from, to];
		}
	}
	return result;
}

/** Writes the view into a copy of `url`, keeping any other parameters (e.g. embed options). */
export function withViewParams(url: URL, view: ViewParams): URL {
	const next = new URL(url);
	if (view.event) next.searchParams.set('event', view.event);
	else next.searchParams.delete('event');
	if (view.window) {
		next.searchParams.set('from', formatIsoInstant(view.window[0]));
		next.searchParams.set('to', formatIsoInstant(view.window[1]));
	} else {
		next.searchParams.delete('from');
		next.searchParams.delete('to');
	}
	// Colons are legal in a query; keeping them makes the link readable (from=2025-03-18T06:00Z).
	next.search = next.searchParams.toString().replace(/%3A/gi, ':');
	return next;
}
