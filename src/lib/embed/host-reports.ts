/**
 * Which changes of view and selection a host page hears about, for both embeds (the iframe's
 * postMessage, the web component's events): each change once, never the same state twice in
 * a row, and no "closed" (`eventId: null`) unless an event was open. The widget reports its
 * view whenever anything recomputes it (its first layout, a measured width), often with the
 * same window; without this a host got two identical `citeline:view`s on load and a
 * `citeline:select` with a null id before the reader had done anything.
 */
import { formatIsoInstant } from '../state/url-state';

export class HostReports {
	#view = '';
	#selected: string | null = null;

	/** The view message for this window, or undefined if the host already knows it (the same ISO strings). */
	view(fromMs: number, toMs: number): { from: string; to: string } | undefined {
		const from = formatIsoInstant(fromMs);
		const to = formatIsoInstant(toMs);
		if (`${from}/${to}` === this.#view) return undefined;
		this.#view = `${from}/${to}`;
		return { from, to };
	}

	/** The select message for this selection, or undefined if it has not changed (nothing open is where a widget starts). */
	select(eventId: string | null): { eventId: string | null } | undefined {
		if (eventId === this.#selected) return undefined;
		this.#selected = eventId;
		return { eventId };
	}
}
