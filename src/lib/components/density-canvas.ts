/**
 * Draws density on a canvas: in each lane, a bar per time bin as tall as the share of the
 * lane's busiest bin in view (square root, so that sparse stretches still show). Loaded the
 * first time a view needs it (DensityLayer.svelte), so it imports nothing: short timelines
 * and their widgets never download it.
 */
import type { ScaleTime } from 'd3-scale';
import type { Density } from '../payload/types';

export interface DensityLane {
	/** The density lanes (categories) this band sums. */
	sources: readonly string[];
	topPx: number;
	heightPx: number;
	colour: string;
}

export function drawDensity(canvas: HTMLCanvasElement, density: Density, scale: ScaleTime<number, number>, widthPx: number, heightPx: number, lanes: readonly DensityLane[]): void {
	const ratio = window.devicePixelRatio || 1;
	canvas.width = Math.round(widthPx * ratio);
	canvas.height = Math.round(heightPx * ratio);
	const context = canvas.getContext('2d');
	if (!context) return;
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.clearRect(0, 0, widthPx, heightPx);
	const [d0, d1] = scale.domain().map(Number) as [number, number];
	const firstBin = Math.max(Math.floor((d0 - density.originMs) / density.binMs), 0);
	const lastBin = Math.min(Math.floor((d1 - density.originMs) / density.binMs), density.bins - 1);
	for (const lane of lanes) {
		const counts = new Map<number, number>();
		for (const source of lane.sources) {
			const pairs = density.byLane[source] ?? [];
			for (let i = 0; i + 1 < pairs.length; i += 2) {
				const bin = pairs[i] as number;
				if (bin >= firstBin && bin <= lastBin) counts.set(bin, (counts.get(bin) ?? 0) + (pairs[i + 1] as number));
			}
		}
		let most = 0;
		for (const c of counts.values()) most = Math.max(most, c);
		if (most === 0) continue;
		context.fillStyle = lane.colour;
		const usable = lane.heightPx - 6;
		for (const [bin, count] of counts) {
			const x0 = scale(density.originMs + bin * density.binMs);
			const x1 = scale(density.originMs + (bin + 1) * density.binMs);
			const h = Math.max(Math.sqrt(count / most) * usable, 2);
			context.globalAlpha = 0.35 + 0.5 * Math.sqrt(count / most);
			context.fillRect(x0, lane.topPx + lane.heightPx - 3 - h, Math.max(x1 - x0 - 0.5, 1), h);
		}
	}
	context.globalAlpha = 1;
}
