import { describe, expect, it } from 'vitest';
import { countOf, formatList, formatNumber } from './grammar';
import { createTranslator } from './languages';

describe('counted nouns', () => {
	// Ukrainian and Russian have three forms: one (1, 21), few (2, 22), many (5, 11, 25).
	const rows: Array<[n: number, en: string, uk: string, ru: string]> = [
		[1, '1 day', '1 день', '1 день'],
		[2, '2 days', '2 дні', '2 дня'],
		[5, '5 days', '5 днів', '5 дней'],
		[11, '11 days', '11 днів', '11 дней'],
		[21, '21 days', '21 день', '21 день'],
		[22, '22 days', '22 дні', '22 дня'],
		[25, '25 days', '25 днів', '25 дней'],
		[111, '111 days', '111 днів', '111 дней']
	];

	it.each(rows)('%i days', (n, en, uk, ru) => {
		expect(createTranslator('en').when.days(n)).toBe(en);
		expect(createTranslator('uk').when.days(n)).toBe(uk);
		expect(createTranslator('ru').when.days(n)).toBe(ru);
	});

	it.each([
		[1, '1 event', '1 подія', '1 событие'],
		[2, '2 events', '2 події', '2 события'],
		[5, '5 events', '5 подій', '5 событий'],
		[11, '11 events', '11 подій', '11 событий'],
		[21, '21 events', '21 подія', '21 событие'],
		[22, '22 events', '22 події', '22 события'],
		[25, '25 events', '25 подій', '25 событий']
	])('%i events', (n, en, uk, ru) => {
		expect(createTranslator('en').eventCount(n)).toBe(en);
		expect(createTranslator('uk').eventCount(n)).toBe(uk);
		expect(createTranslator('ru').eventCount(n)).toBe(ru);
	});

	it.each([
		[1, '1 source', '1 джерело', '1 источник'],
		[2, '2 sources', '2 джерела', '2 источника'],
		[5, '5 sources', '5 джерел', '5 источников'],
		[21, '21 sources', '21 джерело', '21 источник']
	])('%i sources', (n, en, uk, ru) => {
		expect(createTranslator('en').sourceCount(n)).toBe(en);
		expect(createTranslator('uk').sourceCount(n)).toBe(uk);
		expect(createTranslator('ru').sourceCount(n)).toBe(ru);
	});

	it('counts inside sentences too', () => {
		expect(createTranslator('ru').eventsInView(22)).toBe('На экране 22 события.');
		expect(createTranslator('uk').moreListLabel(5)).toBe('Ще 5 подій з тією самою датою: показати списком');
		expect(createTranslator('en').moreEventsInside(1)).toBe('+1 more event inside');
	});
});

describe('numbers and lists', () => {
	it('groups digits as each language does', () => {
		expect(formatNumber('en', 12345)).toBe('12,345');
		// A no-break space, so the number never wraps.
		expect(formatNumber('uk', 12345)).toBe('12\u00a0345');
		expect(formatNumber('ru', 12345)).toBe('12\u00a0345');
		expect(countOf('ru', 12345, { one: 'событие', few: 'события', many: 'событий', other: 'события' })).toBe('12\u00a0345 событий');
	});

	it('joins a list with the language’s “and”', () => {
		expect(formatList('en', ['from=x', 'to=y'])).toBe('from=x and to=y');
		expect(formatList('uk', ['from=x', 'to=y'])).toBe('from=x і to=y');
		expect(formatList('ru', ['from=x', 'to=y'])).toBe('from=x и to=y');
	});
});
