/**
 * Mouse and wheel input for the timeline surface: the wheel zooms about the pointer, a drag
 * pans, a double-click zooms in (with Shift, out). The arithmetic is d3's zoom transform
 * (layout/mouse-zoom.ts, the rules of d3-zoom's behaviour); this file only keeps track of the
 * pointer. Fingers are touch-gestures.ts's.
 *
 * Why not d3-zoom's behaviour itself: it brings d3-selection, d3-transition and d3-drag
 * (9 kB gzipped, a tenth of the page's code) for what is here a few listeners, and its
 * touch handling had to be switched off anyway.
 */
import type { ZoomTransform } from '../layout/zoom-transform';
import type { Attachment } from 'svelte/attachments';
import { panTransform, wheelZoomFactor, zoomAt, zoomedScale } from '../layout/mouse-zoom';
import { baseScale, scaleExtentFor } from '../layout/time-scale';
import type { Viewport } from '../state/viewport.svelte';

/** A wheel gesture (a flick of the wheel, a trackpad swipe) ends after this pause, ms; as d3-zoom. */
const WHEEL_GESTURE_MS = 150;

/** `onzoom` runs after each change of the view made here or asked of the viewport. */
export function zoomSurface(viewport: Viewport, onzoom?: () => void): Attachment<HTMLElement> {
	return (node) => {
		const extent = scaleExtentFor(baseScale(viewport.homeWindow, 1), viewport.maxViewMs);
		const show = (transform: ZoomTransform) => {
			viewport.transform = transform;
			onzoom?.();
		};
		const xOf = (event: MouseEvent) => event.clientX - node.getBoundingClientRect().left;

		let wheelTimer: ReturnType<typeof setTimeout> | undefined;
		function onwheel(event: WheelEvent) {
			const t = viewport.transform;
			const k = zoomedScale(t, wheelZoomFactor(event.deltaY, event.deltaMode, event.ctrlKey), extent);
			// At a zoom limit, a new wheel gesture scrolls the page instead.
			if (k === t.k && wheelTimer === undefined) return;
			event.preventDefault();
			clearTimeout(wheelTimer);
			wheelTimer = setTimeout(() => (wheelTimer = undefined), WHEEL_GESTURE_MS);
			if (k !== t.k) show(zoomAt(t, k, xOf(event)));
		}

		let drag: { pointerId: number; lastX: number; moved: boolean } | undefined;
		function onpointerdown(event: PointerEvent) {
			// Fingers are touch-gestures.ts's; ctrl+click is the context menu on a Mac.
			if (event.pointerType === 'touch' || event.button !== 0 || event.ctrlKey) return;
			drag = { pointerId: event.pointerId, lastX: event.clientX, moved: false };
			window.addEventListener('pointermove', onpointermove);
			window.addEventListener('pointerup', onpointerup);
			window.addEventListener('pointercancel', onpointerup);
		}
		function onpointermove(event: PointerEvent) {
			if (!drag || event.pointerId !== drag.pointerId) return;
			const dx = event.clientX - drag.lastX;
			if (dx === 0) return;
			drag.lastX = event.clientX;
			drag.moved = true;
			show(panTransform(viewport.transform, dx));
		}
		function onpointerup(event: PointerEvent) {
			if (!drag || event.pointerId !== drag.pointerId) return;
			// A drag that ends on an event does not also open it.
			if (drag.moved) suppressNextClick();
			drag = undefined;
			stopDragging();
		}
		function stopDragging() {
			window.removeEventListener('pointermove', onpointermove);
			window.removeEventListener('pointerup', onpointerup);
			window.removeEventListener('pointercancel', onpointerup);
		}
		function suppressNextClick() {
			const swallow = (event: Event) => {
				event.preventDefault();
				event.stopImmediatePropagation();
			};
			window.addEventListener('click', swallow, { capture: true, once: true });
			// The click, if any, comes in the same task as the pointerup; a later one is the reader's.
			setTimeout(() => window.removeEventListener('click', swallow, { capture: true }));
		}

		function ondblclick(event: MouseEvent) {
			// Double-clicking an event opens it; it should not also zoom.
			if ((event.target as Element).closest('button')) return;
			event.preventDefault();
			const t = viewport.transform;
			show(zoomAt(t, zoomedScale(t, event.shiftKey ? 0.5 : 2, extent), xOf(event)));
		}

		node.addEventListener('wheel', onwheel, { passive: false });
		node.addEventListener('pointerdown', onpointerdown);
		node.addEventListener('dblclick', ondblclick);
		// Moves asked of the viewport (keys, links, the minimap, fingers) are shown the same way.
		const disconnect = viewport.connect(show);
		return () => {
			disconnect();
			clearTimeout(wheelTimer);
			stopDragging();
			node.removeEventListener('wheel', onwheel);
			node.removeEventListener('pointerdown', onpointerdown);
			node.removeEventListener('dblclick', ondblclick);
		};
	};
}
