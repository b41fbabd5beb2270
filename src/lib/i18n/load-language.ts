/**
 * One language at a time, loaded when a reader needs it: the web component ships English
 * in its one file and fetches the Ukrainian or Russian messages as a separate chunk next to
 * it, so that English readers do not download every language.
 *
 * The date-fns locales stay in the main file: they share date-fns's internals with English,
 * and splitting them out would split those internals into a chunk every reader must fetch.
 * The message files import nothing at run time, so their chunks stand alone.
 */
import { ru as ruDates } from 'date-fns/locale/ru';
import { uk as ukDates } from 'date-fns/locale/uk';
import { languageTools } from './grammar';
import type { LocaleId } from './locales';
import { english, makeTranslator, type Translator } from './translator';

const loaders: Record<Exclude<LocaleId, 'en'>, () => Promise<Translator>> = {
	uk: async () => makeTranslator('uk', { messages: (await import('./messages/uk')).ukMessages(languageTools('uk')), dateLocale: ukDates }),
	ru: async () => makeTranslator('ru', { messages: (await import('./messages/ru')).ruMessages(languageTools('ru')), dateLocale: ruDates })
};

const loading = new Map<LocaleId, Promise<Translator>>();

export function loadTranslator(locale: LocaleId): Promise<Translator> {
	if (locale === 'en') return Promise.resolve(english);
	let promise = loading.get(locale);
	if (!promise) loading.set(locale, (promise = loaders[locale]()));
	return promise;
}
