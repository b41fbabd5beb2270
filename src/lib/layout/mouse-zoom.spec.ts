import { zoomIdentity } from './zoom-transform';
import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale';
import { panTransform, wheelZoomFactor, zoomAt, zoomedScale } from './mouse-zoom';

const DAY_MS = 86_400_000;
const base = timeScale([0, 10 * DAY_MS], [0, 1000]);

describe('mouse zoom', () => {
	it('zooms in when the wheel turns away from the reader, and out towards them, by the same amount', () => {
		const inward = wheelZoomFactor(-100, 0, false);
		expect(inward).toBeGreaterThan(1);
		expect(inward * wheelZoomFactor(100, 0, false)).toBeCloseTo(1, 12);
		// One line (Firefox) and one page are coarser steps than one pixel; a pinch is ten times a wheel.
		expect(wheelZoomFactor(-3, 1, false)).toBeCloseTo(wheelZoomFactor(-75, 0, false), 12);
		expect(wheelZoomFactor(-10, 0, true)).toBeCloseTo(wheelZoomFactor(-100, 0, false), 12);
	});

	it('keeps the instant under the pointer in place', () => {
		const t = zoomAt(zoomIdentity, 2, 250);
		const before = base.invert(250);
		expect(t.rescaleX(base).invert(250)).toBe(before);
		// 10 days at k = 1, 5 days at k = 2.
		const view = t.rescaleX(base).domain().map(Number);
		expect((view[1] as number) - (view[0] as number)).toBe(5 * DAY_MS);
	});

	it('stops at the scale extent', () => {
		expect(zoomedScale(zoomIdentity, 1000, [0.5, 8])).toBe(8);
		expect(zoomedScale(zoomIdentity, 0.001, [0.5, 8])).toBe(0.5);
		expect(zoomedScale(zoomIdentity, 2, [0.5, 8])).toBe(2);
	});

	it('drags the timeline with the pointer: 100 px to the right shows a day earlier at 100 px a day', () => {
		const t = panTransform(zoomIdentity, 100);
		expect(t.rescaleX(base).invert(0)).toBe(-DAY_MS);
		expect(t.k).toBe(1);
	});
});
