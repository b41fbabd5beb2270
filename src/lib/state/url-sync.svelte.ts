/**
 * Keeps the URL and the view in step: `?event=&from=&to=`.
 *
 * Zooming and panning replace the current history entry (throttled, so a pinch does not
 * flood history); opening or closing an event pushes one, so Back closes what was opened.
 * Back and Forward re-apply the URL's view. Must be called during component init.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { onMount, untrack } from 'svelte';
import type { Selection } from './selection.svelte';
import { parseViewParams, withViewParams } from './url-state';
import type { Viewport } from './viewport.svelte';

export interface UrlSyncOptions {
	viewport: Viewport;
	selection: Selection;
	eventExists: (id: string) => boolean;
	/** Called with what the URL asked for but could not be used. */
	onnotices: (messages: string[]) => void;
	/** Called after an event from the URL is opened (to reveal it). */
	onopen: (id: string) => void;
	throttleMs?: number;
}

/** The query as the view sees it, so that `%3A` and `:` compare equal. */
function viewKey(url: URL): string {
	return new URLSearchParams(url.search).toString();
}

/** True when two windows differ by less than a thousandth of their width. */
function sameWindow(a: [number, number], b: [number, number]): boolean {
	const tolerance = (a[1] - a[0]) / 1000;
	return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

export function syncViewWithUrl(options: UrlSyncOptions): void {
	const { viewport, selection } = options;
	let ready = false;
	let written = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastSelected: string | undefined;

	function currentUrl(): URL {
		const atHome = sameWindow(viewport.window, viewport.homeWindow);
		return withViewParams(page.url, { event: selection.selected, window: atHome ? undefined : viewport.window });
	}

	function apply(url: URL, reportNotices: boolean): void {
		const params = parseViewParams(url.searchParams, options.eventExists);
		if (reportNotices) options.onnotices(params.notices);
		if (params.window) viewport.goTo(...params.window, { animate: false });
		else viewport.home({ animate: false });
		if (params.event) {
			selection.open(params.event);
			if (!params.window) options.onopen(params.event);
		} else selection.close();
		lastSelected = selection.selected;
		written = viewKey(currentUrl());
	}

	onMount(() => {
		apply(page.url, true);
		ready = true;
		return () => clearTimeout(timer);
	});

	// Back and Forward: the URL changed without us writing it. SvelteKit does not navigate
	// between shallow entries, so listen to the history itself (after the router has run).
	$effect(() => {
		const onpopstate = () =>
			setTimeout(() => {
				const url = new URL(location.href);
				if (ready && viewKey(url) !== written) apply(url, false);
			});
		window.addEventListener('popstate', onpopstate);
		return () => window.removeEventListener('popstate', onpopstate);
	});

	$effect(() => {
		const selected = selection.selected;
		void viewport.window;
		if (!ready) return;
		const next = untrack(currentUrl);
		if (viewKey(next) === written) return;
		clearTimeout(timer);
		if (selected !== lastSelected) {
			lastSelected = selected;
			written = viewKey(next);
			pushState(next, {});
		} else {
			timer = setTimeout(() => {
				const url = currentUrl();
				written = viewKey(url);
				replaceState(url, {});
			}, options.throttleMs ?? 250);
		}
	});
}
