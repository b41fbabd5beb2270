/**
 * `window.__ready`: when a page's first view of the timeline was drawn (performance.now(),
 * so ms since navigation started). `npm run bench` reads it as the page's first render;
 * nothing in the app depends on it.
 */
import { tick } from 'svelte';

/** Call from onMount: sets window.__ready after Svelte has flushed and the browser has painted that frame. */
export async function markFirstView(): Promise<void> {
	await tick();
	requestAnimationFrame(() =>
		setTimeout(() => {
			const page = window as { __ready?: number };
			page.__ready ??= performance.now();
		})
	);
}
