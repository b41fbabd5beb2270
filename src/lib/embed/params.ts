/**
 * Widget options, read from the embed URL (`/embed/<slug>?theme=dark&…`) or from the web
 * component's attributes. Never throws: an invalid value falls back to its default and
 * leaves one warning, so a typo in a snippet never breaks a published article.
 */

export type Theme = 'light' | 'dark' | 'auto';
export type DetailsMode = 'panel' | 'overlay' | 'none';
/** What the widget shows: the zoomable timeline, or the story, one event at a time. */
export type WidgetMode = 'explore' | 'story';

export interface EmbedOptions {
	theme: Theme;
	lanes: boolean;
	details: DetailsMode;
	/** A CSS colour for --citeline-accent, or undefined for the theme's own. */
	accent?: string;
	title: boolean;
	/** explore: the zoomable timeline; story: one event at a time (src/lib/components/story). */
	mode: WidgetMode;
	/** The one parent origin messages go to and come from; '*' only when set so; undefined: none. */
	origin?: string;
}

export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'auto', lanes: true, details: 'panel', title: true, mode: 'explore' };

export interface ParsedEmbedOptions {
	options: EmbedOptions;
	/** One line per ignored value, e.g. `theme=blue is not light, dark or auto; using auto`. */
	warnings: string[];
}

/** Colours a host may pass as patterns: hex, or colour functions with plain numbers. Nothing that could close the declaration. */
const COLOUR = [/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i, /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([\d\s.,%/+-]+\)$/i];

/**
 * A hex colour, a colour function, or one of the CSS colour names; not any word (the browser
 * would ignore a typo). The widget runs in a browser, which knows the names itself: asking it
 * (CSS.supports) keeps the list of 148 names out of the widget's script.
 */
export function isCssColour(value: string): boolean {
	if (COLOUR.some((pattern) => pattern.test(value))) return true;
	return /^[a-z]+$/i.test(value) && typeof CSS !== 'undefined' && CSS.supports('color', value);
}

/** The http(s) origin of an address, e.g. `https://news.example` for `https://news.example/page`; undefined if it has none. */
function originOf(value: string): string | undefined {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
	} catch {
		return undefined;
	}
}

/**
 * `https://news.example` (scheme, host, port) or `*`; undefined for anything else, a path
 * (even a lone trailing slash), a query or a fragment included: what is written must be
 * exactly the origin that `postMessage` will compare, so that no one is led to believe a
 * path restricts who may talk to the widget.
 */
export function parseOrigin(value: string): string | undefined {
	if (value === '*') return '*';
	const origin = originOf(value);
	return origin === value ? origin : undefined;
}

/**
 * An origin as a person types it into the Embed dialog: surrounding spaces and one trailing
 * slash (as an address bar shows it) are forgiven, since the dialog writes the origin into
 * the snippet itself; the widget then reads it with the strict parseOrigin.
 */
export function parseOriginInput(text: string): string | undefined {
	return parseOrigin(text.trim().replace(/(\/\/[^/]+)\/$/, '$1'));
}

type Reader = (name: string) => string | null;

export function parseEmbedOptions(read: Reader | URLSearchParams): ParsedEmbedOptions {
	const get: Reader = read instanceof URLSearchParams ? (name) => read.get(name) : read;
	const warnings: string[] = [];
	const options: EmbedOptions = { ...DEFAULT_OPTIONS };

	function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
		const value = get(name);
		if (value === null || value === '') return fallback;
		if ((allowed as readonly string[]).includes(value)) return value as T;
		warnings.push(`${name}=${value} is not ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}; using ${fallback}`);
		return fallback;
	}

	options.theme = choice('theme', ['light', 'dark', 'auto'] as const, DEFAULT_OPTIONS.theme);
	options.details = choice('details', ['panel', 'overlay', 'none'] as const, DEFAULT_OPTIONS.details);
	options.lanes = choice('lanes', ['on', 'off'] as const, 'on') === 'on';
	options.title = choice('title', ['show', 'hide'] as const, 'show') === 'show';
	options.mode = choice('mode', ['explore', 'story'] as const, DEFAULT_OPTIONS.mode);

	const accent = get('accent');
	if (accent !== null && accent !== '') {
		if (isCssColour(accent.trim())) options.accent = accent.trim();
		else warnings.push(`accent=${accent} is not a CSS colour name (e.g. teal), hex colour (#c0392b) or colour function (rgb(…)); using the theme's accent`);
	}

	const origin = get('origin');
	if (origin !== null && origin !== '') {
		const parsed = parseOrigin(origin);
		if (parsed) options.origin = parsed;
		else {
			// An address with a path is the commonest mistake: name the origin it should have been.
			const meant = originOf(origin);
			const hint = meant ? ` (write ${meant}: an origin has no path)` : ' such as https://news.example (or *)';
			warnings.push(`origin=${origin} is not an origin${hint}; no messages will be exchanged`);
		}
	}

	return { options, warnings };
}
