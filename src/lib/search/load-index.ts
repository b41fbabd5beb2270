/**
 * The browser's side of search: loads the index the build wrote (MiniSearch's JSON) and runs
 * queries on it. MiniSearch is imported here only, and this module only on demand (when a
 * reader first focuses the search box, or a link carries `q`), so that no page pays for
 * search before it is used.
 */
import MiniSearch from 'minisearch';
import { queryTerms } from './fold';
import { SEARCH_INDEX_OPTIONS, SEARCH_QUERY_OPTIONS, type SearchDocument } from './search-options';

export interface SearchHits {
	/** The folded words searched for (also what highlighting marks). */
	terms: string[];
	/** Positions in time order of the events found, ascending. */
	orders: Int32Array;
	/** The same positions, best match first (a word in the title counts most). */
	ranked: Int32Array;
	/** 1 at each found position, for lookups while drawing. */
	found: Uint8Array;
}

export interface SearchIndex {
	search(query: string): SearchHits;
}

export function loadSearchIndex(part: { index: unknown }, eventCount: number): SearchIndex {
	const index = MiniSearch.loadJS<SearchDocument>(part.index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_INDEX_OPTIONS);
	return {
		search(query) {
			const terms = queryTerms(query);
			const found = new Uint8Array(eventCount);
			if (terms.length === 0) return { terms, orders: new Int32Array(0), ranked: new Int32Array(0), found };
			const results = index.search(terms.join(' '), SEARCH_QUERY_OPTIONS);
			const ranked = new Int32Array(results.length);
			results.forEach((result, i) => {
				ranked[i] = result.id as number;
				found[result.id as number] = 1;
			});
			return { terms, orders: ranked.slice().sort(), ranked, found };
		}
	};
}
