/**
 * Mouse and wheel input for the timeline surface: d3-zoom reads the gestures, and the
 * transform it produces becomes the viewport's. The viewport pushes programmatic moves
 * (keys, deep links, the minimap) back into d3-zoom so that the next gesture starts from
 * the view on screen. Fingers are touch-gestures.ts's.
 */
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import { baseScale, scaleExtentFor } from '../layout/time-scale';
import type { Viewport } from '../state/viewport.svelte';

/** `onzoom` runs after each gesture step has moved the view. */
export function zoomSurface(viewport: Viewport, onzoom?: () => void): Attachment<HTMLElement> {
	return (node) => {
		const behavior = zoom<HTMLElement, unknown>()
			.scaleExtent(scaleExtentFor(baseScale(viewport.homeWindow, 1), viewport.maxViewMs))
			.filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
				// Double-clicking an event opens it; it should not also zoom.
				if (event.type === 'dblclick' && (event.target as Element).closest('button')) return false;
				// Fingers are handled by touchGestures, which lets vertical swipes scroll the page.
				if (event.type.startsWith('touch')) return false;
				return (!event.ctrlKey || event.type === 'wheel') && !event.button;
			})
			.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
				viewport.transform = event.transform;
				onzoom?.();
			});
		const surface = select(node).call(behavior);
		const disconnect = viewport.connect((transform) => surface.call(behavior.transform, transform));
		return () => {
			disconnect();
			surface.on('.zoom', null);
		};
	};
}
