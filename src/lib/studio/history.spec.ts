import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo } from './history';

describe('history', () => {
	it('undoes and redoes steps in order, and a new step drops the redo', () => {
		let h = startHistory('a');
		h = record(h, 'b', { nowMs: 0 });
		h = record(h, 'c', { nowMs: 10 });
		h = undo(h);
		expect(h.present).toBe('b');
		h = undo(h);
		expect([h.present, canUndo(h), canRedo(h)]).toEqual(['a', false, true]);
		h = redo(h);
		expect(h.present).toBe('b');
		h = record(h, 'x', { nowMs: 20 });
		expect([h.present, canRedo(h)]).toEqual(['x', false]);
	});

	it('merges quick changes to one field into one step, but not changes to another field or after a pause', () => {
		let h = startHistory('');
		h = record(h, 'a', { key: 'title', nowMs: 0 });
		h = record(h, 'ab', { key: 'title', nowMs: 300 });
		h = record(h, 'abc', { key: 'title', nowMs: 600 });
		expect(h.past).toEqual(['']);
		h = record(h, 'abcd', { key: 'title', nowMs: 5000 });
		h = record(h, 'abcde', { key: 'summary', nowMs: 5100 });
		expect(h.past).toEqual(['', 'abc', 'abcd']);
		expect(undo(h).present).toBe('abcd');
	});

	it('folds a consequence into the step that caused it, however long after', () => {
		let h = startHistory('');
		h = record(h, 'typed', { key: 'title', nowMs: 0 });
		h = record(h, 'typed+named', { mergeWithPrevious: true, nowMs: 60_000 });
		expect(h.past).toEqual(['']);
		expect(undo(h).present).toBe('');
	});

	it('ignores undo with nothing to undo and redo with nothing to redo', () => {
		const h = startHistory(1);
		expect(undo(h)).toBe(h);
		expect(redo(h)).toBe(h);
	});
});
