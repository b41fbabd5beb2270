/**
 * Draws density on a canvas: in each lane, a bar per time bin as tall as the share of the
 * lane's busiest bin in view (square root, so that sparse stretches still show). Loaded the
 * first time a view needs it (DensityLayer.svelte): short timelines and their widgets never
 * download it. It imports only the context's preparation, which the marks share.
 */
import type { TimeScale } from '$lib/layout/time-scale';
import type { Density } from '../payload/types';
import { preparedContext } from './canvas-context';

export interface DensityLane {
	/** The density lanes (categories) this band sums. */
	sources: readonly string[];
	topPx: number;
	heightPx: number;
	colour: string;
}

export function drawDensity(canvas: HTMLCanvasElement, density: Density, scale: TimeScale, widthPx: number, heightPx: number, lanes: readonly DensityLane[]): void {
	const context = preparedContext(canvas, widthPx, heightPx);
	if (!context) return;
	const [d0, d1] = scale.domain();
	const firstBin = Math.max(Math.floor((d0 - density.originMs) / density.binMs), 0);
	const lastBin = Math.min(Math.floor((d1 - density.originMs) / density.binMs), density.bins - 1);
	if (lastBin < firstBin) return;
	// The scale is linear in time: one multiplication a bin edge instead of a call.
	const pxPerMs = widthPx / Math.max(d1 - d0, 1);
	const binPx = density.binMs * pxPerMs;
	const counts = new Float64Array(lastBin - firstBin + 1);
	for (const lane of lanes) {
		counts.fill(0);
		for (const source of lane.sources) {
			const pairs = density.byLane[source] ?? [];
			for (let i = 0; i + 1 < pairs.length; i += 2) {
				const bin = pairs[i] as number;
				if (bin >= firstBin && bin <= lastBin) counts[bin - firstBin] = (counts[bin - firstBin] as number) + (pairs[i + 1] as number);
			}
		}
		let most = 0;
		for (const c of counts) most = Math.max(most, c);
		if (most === 0) continue;
		context.fillStyle = lane.colour;
		const usable = lane.heightPx - 6;
		for (let i = 0; i < counts.length; i++) {
			const count = counts[i] as number;
			if (count === 0) continue;
			const x0 = (density.originMs + (firstBin + i) * density.binMs - d0) * pxPerMs;
			const share = Math.sqrt(count / most);
			const h = Math.max(share * usable, 2);
			context.globalAlpha = 0.35 + 0.5 * share;
			context.fillRect(x0, lane.topPx + lane.heightPx - 3 - h, Math.max(binPx - 0.5, 1), h);
		}
	}
	context.globalAlpha = 1;
}
