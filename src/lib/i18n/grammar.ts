/**
 * The grammar the messages need beyond plain strings: counted nouns, numbers and lists in
 * each language's own rules, and the grammatical case a date takes after a preposition.
 *
 * Counting: "1 day, 2 days" in English, but "1 день, 2 дня, 5 дней" in Russian and
 * "1 день, 2 дні, 5 днів" in Ukrainian. Intl.PluralRules picks the form (one, few, many), so
 * 21 is "one" and 11 is "many"; the message files only list the forms.
 */
import type { LocaleId } from './locales';

/**
 * The case a date is written in. Russian and Ukrainian decline month names and seasons after
 * prepositions: "март 2025" alone, "с марта 2025" (genitive), "по май 2025" (accusative).
 * English ignores it.
 */
export type DateCase = 'nominative' | 'genitive' | 'accusative';
export const DATE_CASES: readonly DateCase[] = ['nominative', 'genitive', 'accusative'];

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** The noun forms a language needs; `other` is the fallback (and Russian's form for fractions). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<LocaleId, Intl.PluralRules>();
const numberFormats = new Map<LocaleId, Intl.NumberFormat>();
const listFormats = new Map<LocaleId, Intl.ListFormat>();

function cached<T>(cache: Map<LocaleId, T>, locale: LocaleId, make: () => T): T {
	let value = cache.get(locale);
	if (value === undefined) cache.set(locale, (value = make()));
	return value;
}

/** 12345 → "12,345" (en), "12 345" (uk, ru; with a no-break space). */
export function formatNumber(locale: LocaleId, n: number): string {
	return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n);
}

/** The form of a noun that goes with `n`: pluralForm('ru', 5, { one: 'день', few: 'дня', many: 'дней', other: 'дня' }) → 'дней'. */
export function pluralForm(locale: LocaleId, n: number, forms: PluralForms): string {
	return forms[cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(n)] ?? forms.other;
}

/** The number and its noun: countOf('uk', 22, { one: 'день', few: 'дні', many: 'днів', other: 'дня' }) → '22 дні'. */
export function countOf(locale: LocaleId, n: number, forms: PluralForms): string {
	return `${formatNumber(locale, n)} ${pluralForm(locale, n, forms)}`;
}

/** ['a', 'b'] → "a and b" (en), "a и b" (ru), "a і b" (uk). */
export function formatList(locale: LocaleId, items: readonly string[]): string {
	return cached(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/** A language's counting and listing, bound to it: what its message file is built with. */
export interface LanguageTools {
	/** countOf, in this language. */
	count(n: number, forms: PluralForms): string;
	/** formatList, in this language. */
	list(items: readonly string[]): string;
	/** formatNumber, in this language. */
	number(n: number): string;
}

export function languageTools(locale: LocaleId): LanguageTools {
	return { count: (n, forms) => countOf(locale, n, forms), list: (items) => formatList(locale, items), number: (n) => formatNumber(locale, n) };
}

/** The same word in every case, for languages (English) that do not decline. */
export function undeclined(word: string): Record<DateCase, string> {
	return { nominative: word, genitive: word, accusative: word };
}
