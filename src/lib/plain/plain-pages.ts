/**
 * The data of the plain pages: the pages of the events' list (/t/<slug>/events/<n>) and of the
 * sources (/t/<slug>/sources/page/<n>), which are HTML without JavaScript (`csr = false`).
 *
 * Their data is read on the server, but not by a server `load`: SvelteKit serialises a server
 * load's data twice when it prerenders a page, into the page (where a page without JavaScript
 * never reads it) and into a `__data.json` beside it (for client-side navigation), even with
 * `csr = false`; at 100,000 events that was 100 list pages of about 1 MB of data each, and a
 * fifth of the build's time. So their universal load (`+page.ts`, run on the server only, as
 * nothing hydrates them) asks the server's provider, which src/hooks.server.ts registers, and
 * the links to them (from the explorer, which has client-side navigation) carry
 * `data-sveltekit-reload`: the browser loads them as the plain pages they are.
 *
 * This module is imported by both sides, so it holds types and the provider, never the data.
 */
import type { Source, Timeline } from '../model/timeline';

export interface EventListPageData {
	/** The page's events and the discrepancies that bear on them. */
	timeline: Timeline;
	/** Events linked from this page but listed on another, with where. */
	elsewhere: Record<string, { href: string; title: string }>;
	/** 1-based. */
	page: number;
	pageCount: number;
}

export interface SourceListPageData {
	timeline: { slug: string; title: string; language: string };
	sources: Source[];
	/** 1-based. */
	page: number;
	pageCount: number;
}

/** What the server gives the plain pages; each throws SvelteKit's 404 for a page that does not exist. */
export interface PlainPages {
	eventListPage(slug: string, page: string): EventListPageData;
	sourceListPage(slug: string, page: string): SourceListPageData;
}

let provider: PlainPages | undefined;

/** Called once by the server (src/hooks.server.ts). */
export function providePlainPages(pages: PlainPages): void {
	provider = pages;
}

/**
 * The server's provider. In a browser there is none: a client-side navigation to a plain page
 * (which its links avoid) loads it from the server instead, as a link without JavaScript would.
 */
export function plainPages(url: URL): Promise<PlainPages> {
	if (provider) return Promise.resolve(provider);
	if (typeof window !== 'undefined') {
		window.location.assign(url.href);
		return new Promise<never>(() => {});
	}
	return Promise.reject(new Error('The plain pages have no data: src/hooks.server.ts registers its provider (providePlainPages)'));
}
