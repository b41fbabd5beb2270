/**
 * A translator: one language's messages plus what formatting in that language needs (its
 * date-fns locale, its number format). Components read messages straight off it
 * (`t.zoomIn`, `t.eventsInView(12)`); src/lib/format takes it to put dates, statuses and
 * sources into words.
 */
import type { Locale } from 'date-fns';
import { formatNumber } from './grammar';
import { dateFnsLocale, htmlLang, type LocaleId } from './locales';
import { en, type Messages } from './messages/en';
import { ru } from './messages/ru';
import { uk } from './messages/uk';

export type { Messages };

export interface Translator extends Messages {
	readonly locale: LocaleId;
	/** For `lang` attributes. */
	readonly lang: string;
	/** For date-fns `format`. */
	readonly dateLocale: Locale;
	/** 12345 → "12,345" / "12 345". */
	formatNumber(n: number): string;
}

export const MESSAGES: Record<LocaleId, Messages> = { en, uk, ru };

function makeTranslator(locale: LocaleId): Translator {
	return Object.freeze({
		...MESSAGES[locale],
		locale,
		lang: htmlLang(locale),
		dateLocale: dateFnsLocale(locale),
		formatNumber: (n: number) => formatNumber(locale, n)
	});
}

const translators = new Map<LocaleId, Translator>();

/** The translator for a language (one shared, frozen instance per language). */
export function createTranslator(locale: LocaleId): Translator {
	let t = translators.get(locale);
	if (!t) translators.set(locale, (t = makeTranslator(locale)));
	return t;
}

/** The default everywhere a caller names no language. */
export const english: Translator = createTranslator('en');
