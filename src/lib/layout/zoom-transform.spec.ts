import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale';
import { ZoomTransform, zoomIdentity } from './zoom-transform';

const base = timeScale([0, 1000], [0, 100]);

describe('ZoomTransform', () => {
	it('shows the base scale unchanged at identity', () => {
		expect(zoomIdentity.rescaleX(base).domain().map(Number)).toEqual([0, 1000]);
	});

	it('narrows the domain by k and shifts it by x, as d3-zoom does', () => {
		// k = 2 about the origin: the width shows half the time.
		expect(zoomIdentity.scale(2).rescaleX(base).domain().map(Number)).toEqual([0, 500]);
		// Moved 10 px right: the view starts 10 px (100 ms) earlier.
		expect(zoomIdentity.translate(10, 0).rescaleX(base).domain().map(Number)).toEqual([-100, 900]);
		const t = zoomIdentity.translate(10, 0).scale(2);
		expect([t.k, t.x]).toEqual([2, 10]);
		expect(t.applyX(t.invertX(37))).toBeCloseTo(37, 12);
	});

	it('leaves the base scale alone', () => {
		new ZoomTransform(4, -50).rescaleX(base);
		expect(base.domain().map(Number)).toEqual([0, 1000]);
	});
});

// d3-zoom and d3-scale stay development dependencies for this comparison only.
describe('ZoomTransform against d3-zoom', () => {
	it('gives the windows d3-zoom’s transform gives, for any zoom and pan', async () => {
		const d3 = await import('d3-zoom');
		const d3Base = (await import('d3-scale')).scaleUtc().domain(base.domain()).range(base.range());
		for (const [k, x] of [
			[1, 0],
			[3.5, -120],
			[0.25, 40],
			[1024, -51_200]
		] as const) {
			const ours = zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain();
			const theirs = d3.zoomIdentity.translate(x, 0).scale(k).rescaleX(d3Base).domain().map(Number);
			expect(ours).toEqual(theirs);
		}
	});
});
