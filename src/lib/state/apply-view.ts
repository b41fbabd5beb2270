/**
 * Opens a widget on the view a link or an element's attributes ask for (`event`, `from`,
 * `to`), and shows a notice for whatever could not be used.
 */
import { english, type Translator } from '../i18n/translator';
import type { TimelineHandle } from './context';
import { parseViewParams } from './url-state';

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
	widget.showNotices(view.notices);
}
