/**
 * Entry of the standalone web component build (vite.element.config.ts → build/citeline.js):
 * importing citeline-element.svelte.ts defines <citeline-timeline>. Nothing here may import `$app/*`:
 * the file runs on other sites, without SvelteKit.
 */
import './citeline-element.svelte';

/** What a host page can call on the element once `citeline:ready` has fired. */
export interface CitelineTimelineElement extends HTMLElement {
	src: string;
	theme: 'light' | 'dark' | 'auto';
	/** explore (the zoomable timeline) or story (one event at a time); reflected as an attribute. */
	mode: 'explore' | 'story';
	/** The interface language (en, uk, ru); empty: the reader's browser language. */
	lang: string;
	/** Opens an event by id (null closes the open one; in a story, null is the title slide); false if there is none, the story does not tell it, or the timeline is not ready. */
	select(id: string | null): boolean;
	/** Shows the window from – to: ISO strings (2025-03-18, 2025-03-18T06:00Z) or milliseconds; false in a story. */
	setView(from: string | number, to: string | number): boolean;
}

/** The events the element dispatches (bubbling and composed), mirroring the postMessage protocol. */
export interface CitelineTimelineEventMap {
	'citeline:ready': CustomEvent<{ slug: string }>;
	'citeline:select': CustomEvent<{ eventId: string | null }>;
	'citeline:view': CustomEvent<{ from: string; to: string }>;
	/** An attribute could not be used as asked (an unknown event, a window with none of the timeline in it); English. */
	'citeline:warning': CustomEvent<{ message: string }>;
	/** The timeline cannot be shown (fetch, HTTP, JSON or shape); English. Also fired, not bubbling, as `error`. */
	'citeline:error': CustomEvent<{ message: string }>;
	error: CustomEvent<{ message: string }>;
}
