/**
 * Every language, bundled: what the site's pages (prerendered, code-split by SvelteKit) and
 * the tests use. The web component loads one language at a time instead (load-language.ts).
 */
import type { Locale } from 'date-fns';
import { ru as ruDates } from 'date-fns/locale/ru';
import { uk as ukDates } from 'date-fns/locale/uk';
import type { LocaleId } from './locales';
import { en, type Messages } from './messages/en';
import { languageTools } from './grammar';
import { ruMessages } from './messages/ru';
import { ukMessages } from './messages/uk';
import { makeTranslator } from './translator';
import { enSite, type SiteMessages } from './messages/site/en';
import { ruSite } from './messages/site/ru';
import { ukSite } from './messages/site/uk';
import { englishSite, withSiteWords, type SiteTranslator } from './site';

export const MESSAGES: Record<LocaleId, Messages> = { en, uk: ukMessages(languageTools('uk')), ru: ruMessages(languageTools('ru')) };
export const SITE_MESSAGES: Record<LocaleId, SiteMessages> = { en: enSite, uk: ukSite(languageTools('uk')), ru: ruSite(languageTools('ru')) };

const DATE_LOCALES: Record<LocaleId, Locale> = { en: englishSite.dateLocale, uk: ukDates, ru: ruDates };

/** The date-fns locale for dates: British English ("19 March 2025") for English. */
export function dateFnsLocale(id: LocaleId): Locale {
	return DATE_LOCALES[id];
}

const translators = new Map<LocaleId, SiteTranslator>([['en', englishSite]]);

/** The translator for a language, with the site's words (one shared, frozen instance per language). */
export function createTranslator(locale: LocaleId): SiteTranslator {
	let t = translators.get(locale);
	if (!t) {
		const widget = makeTranslator(locale, { messages: MESSAGES[locale], dateLocale: DATE_LOCALES[locale] });
		translators.set(locale, (t = withSiteWords(widget, SITE_MESSAGES[locale])));
	}
	return t;
}
