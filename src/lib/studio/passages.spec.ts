import { describe, expect, it } from 'vitest';
import { addDiscrepancy, addEvent, addSource, newDraft } from './draft';
import { quotedPassages } from './passages';
import { trimmedSpan } from './selection';

describe('quotedPassages', () => {
	it('marks each quoted passage once, naming every event and discrepancy that quotes it', () => {
		const text = 'Alpha beta gamma. Delta epsilon.';
		const s = addSource(newDraft(), { text, title: 'S', publisher: null });
		let made = addEvent(s.draft, { title: 'First' }, { source: s.id, start: 0, end: 10 });
		made = addEvent(made.draft, { title: 'Second' }, { source: s.id, start: 0, end: 10 });
		const d = addDiscrepancy(made.draft, 'Disagree', { source: s.id, start: 18, end: 31 });
		const { spans, quotedBy } = quotedPassages(d.draft, s.id);
		expect(spans).toEqual([
			{ key: 'quote-0-10', start: 0, end: 10, kind: 'quote' },
			{ key: 'quote-18-31', start: 18, end: 31, kind: 'quote' }
		]);
		expect(quotedBy.get('quote-0-10')?.map((b) => b.title)).toEqual(['First', 'Second']);
		expect(quotedBy.get('quote-18-31')).toEqual([{ kind: 'discrepancy', id: 'disagree', title: 'Disagree' }]);
	});
});

describe('trimmedSpan', () => {
	it('drops whitespace caught at either end of a selection and keeps the rest', () => {
		const text = 'a  word\nand more ';
		expect(trimmedSpan(text, { start: 1, end: 12 })).toEqual({ start: 3, end: 11 });
		expect(trimmedSpan(text, { start: 12, end: 1 })).toEqual({ start: 3, end: 11 });
		expect(trimmedSpan(text, { start: 1, end: 3 })).toBeUndefined();
	});
});
