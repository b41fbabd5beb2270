/**
 * A translator: one language's messages plus what formatting in that language needs (its
 * date-fns locale, its number format). Components read messages straight off it
 * (`t.zoomIn`, `t.eventsInView(12)`); src/lib/format takes it to put dates, statuses and
 * sources into words.
 *
 * Only English is built in here, as the default of every format function. The other
 * languages come from languages.ts (all of them, for the site and the tests) or
 * load-language.ts (one at a time, for the web component, which must stay small).
 */
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { formatNumber } from './grammar';
import { htmlLang, type LocaleId } from './locales';
import { en, type Messages } from './messages/en';

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

/** What a language brings: its messages and its date-fns locale. */
export interface LanguagePack {
	messages: Messages;
	dateLocale: Locale;
}

export function makeTranslator(locale: LocaleId, pack: LanguagePack): Translator {
	return Object.freeze({
		...pack.messages,
		locale,
		lang: htmlLang(locale),
		dateLocale: pack.dateLocale,
		formatNumber: (n: number) => formatNumber(locale, n)
	});
}

/** The default everywhere a caller names no language. */
export const english: Translator = makeTranslator('en', { messages: en, dateLocale: enGB });

/** Where a page gets its translators: at once (every language bundled) or by loading one. */
export type TranslatorSource = (locale: LocaleId) => Translator | Promise<Translator>;
