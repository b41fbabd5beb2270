/**
 * The events of a page of the list (/t/<slug>/events/<n>), handed to its component by the
 * server that renders it.
 *
 * That page is HTML without JavaScript (`csr = false`): only the server (the prerender) ever
 * renders it. Its events do not travel through its server `load`, because SvelteKit serialises
 * a server load's data as it prerenders a page, into a `__data.json` beside it, even when no
 * browser can read it: at 100,000 events, 100 files of about 1 MB, about a tenth of the
 * build's time (docs/benchmark.md). The load only answers whether the page exists (a 404
 * otherwise) and which it is; the component asks this provider for its events, which
 * src/hooks.server.ts registers. A browser has no provider and never renders the page.
 *
 * Imported by the page's component, so it holds no data and imports no server code.
 */
import type { ListPage } from '../server/list-pages';

export type ListPageProvider = (slug: string, page: number) => ListPage | undefined;

let provider: ListPageProvider | undefined;

/** Called once, by the server (src/hooks.server.ts). */
export function provideListPages(pages: ListPageProvider): void {
	provider = pages;
}

/** The events of the page; throws where there is no provider (a browser) or no such page. */
export function listPageOnTheServer(slug: string, page: number): ListPage {
	if (provider === undefined) throw new Error('A page of the list is rendered by the server only: src/hooks.server.ts provides its events (provideListPages)');
	const found = provider(slug, page);
	if (found === undefined) throw new Error(`Timeline "${slug}" has no list page ${page}`);
	return found;
}
