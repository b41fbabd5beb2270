import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/languages';
import { LOCALES } from '../i18n/locales';
import { parseWhen } from '../model/dates';
import { eventButtonName, eventNameDetails, hiddenEventsBadge } from './event-name';

function whenOf(edtf: string) {
	const parsed = parseWhen(edtf);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.when;
}

const CALL = { title: 'Putin and Trump speak by telephone', when: whenOf('2025-03-18'), status: 'happened' as const };

describe('eventButtonName', () => {
	it('English: title, what is hidden inside, date, status', () => {
		const details = eventNameDetails(CALL, 'UTC');
		expect(details).toBe('18 March 2025, happened');
		expect(eventButtonName(CALL.title, 0, details)).toBe('Putin and Trump speak by telephone, 18 March 2025, happened');
		expect(eventButtonName(CALL.title, 10, details)).toBe('Putin and Trump speak by telephone, +10 more events inside, 18 March 2025, happened');
	});

	// WCAG 2.5.3: the button shows the title and then the badge; its name opens with both, in that order.
	describe.each(LOCALES)('%s: the visible title and badge open the name', (locale) => {
		const t = createTranslator(locale);
		const details = eventNameDetails(CALL, 'UTC', t);
		it.each([1, 2, 3, 5, 10, 21, 22, 1200, 12_345])('%i hidden', (hidden) => {
			const badge = hiddenEventsBadge(hidden, t);
			expect(badge).toMatch(/^\+\d/);
			expect(eventButtonName(CALL.title, hidden, details, t).startsWith(`${CALL.title}, ${badge} `)).toBe(true);
		});
	});

	it('groups the badge digits as the language does', () => {
		expect(hiddenEventsBadge(12_345)).toBe('+12,345');
		expect(hiddenEventsBadge(12_345, createTranslator('uk'))).toBe('+12\u00a0345');
	});
});
