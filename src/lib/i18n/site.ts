/**
 * The translators of Citeline's own pages: the timeline widget's words (messages/*.ts) and
 * the site's (messages/site/*.ts), which the web component does not show and so does not
 * carry. The pages (through the root layout) use these; the web component uses translator.ts
 * and load-language.ts alone and never imports this file.
 */
import { getI18n } from './context';
import { loadTranslator } from './load-language';
import type { LocaleId } from './locales';
import { enSite, type SiteMessages } from './messages/site/en';
import { english, type Translator } from './translator';
import { languageTools } from './grammar';

export type { SiteMessages };

export interface SiteTranslator extends Translator, SiteMessages {}

export function withSiteWords(translator: Translator, words: SiteMessages): SiteTranslator {
	return Object.freeze({ ...translator, ...words });
}

export const englishSite: SiteTranslator = withSiteWords(english, enSite);

const siteWordLoaders: Record<Exclude<LocaleId, 'en'>, () => Promise<SiteMessages>> = {
	uk: async () => (await import('./messages/site/uk')).ukSite(languageTools('uk')),
	ru: async () => (await import('./messages/site/ru')).ruSite(languageTools('ru'))
};

const loading = new Map<LocaleId, Promise<SiteTranslator>>();

/** English at once (it ships with every page); Ukrainian and Russian loaded, with the widget's words. */
export function loadSiteTranslator(locale: LocaleId): SiteTranslator | Promise<SiteTranslator> {
	if (locale === 'en') return englishSite;
	let promise = loading.get(locale);
	if (!promise) {
		promise = Promise.all([loadTranslator(locale), siteWordLoaders[locale]()]).then(([translator, words]) => withSiteWords(translator, words));
		loading.set(locale, promise);
	}
	return promise;
}

/**
 * The i18n of a page's component that shows the site's words. The root layout provides site
 * translators; a component of the site rendered where none is (inside the web component, say)
 * is a mistake in the code, named at once rather than shown as "undefined".
 */
export function getSiteI18n(): { readonly t: SiteTranslator } {
	const i18n = getI18n();
	const t = i18n.t;
	if (!('tagline' in t)) {
		// A component rendered on its own (a test) gets English, as getI18n() does.
		if (t === english) return { t: englishSite };
		throw new Error('Citeline: a component of the site was rendered without the site’s words (see src/lib/i18n/site.ts)');
	}
	return i18n as { readonly t: SiteTranslator };
}
