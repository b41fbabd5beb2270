import { describe, expect, it } from 'vitest';
import { visibleRows } from './virtual-rows';

describe('visibleRows', () => {
	it('draws the rows on screen and a few either side, with spacers for the rest', () => {
		const w = visibleRows(1000, () => undefined, 50, 5000, 5500, 2);
		expect(w.first).toBe(98);
		expect(w.last).toBe(111);
		expect(w.beforePx).toBe(98 * 50);
		expect(w.beforePx + (w.last - w.first + 1) * 50 + w.afterPx).toBe(1000 * 50);
	});

	it('uses measured heights where it has them', () => {
		const heights = [200, 200, 200];
		const w = visibleRows(100, (i) => heights[i], 20, 450, 500, 0);
		expect(w.first).toBe(2);
		expect(w.beforePx).toBe(400);
		expect(w.beforePx + 200 + w.afterPx).toBe(600 + 97 * 20);
	});

	it('copes with an empty list and a screen past the end', () => {
		expect(visibleRows(0, () => undefined, 20, 0, 100)).toEqual({ first: 0, last: -1, beforePx: 0, afterPx: 0 });
		const w = visibleRows(10, () => undefined, 20, 5000, 6000, 1);
		expect(w.last).toBe(9);
		expect(w.first).toBe(8);
		expect(w.afterPx).toBe(0);
	});

	it('stays within a frame at 100,000 rows', () => {
		const start = performance.now();
		for (let k = 0; k < 10; k++) visibleRows(100_000, (i) => (i % 3 === 0 ? 80 : undefined), 60, 3_000_000, 3_001_000);
		expect((performance.now() - start) / 10).toBeLessThan(16);
	});
});
