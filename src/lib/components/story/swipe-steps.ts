/**
 * An attachment that turns horizontal swipes on an element into story steps (see
 * story/swipe.ts for which swipes count). Touch events only: a mouse drag selects text, as
 * a reader expects on a page. Vertical swipes are left to the browser, which scrolls.
 */
import type { Attachment } from 'svelte/attachments';
import { swipeStep } from '$lib/story/swipe';

export function swipeSteps(onstep: (step: 'next' | 'previous') => void): Attachment<HTMLElement> {
	return (node) => {
		let start: { x: number; y: number } | undefined;
		const ontouchstart = (event: TouchEvent) => {
			const touch = event.touches[0];
			start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : undefined;
		};
		const ontouchend = (event: TouchEvent) => {
			const touch = event.changedTouches[0];
			if (!start || !touch || event.touches.length > 0) return;
			const step = swipeStep(touch.clientX - start.x, touch.clientY - start.y);
			start = undefined;
			if (step) onstep(step);
		};
		const ontouchcancel = () => (start = undefined);
		node.addEventListener('touchstart', ontouchstart, { passive: true });
		node.addEventListener('touchend', ontouchend, { passive: true });
		node.addEventListener('touchcancel', ontouchcancel, { passive: true });
		return () => {
			node.removeEventListener('touchstart', ontouchstart);
			node.removeEventListener('touchend', ontouchend);
			node.removeEventListener('touchcancel', ontouchcancel);
		};
	};
}
