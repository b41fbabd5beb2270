/**
 * How a timeline's events are indexed for search (MiniSearch): which fields, how text is cut
 * into words and folded. Shared by the build, which writes the index (build-index.ts), and
 * the browser, which loads it (load-index.ts): MiniSearch needs the same options on both
 * sides. Imports nothing, so that neither side pulls in the other's code.
 */
import { foldText, MIN_PREFIX_CHARS, WORD_SEPARATOR } from './fold';

/** One event as the index sees it; `order` is its position in time order (the document id). */
export interface SearchDocument {
	order: number;
	title: string;
	summary: string;
	/** Every quote the event cites, verbatim. */
	quotes: string;
	/** The titles and publishers of the sources it rests on. */
	sources: string;
	/** The names of its actors. */
	actors: string;
}

export const SEARCH_FIELDS = ['title', 'summary', 'quotes', 'sources', 'actors'] as const;

/** MiniSearch's Options (typed structurally, to keep this file free of its import). */
export const SEARCH_INDEX_OPTIONS = {
	idField: 'order',
	fields: [...SEARCH_FIELDS],
	storeFields: [] as string[],
	tokenize: (text: string) => text.split(WORD_SEPARATOR),
	processTerm: (term: string) => {
		const folded = foldText(term);
		return folded === '' ? null : folded;
	}
};

/** How a query runs: every word must be found (in any field), each as a prefix once it has two letters. */
export const SEARCH_QUERY_OPTIONS = {
	combineWith: 'AND' as const,
	prefix: (term: string) => term.length >= MIN_PREFIX_CHARS,
	fuzzy: false,
	// A word in the title counts most; then who and where from; the quotes are the long text.
	boost: { title: 3, actors: 2, sources: 1.5, summary: 1.2 }
};
