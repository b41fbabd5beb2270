/**
 * Where a search's words stand in a text, so that a quote or an archived source can mark
 * them. Returns offsets into the text as given; the text itself is never changed (a quote
 * is verbatim), only cut into pieces around the matches.
 */
import { foldText, termMatches, WORD } from './fold';

export interface TextPiece {
	text: string;
	/** Whether this piece is a matched word. */
	match: boolean;
}

/** [start, end) of every word of `text` that one of the folded `terms` finds. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
	if (terms.length === 0) return [];
	const ranges: [number, number][] = [];
	for (const word of text.matchAll(WORD)) {
		const folded = foldText(word[0]);
		if (terms.some((term) => termMatches(folded, term))) ranges.push([word.index, word.index + word[0].length]);
	}
	return ranges;
}

/** `text` cut into matched and unmatched pieces that join back into exactly `text`. */
export function highlightPieces(text: string, terms: readonly string[]): TextPiece[] {
	const pieces: TextPiece[] = [];
	let at = 0;
	for (const [start, end] of matchRanges(text, terms)) {
		if (start > at) pieces.push({ text: text.slice(at, start), match: false });
		pieces.push({ text: text.slice(start, end), match: true });
		at = end;
	}
	if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
	return pieces;
}
