/**
 * What a canvas needs to follow the theme: the chart's canvases paint with the theme's
 * colours, which live in custom properties. Reading them forces the browser to compute
 * styles, so they are read again only when the theme may have changed (an attribute of the
 * page's root or of the widget's host, such as its theme, or the system's light or dark),
 * not on every zoom frame.
 */
import { LANE_COLOUR_COUNT, laneCustomProperty } from '$lib/styles/colours';
import { categoryColour } from './marks';

/** Counts the changes of theme around `element` while it is mounted; read `changes` in a $derived to recompute on them. Call during component setup. */
export function watchTheme(element: () => Element | undefined): { readonly changes: number } {
	let changes = $state(0);
	$effect(() => {
		const node = element();
		if (!node) return;
		const changed = () => changes++;
		const dark = matchMedia('(prefers-color-scheme: dark)');
		dark.addEventListener('change', changed);
		const observer = new MutationObserver(changed);
		observer.observe(document.documentElement, { attributes: true });
		const root = node.getRootNode();
		if (root instanceof ShadowRoot) observer.observe(root.host, { attributes: true });
		return () => {
			dark.removeEventListener('change', changed);
			observer.disconnect();
		};
	});
	return {
		get changes() {
			return changes;
		}
	};
}

/** A lane's colour as the theme (or a host's override) sets it, falling back to the light theme's. */
export function laneColourIn(style: CSSStyleDeclaration, colourIndex: number): string {
	return style.getPropertyValue(laneCustomProperty(colourIndex % LANE_COLOUR_COUNT)).trim() || categoryColour(colourIndex);
}
