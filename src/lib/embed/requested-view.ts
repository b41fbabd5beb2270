/**
 * Opens an embed (the iframe widget or the web component) on the view its host asked for,
 * `event`, `from` and `to`, as the explorer opens a deep link (applyViewParams), and in
 * addition catches a window that misses the timeline altogether (`from=2024-01-01&to=2024-02-01`
 * on a timeline of March 2025): the reader would see an empty chart with nothing to say
 * why, so the widget shows the whole timeline with a notice instead.
 *
 * Returns what went wrong in English, for the host page's developer (the widget posts them
 * as `citeline:warning`); the reader gets the notices in the widget's language.
 */
import { english, type Translator } from '../i18n/translator';
import type { Timeline } from '../model/timeline';
import { applyViewParams, setsFind } from '../state/apply-view';
import { parseFindParams } from '../search/filters';
import type { TimelineHandle } from '../state/context';
import { parseViewParams } from '../state/url-state';

/** Whether [fromMs, toMs] holds no instant between the timeline's first and last known dates. */
export function windowMissesTimeline([fromMs, toMs]: readonly [number, number], span: Timeline['span']): boolean {
	return span !== null && (toMs < span.earliestMs || fromMs > span.latestMs);
}

/**
 * `later`: where the warnings go when the event the host names is in a part of a long
 * timeline that is not loaded yet; the view is then applied once it arrives (and [] is
 * returned now).
 */
export function applyRequestedView(
	widget: TimelineHandle,
	params: URLSearchParams,
	span: Timeline['span'],
	t: Translator,
	later?: (warnings: string[]) => void
): string[] {
	const id = params.get('event');
	if (id && !widget.eventExists(id)) {
		const apply = () => later?.(applyNow(widget, params, span, t));
		widget.locate(id).then(apply, apply);
		return [];
	}
	return applyNow(widget, params, span, t);
}

function applyNow(widget: TimelineHandle, params: URLSearchParams, span: Timeline['span'], t: Translator): string[] {
	let notices: string[] = [];
	applyViewParams({ ...widget, showNotices: (messages) => (notices = messages) }, params, t);
	const warnings = parseViewParams(params, widget.eventExists, english).notices;
	if (widget.find && setsFind(params)) warnings.push(...parseFindParams(params, widget.find.vocabulary, english).notices);
	const from = params.get('from');
	const to = params.get('to');
	// An unreadable or half window has already fallen back to the default view, which never misses.
	if (from && to && windowMissesTimeline(widget.viewport.window, span)) {
		widget.viewport.home({ animate: false });
		const selected = widget.selection.selected;
		if (selected) widget.reveal(selected);
		notices.push(t.noticeWindowOutsideTimeline(from, to));
		warnings.push(english.noticeWindowOutsideTimeline(from, to));
	}
	widget.showNotices(notices);
	return warnings;
}
