/**
 * The HTML a site pastes to embed a timeline: an `<iframe>` of `/embed/<slug>` with the
 * view (event, from, to) and the widget options in its query, and optionally the host
 * helper script that resizes the frame to fit. Pure, so the Embed dialog stays thin.
 *
 * Options equal to their defaults are left out of the URL, so a snippet says only what
 * differs and follows any later change of the defaults. Values the widget would reject
 * (an accent that is not a CSS colour, an origin that is not an origin) are left out too.
 */
import { formatIsoInstant } from '../state/url-state';
import { DEFAULT_OPTIONS, isCssColour, parseOriginInput, type EmbedOptions } from './params';
import { findParamEntries, type FindState } from '../search/filters';

export interface SnippetInput {
	/** Where this Citeline is served, e.g. `https://citeline.example` (location.origin). */
	siteOrigin: string;
	slug: string;
	/** The timeline's title, for the frame's accessible name. */
	title: string;
	/** The event to open. */
	event?: string;
	/** The window to show [fromMs, toMs] (widened to whole days or hours, see tidyWindow); without it the widget fits every event. */
	window?: [number, number];
	/** The search and filters to start with (`q`, `lane`, `status`…). */
	find?: FindState;
	/** Widget options; missing ones are the defaults. */
	options?: Partial<EmbedOptions>;
	/** The widget's interface language (`lang=`, e.g. uk); without it each reader's browser language. */
	lang?: string;
	/** Frame width in px; undefined: the full width of the container. */
	width?: number;
	/** Frame height in px. */
	height?: number;
	/** Also emit the host helper script, which resizes the frame; only with a valid `origin`, as the widget sends nothing without one. */
	hostScript?: boolean;
}

export interface EmbedSnippet {
	/** The widget's URL, for the snippet and for a live preview. */
	src: string;
	/** What to paste. */
	html: string;
}

export const DEFAULT_HEIGHT = 480;
export const HEIGHT_RANGE: readonly [number, number] = [200, 2000];
export const WIDTH_RANGE: readonly [number, number] = [240, 4000];

const clamp = (value: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, Math.round(value)));

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Widens a window to whole days (10 days or wider) or whole hours (10 hours or wider), so the
 * snippet reads `from=2025-03-18&to=2025-03-21` rather than the minutes a zoom happened to
 * stop at. It adds at most a tenth of the width; the reader sees the same stretch of time.
 */
export function tidyWindow([fromMs, toMs]: [number, number]): [number, number] {
	const width = toMs - fromMs;
	const unit = width >= 10 * DAY ? DAY : width >= 10 * HOUR ? HOUR : MINUTE;
	return [Math.floor(fromMs / unit) * unit, Math.ceil(toMs / unit) * unit];
}

/** Percent-encodes a query value, but keeps `:`, `/` and `,` (legal in a query) readable. */
function encodeValue(value: string): string {
	return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

/** The absolute URL of the widget for these options and this view. */
export function embedSrc(input: SnippetInput): string {
	const options = { ...DEFAULT_OPTIONS, ...input.options };
	const params: [string, string][] = [];
	if (input.event) params.push(['event', input.event]);
	if (input.window) {
		const [from, to] = tidyWindow(input.window);
		params.push(['from', formatIsoInstant(from)]);
		params.push(['to', formatIsoInstant(to)]);
	}
	if (input.find) params.push(...findParamEntries(input.find));
	if (options.theme !== DEFAULT_OPTIONS.theme) params.push(['theme', options.theme]);
	if (options.lanes !== DEFAULT_OPTIONS.lanes) params.push(['lanes', options.lanes ? 'on' : 'off']);
	if (options.details !== DEFAULT_OPTIONS.details) params.push(['details', options.details]);
	const accent = options.accent?.trim();
	if (accent && isCssColour(accent)) params.push(['accent', accent]);
	if (options.title !== DEFAULT_OPTIONS.title) params.push(['title', options.title ? 'show' : 'hide']);
	if (options.mode !== DEFAULT_OPTIONS.mode) params.push(['mode', options.mode]);
	const lang = input.lang?.trim();
	if (lang) params.push(['lang', lang]);
	const origin = options.origin ? parseOriginInput(options.origin) : undefined;
	if (origin) params.push(['origin', origin]);

	const base = `${input.siteOrigin.replace(/\/+$/, '')}/embed/${encodeURIComponent(input.slug)}`;
	const query = params.map(([name, value]) => `${name}=${encodeValue(value)}`).join('&');
	return query ? `${base}?${query}` : base;
}

/** The `<iframe>` (and, if asked, the helper `<script>`) to paste into a page. */
export function embedSnippet(input: SnippetInput): EmbedSnippet {
	const src = embedSrc(input);
	const width = input.width === undefined || !Number.isFinite(input.width) ? undefined : clamp(input.width, WIDTH_RANGE);
	const height = clamp(input.height !== undefined && Number.isFinite(input.height) ? input.height : DEFAULT_HEIGHT, HEIGHT_RANGE);
	const style = width === undefined ? 'width:100%;border:0' : `width:${width}px;max-width:100%;border:0`;
	let html =
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" ` +
		`loading="lazy" style="${style}" height="${height}"></iframe>`;
	if (input.hostScript && input.options?.origin && parseOriginInput(input.options.origin)) {
		html += `\n<script src="${escapeAttribute(`${input.siteOrigin.replace(/\/+$/, '')}/citeline-host.js`)}" defer></script>`;
	}
	return { src, html };
}
