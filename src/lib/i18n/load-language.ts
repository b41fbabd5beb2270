/**
 * One language at a time, loaded when a reader needs it: the site's pages and the web
 * component ship English and fetch the Ukrainian or Russian messages and date names as
 * chunks of their own, so that English readers do not download every language.
 */
import { languageTools } from './grammar';
import type { LocaleId } from './locales';
import { english, makeTranslator, type Translator } from './translator';

const loaders: Record<Exclude<LocaleId, 'en'>, () => Promise<Translator>> = {
	uk: async () => {
		const [{ ukMessages }, { uk }] = await Promise.all([import('./messages/uk'), import('date-fns/locale/uk')]);
		return makeTranslator('uk', { messages: ukMessages(languageTools('uk')), dateLocale: uk });
	},
	ru: async () => {
		const [{ ruMessages }, { ru }] = await Promise.all([import('./messages/ru'), import('date-fns/locale/ru')]);
		return makeTranslator('ru', { messages: ruMessages(languageTools('ru')), dateLocale: ru });
	}
};

const loading = new Map<LocaleId, Promise<Translator>>();

export function loadTranslator(locale: LocaleId): Promise<Translator> {
	if (locale === 'en') return Promise.resolve(english);
	let promise = loading.get(locale);
	if (!promise) loading.set(locale, (promise = loaders[locale]()));
	return promise;
}
