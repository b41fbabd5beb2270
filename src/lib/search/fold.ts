/**
 * How search compares words: case and diacritics folded, so that "Kyiv" finds "kyiv",
 * "Zelenskyy" finds "Zelenskyy", "resume" finds "résumé", and Cyrillic folds the same way
 * ("Ёлка" finds "елка"). The same folding runs when the index is built and when a query is
 * typed, and again when matched words are highlighted, so the three always agree.
 *
 * It never changes the text that is shown: highlighting works on the original string's
 * word boundaries (see highlight.ts); only comparisons use the folded form.
 */

/** Combining marks left by canonical decomposition (acute, diaeresis, breve…). */
const MARKS = /\p{M}+/gu;

/** Lower case without diacritics: "Résumé" → "resume", "Ёлка" → "елка", "Їжак" → "іжак". */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * What separates words: spaces, punctuation and symbols in any script. A hyphenated word is
 * two ("30-day" → "30", "day"), as readers type either half; apostrophes split too, so
 * "Kremlin’s" is found by "kremlin".
 */
export const WORD_SEPARATOR = /[\s\p{Z}\p{P}\p{S}]+/u;
/** One word, for walking a text with its offsets. */
export const WORD = /[^\s\p{Z}\p{P}\p{S}]+/gu;

/** The words of a text, unfolded. */
export function splitWords(text: string): string[] {
	return text.split(WORD_SEPARATOR).filter((word) => word !== '');
}

/** A query as the words it searches for: folded, in the order typed, without repeats. */
export function queryTerms(query: string): string[] {
	return [...new Set(splitWords(query).map(foldText).filter((term) => term !== ''))];
}

/**
 * Whether an indexed word is found by a query term: as typed, every term is a prefix
 * ("excha" finds "exchange"), but a one-character term must be the whole word, or "a" would
 * match half the timeline.
 */
export function termMatches(foldedWord: string, term: string): boolean {
	return term.length >= MIN_PREFIX_CHARS ? foldedWord.startsWith(term) : foldedWord === term;
}

/** Terms this long or longer are searched as prefixes. */
export const MIN_PREFIX_CHARS = 2;
