/**
 * Opens a widget on the view a link or an element's attributes ask for (`event`, `from`,
 * `to`), and shows a notice for whatever could not be used.
 */
import { english, type Translator } from '../i18n/translator';
import type { TimelineHandle } from './context';
import { parseViewParams } from './url-state';

/** `t`: the language of the notices. */
export function applyViewParams(widget: TimelineHandle, params: URLSearchParams, t: Translator = english): void {
	const view = parseViewParams(params, widget.eventExists, t);
	if (view.window) widget.viewport.goTo(...view.window, { animate: false });
	if (view.event) {
		widget.selection.open(view.event);
		if (!view.window) widget.reveal(view.event);
	}
	widget.showNotices(view.notices);
}
