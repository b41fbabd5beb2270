/**
 * Opens a widget on the view a link or an element's attributes ask for (`event`, `from`,
 * `to`, and the search and filters when any is given: `q`, `lane`, `status`…), and shows a
 * notice for whatever could not be used.
 */
import { english, type Translator } from '../i18n/translator';
import type { TimelineHandle } from './context';
import { parseViewParams } from './url-state';
import { FIND_PARAMS, parseFindParams } from '../search/filters';

/** Whether a query sets the search or a filter (otherwise the widget's own are left as they are). */
export function setsFind(params: URLSearchParams): boolean {
	return FIND_PARAMS.some((name) => params.has(name));
}

/** `t`: the language of the notices. */
export function applyViewParams(widget: TimelineHandle, params: URLSearchParams, t: Translator = english): void {
	afterLocating(widget, params, () => applyNow(widget, params, t));
}

/**
 * Runs `apply` once the event a link names is loaded: at once when it is at hand (a short
 * timeline, or a part the page carries), after its part arrives otherwise, so that a deep
 * link into a long timeline is not taken for an unknown event.
 */
export function afterLocating(widget: Pick<TimelineHandle, 'eventExists' | 'locate'>, params: URLSearchParams, apply: () => void): void {
	const id = params.get('event');
	if (!id || widget.eventExists(id)) apply();
	else widget.locate(id).then(apply, apply);
}

function applyNow(widget: TimelineHandle, params: URLSearchParams, t: Translator): void {
	const view = parseViewParams(params, widget.eventExists, t);
	if (view.window) widget.viewport.goTo(...view.window, { animate: false });
	if (view.event) {
		widget.selection.open(view.event);
		if (!view.window) widget.reveal(view.event);
	}
	const find = widget.find && setsFind(params) ? parseFindParams(params, widget.find.vocabulary, t) : undefined;
	if (find) widget.find?.apply(find);
	widget.showNotices([...view.notices, ...(find?.notices ?? [])]);
}
