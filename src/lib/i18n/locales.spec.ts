import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dateFnsLocale } from './languages';
import { htmlLang, LOCALES, negotiateLocale, type NegotiatedLocale } from './locales';

describe('negotiateLocale', () => {
	const rows: Array<[name: string, requested: string | null | undefined, browser: string[], expected: NegotiatedLocale]> = [
		['nothing asked, no browser languages: English', null, [], { locale: 'en' }],
		['?lang=ru', 'ru', ['en-GB'], { locale: 'ru' }],
		['?lang=ru-RU (a region)', 'ru-RU', [], { locale: 'ru' }],
		['?lang=UK (any case)', 'UK', ['ru'], { locale: 'uk' }],
		['?lang=uk_UA (underscore)', 'uk_UA', [], { locale: 'uk' }],
		['?lang= with spaces', ' en ', ['ru'], { locale: 'en' }],
		['?lang= wins over the browser', 'en', ['uk-UA', 'ru'], { locale: 'en' }],
		['an empty ?lang= is not a request', '', ['ru-RU'], { locale: 'ru' }],
		['unsupported ?lang= falls back to the browser, with a notice', 'de', ['uk-UA', 'en'], { locale: 'uk', notice: 'unsupported' }],
		['unsupported ?lang= and no browser match: English, with a notice', 'xx', ['fr-FR'], { locale: 'en', notice: 'unsupported' }],
		['the browser’s first supported language, in its order of preference', undefined, ['fr-FR', 'ru-RU', 'uk'], { locale: 'ru' }],
		['a browser language that only starts like ours is not ours', null, ['ukr', 'rus'], { locale: 'en' }]
	];

	it.each(rows)('%s', (_, requested, browser, expected) => {
		expect(negotiateLocale(requested, browser)).toEqual(expected);
	});
});

describe('dateFnsLocale and htmlLang', () => {
	it.each([
		['en', '19 March 2025', 'en'],
		['uk', '19 березня 2025', 'uk'],
		['ru', '19 марта 2025', 'ru']
	] as const)('%s', (id, date, lang) => {
		expect(format(new Date(2025, 2, 19), 'd MMMM yyyy', { locale: dateFnsLocale(id) })).toBe(date);
		expect(htmlLang(id)).toBe(lang);
	});

	it('covers every language', () => {
		expect(LOCALES.map((id) => dateFnsLocale(id).code)).toEqual(['en-GB', 'uk', 'ru']);
	});
});
