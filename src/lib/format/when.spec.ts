import { describe, expect, it } from 'vitest';
import { parseWhen, type When } from '../model/dates';
import { createTranslator } from '../i18n/languages';
import { describePrecision, describeSpan, describeWhen, formatDatePoint } from './when';

const uk = createTranslator('uk');
const ru = createTranslator('ru');

/** Real parsed dates, not hand-made objects: the words must fit what the model produces. */
function when(edtf: string): When {
	const result = parseWhen(edtf);
	if (!result.ok) throw new Error(`"${edtf}": ${result.message}`);
	return result.when;
}

describe('describeWhen', () => {
	const rows: Array<[edtf: string, words: string]> = [
		// Points, at their own precision.
		['2025-03-19', '19 March 2025'],
		['2025-03', 'March 2025'],
		['2025', '2025'],
		['196X', '1960s'],
		['2025-21', 'spring 2025'],
		// Winter is named by the year it starts in: December 2025 to February 2026.
		['2025-24', 'winter 2025'],
		['2025-24/2026-22', 'from winter 2025 to summer 2026'],
		// The seasons of either hemisphere (25–32) are seasons too.
		['2025-25', 'spring 2025'],
		['2025-28', 'winter 2025'],
		['2025-29', 'spring 2025'],
		['2025-30', 'summer 2025'],
		['2025-03-19?', '19 March 2025 (date uncertain)'],
		['2025-03-19~', 'about 19 March 2025'],
		['2025-03-19%', 'about 19 March 2025 (date uncertain)'],
		['2025-03~', 'about March 2025'],
		// Ranges: the start drops what it shares with the end; the length in days is the count from start to end.
		['2025-03-18/2025-04-17', 'from 18 March to 17 April 2025 (30 days)'],
		['2025-03-18/2025-03-20', 'from 18 to 20 March 2025 (2 days)'],
		['2025-03-18/2025-03-19', 'from 18 to 19 March 2025 (1 day)'],
		['2024-12-30/2025-01-02', 'from 30 December 2024 to 2 January 2025 (3 days)'],
		['2025-03/2025-05', 'from March to May 2025'],
		['2024-11/2025-02', 'from November 2024 to February 2025'],
		['2025-03-18/2025-04-17~', 'from 18 March to about 17 April 2025 (about 30 days)'],
		['2025-03-18?/2025-04-17', 'from 18 March to 17 April 2025 (30 days, date uncertain)'],
		// What is not known is said, not filled in.
		['2025-03-18/..', 'from 18 March 2025, ongoing'],
		['2025-03-18/', 'from 18 March 2025 (end date not reported)'],
		['../2025-03-18', 'until 18 March 2025'],
		['/2025-03-18', 'until 18 March 2025 (start date not reported)'],
		['[2025-03-18..]', 'on or after 18 March 2025 (exact date not reported)'],
		['[..2025-03-18]', 'on or before 18 March 2025 (exact date not reported)'],
		['[2025-03-18?..]', 'on or after 18 March 2025 (exact date not reported, date uncertain)']
	];

	it.each(rows)('%s → %s', (edtf, words) => {
		expect(describeWhen(when(edtf))).toBe(words);
	});

	it('says "date uncertain" for an uncertain date at any precision', () => {
		expect(describeWhen(when('2025-03?'))).toContain('date uncertain');
		expect(describeWhen(when('2025?'))).toBe('2025 (date uncertain)');
		expect(describeWhen(when('2025-03-18/2025-04-17?'))).toContain('date uncertain');
		expect(describeWhen(when('2025-03-18/2025-04-17~'))).not.toContain('uncertain');
	});

	it('shows a calendar date as the same day whatever the timeline zone', () => {
		// A date without a time is a calendar day: no zone may move it to the 18th or the 20th.
		for (const timeZone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Moscow']) {
			expect(describeWhen(when('2025-03-19'), { timeZone })).toBe('19 March 2025');
			expect(describeWhen(when('2025-03-18/2025-04-17'), { timeZone })).toBe('from 18 March to 17 April 2025 (30 days)');
		}
	});

	const timed: Array<[edtf: string, timeZone: string, words: RegExp]> = [
		// Moscow is UTC+3 all year.
		['2025-03-18T10:00Z', 'Europe/Moscow', /^18 March 2025, 13:00 (GMT\+3|MSK)$/],
		['2025-03-18T10:00Z', 'UTC', /^18 March 2025, 10:00 UTC$/],
		// 22:30 UTC is already the next day in Moscow.
		['2025-03-18T22:30Z', 'Europe/Moscow', /^19 March 2025, 01:30 (GMT\+3|MSK)$/],
		// 10:00+03:00 is 07:00 UTC, 03:00 in New York (daylight time, UTC−4, from 9 March 2025).
		['2025-03-18T10:00+03:00', 'America/New_York', /^18 March 2025, 03:00 (GMT-4|EDT)$/],
		// Kyiv is UTC+2 until the clocks change on 30 March 2025.
		['2025-03-18T10:00:30Z', 'Europe/Kyiv', /^18 March 2025, 12:00:30 (GMT\+2|EET)$/]
	];

	it.each(timed)('%s in %s', (edtf, timeZone, words) => {
		expect(describeWhen(when(edtf), { timeZone })).toMatch(words);
	});

	it('shows a time in UTC when the timeline names no zone', () => {
		expect(describeWhen(when('2025-03-18T10:00+03:00'))).toBe('18 March 2025, 07:00 UTC');
	});

	it('shows a range of times in the timeline zone', () => {
		expect(describeWhen(when('2025-03-18T10:00Z/2025-03-18T12:00Z'), { timeZone: 'Europe/Moscow' })).toMatch(
			/^from 18 March 2025, 13:00 (GMT\+3|MSK) to 18 March 2025, 15:00 (GMT\+3|MSK)$/
		);
	});
});

describe('formatDatePoint', () => {
	it('formats one end of a range without its qualifiers', () => {
		const range = when('2025-03-18/2025-04-17~');
		if (range.kind !== 'range' || range.end.kind !== 'date') throw new Error('expected a range with an end date');
		expect(formatDatePoint(range.end.date)).toBe('17 April 2025');
	});
});

describe('describePrecision', () => {
	it.each([
		['day', 'known to the day'],
		['month', 'known to the month'],
		['decade', 'known to the decade']
	] as const)('%s → %s', (precision, words) => {
		expect(describePrecision(precision)).toBe(words);
	});
});

describe('describeSpan', () => {
	const rows: Array<[name: string, earliest: string, latest: string, words: string]> = [
		['within a year', '2025-03-18T00:00:00.000Z', '2025-04-17T23:59:59.999Z', '18 March – 17 April 2025'],
		['within a month', '2025-03-18T00:00:00.000Z', '2025-03-19T23:59:59.999Z', '18–19 March 2025'],
		['one day', '2025-03-18T00:00:00.000Z', '2025-03-18T23:59:59.999Z', '18 March 2025'],
		['across years', '2024-12-30T00:00:00.000Z', '2025-01-02T23:59:59.999Z', '30 December 2024 – 2 January 2025']
	];

	it.each(rows)('%s', (_, earliest, latest, words) => {
		expect(describeSpan({ earliestMs: Date.parse(earliest), latestMs: Date.parse(latest) })).toBe(words);
	});

	it('reads the span in UTC days, not in the zone the tests run in', () => {
		// The last millisecond of 19 March UTC is still the 19th, even where the local clock says the 19th is over or not begun.
		expect(describeSpan({ earliestMs: Date.UTC(2025, 2, 18), latestMs: Date.UTC(2025, 2, 20) - 1 })).toBe('18–19 March 2025');
	});
});

describe('describeWhen in Ukrainian and Russian', () => {
	// Months decline: alone in the nominative ("березень 2025"), after "з", "до", "не раніше",
	// "с", "до", "не ранее" in the genitive ("березня"), after Russian "по" in the accusative ("май").
	const rows: Array<[edtf: string, uk: string, ru: string]> = [
		['2025-03-19', '19 березня 2025', '19 марта 2025'],
		['2025-03', 'березень 2025', 'март 2025'],
		['2025-05', 'травень 2025', 'май 2025'],
		['2025', '2025', '2025'],
		['196X', '1960-ті', '1960-е'],
		['2025-21', 'весна 2025', 'весна 2025'],
		['2025-24', 'зима 2025', 'зима 2025'],
		['2025-03-19?', '19 березня 2025 (дата непевна)', '19 марта 2025 (дата под вопросом)'],
		['2025-03-19~', 'приблизно 19 березня 2025', 'примерно 19 марта 2025'],
		['2025-03~', 'приблизно березень 2025', 'примерно март 2025'],
		// Ranges: the start drops what it shares with the end; the days are counted with one/few/many.
		['2025-03-18/2025-04-17', 'з 18 березня до 17 квітня 2025 (30 днів)', 'с 18 марта по 17 апреля 2025 (30 дней)'],
		['2025-03-18/2025-03-20', 'з 18 до 20 березня 2025 (2 дні)', 'с 18 по 20 марта 2025 (2 дня)'],
		['2025-03-18/2025-03-19', 'з 18 до 19 березня 2025 (1 день)', 'с 18 по 19 марта 2025 (1 день)'],
		['2025-03-02/2025-03-23', 'з 2 до 23 березня 2025 (21 день)', 'со 2 по 23 марта 2025 (21 день)'],
		['2025-03-01/2025-03-06', 'з 1 до 6 березня 2025 (5 днів)', 'с 1 по 6 марта 2025 (5 дней)'],
		['2024-12-30/2025-01-02', 'з 30 грудня 2024 до 2 січня 2025 (3 дні)', 'с 30 декабря 2024 по 2 января 2025 (3 дня)'],
		['2025-03/2025-05', 'з березня до травня 2025', 'с марта по май 2025'],
		['2024-11/2025-02', 'з листопада 2024 до лютого 2025', 'с ноября 2024 по февраль 2025'],
		['2025-21/2025-23', 'з весни 2025 до осені 2025', 'с весны 2025 по осень 2025'],
		['1960/197X', 'з 1960 до 1970-х', 'с 1960 по 1970-е'],
		['2025-03-18/2025-04-17~', 'з 18 березня до приблизно 17 квітня 2025 (приблизно 30 днів)', 'с 18 марта по примерно 17 апреля 2025 (примерно 30 дней)'],
		['2025-03-18?/2025-04-17', 'з 18 березня до 17 квітня 2025 (30 днів, дата непевна)', 'с 18 марта по 17 апреля 2025 (30 дней, дата под вопросом)'],
		// What is not known is said, not filled in.
		['2025-03-18/..', 'з 18 березня 2025, триває', 'с 18 марта 2025, продолжается'],
		['2025-03/..', 'з березня 2025, триває', 'с марта 2025, продолжается'],
		['2025-03-18/', 'з 18 березня 2025 (дата завершення не повідомляється)', 'с 18 марта 2025 (дата окончания не сообщается)'],
		['../2025-03', 'до березня 2025', 'до марта 2025'],
		['/2025-03-18', 'до 18 березня 2025 (дата початку не повідомляється)', 'до 18 марта 2025 (дата начала не сообщается)'],
		['[2025-03-18..]', 'не раніше 18 березня 2025 (точна дата не повідомляється)', 'не ранее 18 марта 2025 (точная дата не сообщается)'],
		['[..2025-03]', 'не пізніше березня 2025 (точна дата не повідомляється)', 'не позднее марта 2025 (точная дата не сообщается)']
	];

	it.each(rows)('%s → %s / %s', (edtf, ukWords, ruWords) => {
		expect(describeWhen(when(edtf), { t: uk })).toBe(ukWords);
		expect(describeWhen(when(edtf), { t: ru })).toBe(ruWords);
	});

	it('shows a time in the timeline zone with the language’s month', () => {
		expect(describeWhen(when('2025-03-18T22:30Z'), { timeZone: 'Europe/Moscow', t: ru })).toMatch(/^19 марта 2025, 01:30 (GMT\+3|MSK)$/);
		expect(describeWhen(when('2025-03-18T10:00:30Z'), { timeZone: 'Europe/Kyiv', t: uk })).toMatch(/^18 березня 2025, 12:00:30 (GMT\+2|EET)$/);
		expect(describeWhen(when('2025-03-18T10:00+03:00'), { t: uk })).toBe('18 березня 2025, 07:00 UTC');
	});

	it('keeps a calendar date on its day in any zone', () => {
		for (const timeZone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
			expect(describeWhen(when('2025-03-19'), { timeZone, t: ru })).toBe('19 марта 2025');
		}
	});
});

describe('describePrecision in Ukrainian and Russian', () => {
	it.each([
		['day', 'з точністю до дня', 'с точностью до дня'],
		['month', 'з точністю до місяця', 'с точностью до месяца'],
		['season', 'з точністю до пори року', 'с точностью до времени года']
	] as const)('%s', (precision, ukWords, ruWords) => {
		expect(describePrecision(precision, uk)).toBe(ukWords);
		expect(describePrecision(precision, ru)).toBe(ruWords);
	});
});

describe('describeSpan in three languages', () => {
	const rows: Array<[name: string, earliest: string, latest: string, en: string, uk: string, ru: string]> = [
		['within a year', '2025-03-18', '2025-04-17', '18 March – 17 April 2025', '18 березня – 17 квітня 2025', '18 марта – 17 апреля 2025'],
		['within a month', '2025-03-18', '2025-03-19', '18–19 March 2025', '18–19 березня 2025', '18–19 марта 2025'],
		['one day', '2025-03-19', '2025-03-19', '19 March 2025', '19 березня 2025', '19 марта 2025'],
		['across years', '2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025', '30 грудня 2024 – 2 січня 2025', '30 декабря 2024 – 2 января 2025']
	];

	it.each(rows)('%s', (_, earliest, latest, enWords, ukWords, ruWords) => {
		const span = { earliestMs: Date.parse(`${earliest}T00:00:00.000Z`), latestMs: Date.parse(`${latest}T23:59:59.999Z`) };
		expect(describeSpan(span, { t: createTranslator('en') })).toBe(enWords);
		expect(describeSpan(span, { t: uk })).toBe(ukWords);
		expect(describeSpan(span, { t: ru })).toBe(ruWords);
	});
});

describe('years before the common era and before 1000', () => {
	const words = (edtf: string) => {
		const parsed = parseWhen(edtf);
		if (!parsed.ok) throw new Error(parsed.message);
		return describeWhen(parsed.when);
	};
	it.each([
		['-0499', '500 BC'],
		['0000', '1 BC'],
		['0044', '44'],
		['-0043-03-15', '15 March 44 BC'],
		['-0499/-0400', 'from 500 BC to 401 BC']
	])('%s → %s', (edtf, expected) => {
		expect(words(edtf)).toBe(expected);
	});
});
