/**
 * The view in the URL: `?event=<id>&from=<ISO>&to=<ISO>`.
 *
 * `from`/`to` are ISO 8601 dates (2025-03-18) or UTC date-times (2025-03-18T06:00Z).
 * Parsing never throws: what cannot be used is dropped and described in `notices`, so the
 * page falls back to a sane view and says what it ignored.
 */
import { english, type Translator } from '../i18n/translator';
import { clampWindow } from '../layout/time-scale';

export interface ViewParams {
	event?: string;
	window?: [number, number];
}

export interface ParsedViewParams extends ViewParams {
	notices: string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** Parses `2025-03-18` (midnight UTC) or `2025-03-18T06:00Z`; undefined if it is neither or not a real date. */
export function parseIsoInstant(text: string): number | undefined {
	const day = DATE.exec(text);
	if (day) {
		const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
		const ms = Date.UTC(y, m - 1, d);
		const check = new Date(ms);
		return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? ms : undefined;
	}
	if (DATE_TIME.test(text)) {
		// Date.parse rolls an impossible day over (2025-02-30T06:00Z is 2 March): check the date part first.
		if (parseIsoInstant(text.slice(0, 10)) === undefined) return undefined;
		const ms = Date.parse(text);
		return Number.isNaN(ms) ? undefined : ms;
	}
	return undefined;
}

/** Formats an instant for the URL: a plain date at midnight UTC, else minutes in UTC. */
export function formatIsoInstant(ms: number): string {
	const iso = new Date(Math.round(ms / 60_000) * 60_000).toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
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
			result.window = clampWindow(from, to);
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
