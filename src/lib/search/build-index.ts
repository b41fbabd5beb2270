/**
 * Writes a timeline's search index (the payload's `search.json`): run at build time for each
 * timeline, and in the browser for a timeline that only exists there (the web component,
 * /import), where it is imported on demand.
 *
 * The index is an inverted index: every word (folded, see fold.ts) once, sorted, with the
 * events whose title has it and those whose summary or quotes have it; and the names of the
 * sources (title, publisher) and actors, each with the events that rest on or name it, so
 * that a name is stored once rather than once per event. Lists are compact (postings.ts).
 */
import type { Timeline } from '../model/timeline';
import { sourcesOf } from './facets';
import { foldText, splitWords } from './fold';
import { encodePostings } from './postings';

export interface SearchPart {
	version: number;
	eventCount: number;
	/** Every word of the titles, summaries and quotes, folded, sorted by code unit. */
	words: string[];
	/** Per word: the events whose title has it ('' for none). */
	titles: string[];
	/** Per word: the events whose summary or quotes have it. */
	texts: string[];
	/** Sources and actors: the folded words of the name, and the events that rest on it or name them. */
	names: { words: string[]; events: string }[];
}

export function buildSearchPart(timeline: Timeline, version: number): SearchPart {
	// Each distinct word folded once: a timeline repeats its words (100,000 events, a few
	// million words, some tens of thousands distinct), and folding (NFD, marks, case) was most
	// of the index's build time.
	const folded = new Map<string, string>();
	const fold = (word: string) => {
		let result = folded.get(word);
		if (result === undefined) folded.set(word, (result = foldText(word)));
		return result;
	};
	const foldedWords = (text: string) => [...new Set(splitWords(text).map(fold).filter((w) => w !== ''))];
	const titles = new Map<string, number[]>();
	const texts = new Map<string, number[]>();
	const add = (map: Map<string, number[]>, word: string, order: number) => {
		const list = map.get(word);
		if (!list) map.set(word, [order]);
		else if (list[list.length - 1] !== order) list.push(order);
	};
	const bySource = new Map(timeline.sources.map((s) => [s.id, [] as number[]]));
	const byActor = new Map(timeline.actors.map((a) => [a.id, [] as number[]]));
	timeline.events.forEach((event, order) => {
		for (const word of foldedWords(event.title)) add(titles, word, order);
		for (const word of foldedWords([event.summary, ...event.citations.map((c) => c.quote)].join('\n'))) add(texts, word, order);
		for (const id of sourcesOf(event)) bySource.get(id)?.push(order);
		for (const id of event.actors) byActor.get(id)?.push(order);
	});
	const n = timeline.events.length;
	const words = [...new Set([...titles.keys(), ...texts.keys()])].sort();
	return {
		version,
		eventCount: n,
		words,
		titles: words.map((w) => encodePostings(titles.get(w) ?? [], n)),
		texts: words.map((w) => encodePostings(texts.get(w) ?? [], n)),
		names: [
			...timeline.sources.map((s) => ({ words: foldedWords([s.title ?? '', s.publisher ?? ''].join(' ')), events: encodePostings(bySource.get(s.id) ?? [], n) })),
			...timeline.actors.map((a) => ({ words: foldedWords(a.name), events: encodePostings(byActor.get(a.id) ?? [], n) }))
		].filter((name) => name.words.length > 0)
	};
}
