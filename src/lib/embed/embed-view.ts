import type { FindState } from '../search/filters';

/** What the explorer shows, for the Embed dialog to start the widget with. */
export interface EmbedView {
	/** The open event, if any. */
	event?: { id: string; title: string };
	/** The visible window, if it is not the default (every event in view). */
	window?: [number, number];
	/** The search and filters in use, if any. */
	find?: FindState;
}
