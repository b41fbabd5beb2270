/**
 * The interface languages Citeline speaks, and which one a reader gets.
 *
 * `?lang=` wins when it names a language we have; otherwise the browser's languages decide,
 * then English. This module chooses only: the words live in messages/, and the timeline's own
 * text stays in the language it was written in (the timeline file's `language`).
 */
export const LOCALES = ['en', 'uk', 'ru'] as const;
export type LocaleId = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: LocaleId = 'en';

/** Each language by its own name, for a language menu (a reader looks for the name they can read). */
export const LOCALE_NAMES: Record<LocaleId, string> = { en: 'English', uk: 'Українська', ru: 'Русский' };

export interface NegotiatedLocale {
	locale: LocaleId;
	/** Set when `?lang=` asked for a language we do not have, so the page can say so. */
	notice?: 'unsupported';
}

/** The supported language a BCP 47 tag names ('ru', 'ru-RU', 'UK', 'uk_UA'), if any. */
export function matchLocale(tag: string): LocaleId | undefined {
	const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
	return LOCALES.find((id) => id === primary);
}

/**
 * The interface language for a reader: the supported `?lang=`, else the first supported
 * browser language (navigator.languages order is the reader's preference), else English.
 */
export function negotiateLocale(requested: string | null | undefined, acceptLanguages: readonly string[]): NegotiatedLocale {
	const asked = requested?.trim();
	if (asked) {
		const match = matchLocale(asked);
		if (match) return { locale: match };
	}
	const fromBrowser = acceptLanguages.map(matchLocale).find((id) => id !== undefined) ?? DEFAULT_LOCALE;
	return asked ? { locale: fromBrowser, notice: 'unsupported' } : { locale: fromBrowser };
}

/** The value of the page's `lang` attribute. */
export function htmlLang(id: LocaleId): string {
	return id;
}
