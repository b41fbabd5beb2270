/**
 * Keeps the URL and the view in step: `?event=&from=&to=`, and the search and filters
 * (`?q=&lane=&status=…`, search/filters.ts), which replace the entry as zooming does.
 *
 * Zooming and panning replace the current history entry (throttled, so a pinch does not
 * flood history); opening or closing an event pushes one, so Back closes what was opened.
 * Back and Forward re-apply the URL's view. Pass it as a <Timeline connect={…}>: it must run
 * while the widget is set up.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { onMount, untrack } from 'svelte';
import { getI18n } from '../i18n/context';
import type { TimelineHandle } from './context';
import { afterLocating } from './apply-view';
import { parseViewParams, withViewParams } from './url-state';
import { parseFindParams, withFindParams } from '../search/filters';

export interface UrlSyncOptions {
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

export function syncViewWithUrl(widget: TimelineHandle, options: UrlSyncOptions = {}): void {
	const { viewport, selection } = widget;
	// Called while the widget is set up, so the page's language is in context.
	const i18n = getI18n();
	let ready = false;
	let written = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastSelected: string | undefined;

	function currentUrl(): URL {
		const atHome = sameWindow(viewport.window, viewport.homeWindow);
		// The address bar, not page.url: shallow history entries (ours, and the language menu's
		// ?lang=) do not update page.url, and the other parameters must survive.
		const url = withViewParams(new URL(location.href), { event: selection.selected, window: atHome ? undefined : viewport.window });
		return widget.find ? withFindParams(url, widget.find.state) : url;
	}

	function apply(url: URL, reportNotices: boolean): void {
		const params = parseViewParams(url.searchParams, widget.eventExists, i18n.t);
		const find = widget.find && parseFindParams(url.searchParams, widget.find.vocabulary, i18n.t);
		if (find) widget.find?.apply(find);
		if (reportNotices) widget.showNotices([...params.notices, ...(find?.notices ?? [])]);
		if (params.window) viewport.goTo(...params.window, { animate: false });
		else viewport.home({ animate: false });
		if (params.event) {
			selection.open(params.event);
			if (!params.window) widget.reveal(params.event);
		} else selection.close();
		lastSelected = selection.selected;
		written = viewKey(currentUrl());
	}

	onMount(() => {
		let mounted = true;
		const url = page.url;
		afterLocating(widget, url.searchParams, () => {
			if (!mounted) return;
			apply(url, true);
			ready = true;
		});
		return () => {
			mounted = false;
			clearTimeout(timer);
		};
	});

	// Back and Forward: the URL changed without us writing it. SvelteKit does not navigate
	// between shallow entries, so listen to the history itself (after the router has run).
	$effect(() => {
		const onpopstate = () =>
			setTimeout(() => {
				const url = new URL(location.href);
				if (ready && viewKey(url) !== written) afterLocating(widget, url.searchParams, () => apply(url, false));
			});
		window.addEventListener('popstate', onpopstate);
		return () => window.removeEventListener('popstate', onpopstate);
	});

	$effect(() => {
		const selected = selection.selected;
		void viewport.window;
		void widget.find?.query;
		void widget.find?.filters;
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
