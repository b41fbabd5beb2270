/**
 * Swipe a bottom sheet down to close it. The drag is taken on the sheet's header only, so
 * that swiping in its text still scrolls the text. While dragging, the sheet follows the
 * finger (a CSS variable); on release it either closes or springs back.
 */
import type { Attachment } from 'svelte/attachments';
import { sheetDismisses } from '../layout/gestures';

export function swipeDownToClose(sheet: () => HTMLElement | undefined, onclose: () => void): Attachment<HTMLElement> {
	return (handle) => {
		let start: { id: number; y: number } | undefined;
		// The last two samples of the drag, for the speed at which the finger let go.
		let previous = { y: 0, t: 0 };
		let last = { y: 0, t: 0 };

		const offset = (px: number) => sheet()?.style.setProperty('--sheet-drag-px', `${Math.max(px, 0)}px`);

		const ondown = (event: PointerEvent) => {
			if (event.pointerType === 'mouse' || (event.target as Element).closest('button, a')) return;
			start = { id: event.pointerId, y: event.clientY };
			previous = last = { y: event.clientY, t: event.timeStamp };
			handle.setPointerCapture(event.pointerId);
		};
		const onmove = (event: PointerEvent) => {
			if (event.pointerId !== start?.id) return;
			offset(event.clientY - start.y);
			previous = last;
			last = { y: event.clientY, t: event.timeStamp };
		};
		const onup = (event: PointerEvent) => {
			if (event.pointerId !== start?.id) return;
			const dy = event.clientY - start.y;
			const velocity = (last.y - previous.y) / Math.max(last.t - previous.t, 1);
			const height = sheet()?.getBoundingClientRect().height ?? 0;
			start = undefined;
			offset(0);
			if (event.type === 'pointerup' && sheetDismisses(dy, velocity, height)) onclose();
		};

		handle.addEventListener('pointerdown', ondown);
		handle.addEventListener('pointermove', onmove);
		handle.addEventListener('pointerup', onup);
		handle.addEventListener('pointercancel', onup);
		return () => {
			handle.removeEventListener('pointerdown', ondown);
			handle.removeEventListener('pointermove', onmove);
			handle.removeEventListener('pointerup', onup);
			handle.removeEventListener('pointercancel', onup);
		};
	};
}
