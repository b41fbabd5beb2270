import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/languages';
import { loadTranslator } from '../i18n/load-language';
import { LANGUAGE_STORAGE_KEY, LanguageChoice, withLangParam } from './language-choice.svelte';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return { data, getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

describe('LanguageChoice: ?lang=, then the remembered pick, then the browser, then English', () => {
	it.each([
		{ why: '?lang= wins over everything', requested: 'ru', stored: 'uk', browser: ['uk-UA'], locale: 'ru', notice: undefined },
		{ why: 'a region or odd case in ?lang= still names the language', requested: 'UK-ua', stored: undefined, browser: [], locale: 'uk', notice: undefined },
		{ why: 'the remembered pick beats the browser', requested: null, stored: 'ru', browser: ['uk-UA', 'en'], locale: 'ru', notice: undefined },
		{ why: 'the browser order decides without a pick', requested: null, stored: undefined, browser: ['de-DE', 'uk-UA', 'ru'], locale: 'uk', notice: undefined },
		{ why: 'English when nothing matches', requested: null, stored: undefined, browser: ['de-DE', 'fr'], locale: 'en', notice: undefined },
		{ why: 'an unknown ?lang= is reported, and the pick decides', requested: 'de', stored: 'uk', browser: ['ru'], locale: 'uk', notice: 'unsupported' },
		{ why: 'an unknown ?lang= falls back to the browser', requested: 'de', stored: undefined, browser: ['ru-RU'], locale: 'ru', notice: 'unsupported' },
		{ why: 'a stored value that is not a language is ignored', requested: null, stored: 'klingon', browser: ['ru'], locale: 'ru', notice: undefined }
	])('$why', ({ requested, stored, browser, locale, notice }) => {
		const storage = memoryStorage(stored ? { [LANGUAGE_STORAGE_KEY]: stored } : {});
		const choice = new LanguageChoice(storage, { requested, browserLanguages: browser, translators: createTranslator });
		expect(choice.locale).toBe(locale);
		expect(choice.negotiated.notice).toBe(notice);
		expect(choice.t.lang).toBe(locale);
	});

	it('remembers a pick from the menu for the next visit, and uses it now', () => {
		const storage = memoryStorage();
		const choice = new LanguageChoice(storage, { browserLanguages: ['en-GB'], translators: createTranslator });
		expect(choice.locale).toBe('en');
		choice.choose('ru');
		expect(choice.locale).toBe('ru');
		expect(choice.t.zoomIn).toBe('Приблизить');
		expect(new LanguageChoice(storage, { browserLanguages: ['en-GB'] }).locale).toBe('ru');
	});

	it('does not remember a language that only came in the URL', () => {
		const storage = memoryStorage();
		new LanguageChoice(storage, { requested: 'uk' });
		expect(storage.data.has(LANGUAGE_STORAGE_KEY)).toBe(false);
	});

	it('still switches when storage refuses to write', () => {
		const choice = new LanguageChoice({
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		});
		choice.choose('uk');
		expect(choice.locale).toBe('uk');
	});

	it('carries the URL language in links, and nothing without one or for an unknown one', () => {
		expect(new LanguageChoice(undefined, { requested: 'ru' }).link('/t/call')).toBe('/t/call?lang=ru');
		expect(new LanguageChoice(undefined, { requested: null, browserLanguages: ['ru'] }).link('/t/call')).toBe('/t/call');
		expect(new LanguageChoice(undefined, { requested: 'de' }).link('/t/call')).toBe('/t/call');
	});
});

describe('withLangParam', () => {
	it.each([
		['/t/call', 'uk', '/t/call?lang=uk'],
		['/t/call?event=exchange', 'ru', '/t/call?event=exchange&lang=ru'],
		['/t/call/sources/kremlin#quote-10-42', 'ru', '/t/call/sources/kremlin?lang=ru#quote-10-42'],
		['/t/call?lang=en&from=2025-03-18T06:00Z', 'uk', '/t/call?lang=uk&from=2025-03-18T06:00Z'],
		['https://citeline.example/t/call?event=x#top', 'uk', 'https://citeline.example/t/call?event=x&lang=uk#top'],
		['/t/call#events', undefined, '/t/call#events']
	])('%s with %s → %s', (href, lang, expected) => {
		expect(withLangParam(href, lang)).toBe(expected);
	});
});

describe('LanguageChoice with languages loaded on demand (the web component)', () => {
	it('speaks English until the chosen language has loaded, then that language', async () => {
		const choice = new LanguageChoice(undefined, { requested: 'ru', translators: loadTranslator });
		expect(choice.t.locale).toBe('en');
		await choice.load();
		expect(choice.t.locale).toBe('ru');
		expect(choice.t.zoomIn).toBe(createTranslator('ru').zoomIn);
	});
});
