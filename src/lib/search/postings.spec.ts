import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, orPostings } from './postings';

describe('postings', () => {
	it.each([
		['empty', [], 100],
		['a few', [0, 3, 10, 11, 99], 100],
		['large gaps', [5, 70_000, 99_999], 100_000],
		['most events (a bitset)', Array.from({ length: 90 }, (_, i) => i + (i > 40 ? 7 : 0)), 100],
		['every event, odd count', Array.from({ length: 37 }, (_, i) => i), 37]
	])('%s round-trips', (_, orders, n) => {
		const encoded = encodePostings(orders, n);
		expect(decodePostings(encoded, n)).toEqual(orders);
	});

	it('writes rare words as gaps and common ones as bits, whichever is smaller', () => {
		expect(encodePostings([3, 10, 11], 1000)).toBe('3,7,1');
		expect(encodePostings([0, 1, 2, 3, 4, 5, 6, 7, 8], 16).startsWith('~')).toBe(true);
	});

	it('ORs a mark into existing bits', () => {
		const bits = new Uint8Array(8);
		bits[2] = 2;
		orPostings(encodePostings([2, 5], 8), bits, 1);
		expect([...bits]).toEqual([0, 0, 3, 0, 0, 1, 0, 0]);
	});
});
