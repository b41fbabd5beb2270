/**
 * Opens a widget on the view a link or an element's attributes ask for (`event`, `from`,
 * `to`), and shows a notice for whatever could not be used.
 */
import type { TimelineHandle } from './context';
import { parseViewParams } from './url-state';

export function applyViewParams(widget: TimelineHandle, params: URLSearchParams): void {
	const view = parseViewParams(params, widget.eventExists);
	if (view.window) widget.viewport.goTo(...view.window, { animate: false });
	if (view.event) {
		widget.selection.open(view.event);
		if (!view.window) widget.reveal(view.event);
	}
	widget.showNotices(view.notices);
}
