import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/languages';
import { sourceCredit, sourcePublisher, sourceTitle } from './source';

describe('sourceCredit', () => {
	const known = { title: 'Putin and Trump hold key phone call', publisher: 'Weekly Blitz' };
	const unknown = { title: null, publisher: null };

	it('keeps a known title and publisher as written, in any language', () => {
		for (const locale of ['en', 'uk', 'ru'] as const) {
			expect(sourceCredit(known, createTranslator(locale))).toBe('Putin and Trump hold key phone call — Weekly Blitz');
		}
	});

	it.each([
		['en', 'Untitled report — publisher unknown'],
		['uk', 'Матеріал без заголовка — видання невідоме'],
		['ru', 'Материал без заголовка — издание неизвестно']
	] as const)('says plainly what is not known (%s)', (locale, words) => {
		const t = createTranslator(locale);
		expect(sourceCredit(unknown, t)).toBe(words);
		expect(`${sourceTitle(unknown, t)} — ${sourcePublisher(unknown, t)}`).toBe(words);
	});

	it('defaults to English', () => {
		expect(sourceCredit(unknown)).toBe('Untitled report — publisher unknown');
	});
});
