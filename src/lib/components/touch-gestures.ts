/**
 * Touch input for the timeline surface: one finger pans, two fingers pinch-zoom about their
 * midpoint, a tap stays a tap (the browser's click), and a vertical swipe is left to the
 * browser so that the page scrolls.
 *
 * zoom-surface.ts keeps the mouse and the wheel. Fingers are handled here rather than by a
 * zoom behaviour that cancels every touchmove, vertical ones included, which would trap a
 * reader's thumb on a chart that fills the screen. The surface declares
 * `touch-action: pan-y`: the browser scrolls vertical swipes itself (and then cancels our
 * pointers) and hands us everything else. The arithmetic is in layout/gestures.ts.
 */
import type { Attachment } from 'svelte/attachments';
import { panWindow, pinchWindow, swipeIntent, type SwipeIntent, type TouchPoint } from '../layout/gestures';
import type { Viewport } from '../state/viewport.svelte';

type Gesture =
	| { fingers: 1; id: number; start: TouchPoint; window: [number, number]; intent: SwipeIntent }
	| { fingers: 2; ids: [number, number]; start: [TouchPoint, TouchPoint]; window: [number, number] };

export function touchGestures(viewport: Viewport): Attachment<HTMLElement> {
	return (node) => {
		const pointers = new Map<number, TouchPoint>();
		let gesture: Gesture | undefined;

		const at = (event: PointerEvent): TouchPoint => {
			const box = node.getBoundingClientRect();
			return { x: event.clientX - box.left, y: event.clientY - box.top };
		};

		// Every change in the number of fingers starts a new gesture from the current view,
		// so lifting one finger of a pinch turns it into a pan without a jump.
		const restart = () => {
			const entries = [...pointers.entries()];
			const window: [number, number] = [...viewport.window];
			if (entries.length === 1) {
				const [id, start] = entries[0] as [number, TouchPoint];
				gesture = { fingers: 1, id, start, window, intent: 'undecided' };
			} else if (entries.length === 2) {
				const [[a, pa], [b, pb]] = entries as [[number, TouchPoint], [number, TouchPoint]];
				gesture = { fingers: 2, ids: [a, b], start: [pa, pb], window };
			} else gesture = undefined;
		};

		const onpointerdown = (event: PointerEvent) => {
			if (event.pointerType !== 'touch') return;
			pointers.set(event.pointerId, at(event));
			restart();
		};

		const onpointermove = (event: PointerEvent) => {
			if (!pointers.has(event.pointerId)) return;
			const point = at(event);
			pointers.set(event.pointerId, point);
			if (!gesture) return;
			if (gesture.fingers === 1) {
				const dx = point.x - gesture.start.x;
				if (gesture.intent === 'undecided') gesture.intent = swipeIntent(dx, point.y - gesture.start.y);
				if (gesture.intent === 'pan') viewport.goTo(...panWindow(gesture.window, viewport.widthPx, dx), { animate: false });
				return;
			}
			const [a, b] = gesture.ids.map((id) => pointers.get(id)) as [TouchPoint | undefined, TouchPoint | undefined];
			if (a && b) viewport.goTo(...pinchWindow(gesture.window, viewport.widthPx, gesture.start, [a, b]), { animate: false });
		};

		const onpointerend = (event: PointerEvent) => {
			if (!pointers.delete(event.pointerId)) return;
			restart();
		};

		node.addEventListener('pointerdown', onpointerdown);
		node.addEventListener('pointermove', onpointermove);
		node.addEventListener('pointerup', onpointerend);
		node.addEventListener('pointercancel', onpointerend);
		return () => {
			node.removeEventListener('pointerdown', onpointerdown);
			node.removeEventListener('pointermove', onpointermove);
			node.removeEventListener('pointerup', onpointerend);
			node.removeEventListener('pointercancel', onpointerend);
		};
	};
}
