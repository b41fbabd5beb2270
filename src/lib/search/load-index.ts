/**
 * The browser's side of search: runs queries on the index the build wrote (build-index.ts).
 * Imported on demand (when a reader first focuses the search box, or a link carries `q`).
 *
 * A query is every word typed, each found as a prefix once it has two letters (fold.ts): an
 * event is found when each word is in its title, summary, quotes, or the name of one of its
 * sources or actors. The work is a few passes over one byte per event and the lists of the
 * words matched, so that a keystroke costs a few milliseconds at 100,000 events.
 */
import type { SearchPart } from './build-index';
import { MIN_PREFIX_CHARS, queryTerms, termMatches } from './fold';
import { orPostings } from './postings';

export interface SearchHits {
	/** The folded words searched for (also what highlighting marks). */
	terms: string[];
	/** Positions in time order of the events found, ascending. */
	orders: Int32Array;
	/** The same positions, best match first: more of the words in the title, then time order. */
	ranked: Int32Array;
	/** 1 at each found position, for lookups while drawing. */
	found: Uint8Array;
}

export interface SearchIndex {
	search(query: string): SearchHits;
}

/** The first index in sorted `words` not before `term`. */
function lowerBound(words: readonly string[], term: string): number {
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((words[mid] as string) < term) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function inc(counts: Int32Array, at: number): void {
	counts[at] = (counts[at] as number) + 1;
}

const IN_TEXT = 1;
const IN_TITLE = 2;

export function loadSearchIndex(part: SearchPart, eventCount: number): SearchIndex {
	const n = eventCount;
	return {
		search(query) {
			const terms = queryTerms(query);
			const found = new Uint8Array(n);
			if (terms.length === 0) return { terms, orders: new Int32Array(0), ranked: new Int32Array(0), found };
			found.fill(1);
			const inTitle = new Uint8Array(n);
			const bits = new Uint8Array(n);
			for (const term of terms) {
				bits.fill(0);
				const prefix = term.length >= MIN_PREFIX_CHARS;
				for (let i = lowerBound(part.words, term); i < part.words.length; i++) {
					const word = part.words[i] as string;
					if (prefix ? !word.startsWith(term) : word !== term) break;
					orPostings(part.titles[i] as string, bits, IN_TEXT | IN_TITLE);
					orPostings(part.texts[i] as string, bits, IN_TEXT);
				}
				for (const name of part.names) if (name.words.some((w) => termMatches(w, term))) orPostings(name.events, bits, IN_TEXT);
				for (let o = 0; o < n; o++) {
					const b = bits[o] as number;
					found[o] = (found[o] as number) & b;
					inTitle[o] = (inTitle[o] as number) + (b >> 1);
				}
			}
			let count = 0;
			for (let o = 0; o < n; o++) count += found[o] as number;
			const orders = new Int32Array(count);
			// Counting sort by how many words are in the title (most first), time order within.
			const buckets = new Int32Array(terms.length + 2);
			let k = 0;
			for (let o = 0; o < n; o++) {
				if (found[o] !== 1) continue;
				orders[k++] = o;
				inc(buckets, terms.length - (inTitle[o] as number) + 1);
			}
			for (let b = 1; b < buckets.length; b++) buckets[b] = (buckets[b] as number) + (buckets[b - 1] as number);
			const ranked = new Int32Array(count);
			for (const o of orders) {
				const bucket = terms.length - (inTitle[o] as number);
				ranked[buckets[bucket] as number] = o;
				inc(buckets, bucket);
			}
			return { terms, orders, ranked, found };
		}
	};
}
