/**
 * The postMessage protocol between an embedded timeline and its host page.
 *
 * Out (widget → host): citeline:ready, citeline:select, citeline:view, citeline:resize,
 * citeline:warning (what the widget could not do as asked, in English for the host's developer).
 * In (host → widget): citeline:select, citeline:setView.
 * Messages go to, and are taken from, the one origin the embed was given (`origin=`);
 * without it nothing is exchanged, and `*` works only when set explicitly. Anything that
 * is not exactly a known message is ignored, silently: hosts run many other scripts.
 */

export type OutgoingMessage =
	| { type: 'citeline:ready'; slug: string }
	| { type: 'citeline:select'; eventId: string | null }
	| { type: 'citeline:view'; from: string; to: string }
	| { type: 'citeline:resize'; height: number }
	| { type: 'citeline:warning'; message: string };

export type IncomingMessage = { type: 'citeline:select'; eventId: string | null } | { type: 'citeline:setView'; from: string; to: string };

/** Whether a message from `origin` may be taken, given the configured one. */
export function acceptsOrigin(allowed: string | undefined, origin: string): boolean {
	if (allowed === undefined) return false;
	return allowed === '*' || allowed === origin;
}

/** Reads a host's message; null for anything that is not exactly a known message. */
export function parseIncoming(data: unknown): IncomingMessage | null {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
	const message = data as Record<string, unknown>;
	if (message.type === 'citeline:select') {
		const id = message.eventId;
		if (id === null || (typeof id === 'string' && id.length > 0 && id.length <= 200)) return { type: 'citeline:select', eventId: id };
		return null;
	}
	if (message.type === 'citeline:setView') {
		const { from, to } = message;
		if (typeof from === 'string' && typeof to === 'string' && from.length <= 40 && to.length <= 40) return { type: 'citeline:setView', from, to };
		return null;
	}
	return null;
}
