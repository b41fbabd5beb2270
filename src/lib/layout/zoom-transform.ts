/**
 * The view's zoom transform: screen x = k · x₀ + x, where x₀ is a position on the base scale.
 * The same object as d3-zoom's ZoomTransform (same fields, same rescaleX), along x only.
 *
 * Why not import d3-zoom's: the package is published as one bundled file that imports
 * d3-transition, which declares side effects, so taking this 40-line class from it put
 * d3-transition, d3-selection and d3-drag (9 kB gzipped) on every page.
 */
import type { TimeScale } from './time-scale';

export class ZoomTransform {
	constructor(
		readonly k: number,
		readonly x: number,
		readonly y = 0
	) {}

	/** This transform scaled by `k` more (about the origin). */
	scale(k: number): ZoomTransform {
		return k === 1 ? this : new ZoomTransform(this.k * k, this.x, this.y);
	}

	/** This transform moved by (x, y) in base units. */
	translate(x: number, y: number): ZoomTransform {
		return x === 0 && y === 0 ? this : new ZoomTransform(this.k, this.x + this.k * x, this.y + this.k * y);
	}

	applyX(x: number): number {
		return x * this.k + this.x;
	}

	invertX(x: number): number {
		return (x - this.x) / this.k;
	}

	/** A copy of `scale` showing what this transform shows: its domain is the range seen through the transform. */
	rescaleX(scale: TimeScale): TimeScale {
		const [r0, r1] = scale.range();
		return scale.withDomain([scale.invert(this.invertX(r0)), scale.invert(this.invertX(r1))]);
	}
}

export const zoomIdentity = new ZoomTransform(1, 0, 0);
