/**
 * How an embedded Citeline widget talks to the page it sits in, for both embeds: the iframe
 * (src/routes/embed/[slug]) posts messages to its parent window, the web component
 * (element.svelte) dispatches DOM events on itself. They say the same things at the same
 * moments, decided here once:
 *
 * - nothing before `ready`: a widget is ready once its first view is drawn; what happened
 *   until then (the view it opened on, an event it opened, warnings, its height) is told
 *   right after `citeline:ready`, in that order;
 * - the view at most once per 200 ms while it keeps changing, and once when it stops; never
 *   the same state twice in a row (host-reports.ts);
 * - an event the host asked to open itself (the element's `event` attribute) is not told
 *   back to it; the iframe tells its `event=` back, as it always has (`reportOpening`);
 * - what the widget could not do as asked: in the console and as `citeline:warning`;
 *   a timeline that cannot be shown: in the console and as `citeline:error`;
 * - the host's `select` / `setView` (the element's methods, the iframe's messages from the
 *   one allowed origin) reach the widget only once it is ready.
 *
 * No Svelte, no DOM of its own: the transports are given the window or the element.
 */
import { HostReports } from './host-reports';
import { acceptsOrigin, parseIncoming, type IncomingMessage, type OutgoingMessage } from './messages';
import { throttle, type Throttled } from './throttle';
import { parseIsoInstant } from '../state/url-state';

/** What a widget says to its host: the postMessage protocol, and the element's `citeline:error`. */
export type HostMessage = OutgoingMessage | { type: 'citeline:error'; message: string };

/** How the messages travel: postMessage to a parent window, or events on an element. */
export interface HostTransport {
	send(message: HostMessage): void;
	/** Hears the host's requests, where they come as messages; returns how to stop listening. */
	listen?(receive: (message: IncomingMessage) => void): () => void;
}

/** What the host steers: the explorer's timeline, or a story (which has no window to set). */
export interface BridgeTarget {
	/** Opens an event (null closes it, or shows a story's title slide); false when it cannot. */
	select(id: string | null): boolean;
	setView?(fromMs: number, toMs: number): boolean;
}

export interface HostBridgeOptions {
	/** Leads every console line, e.g. `<citeline-timeline>` or `Citeline embed`. */
	label: string;
	/** Whether the host hears the event the widget opened because the host asked for it (`expectOpening`). */
	reportOpening: boolean;
	/** At most one view report per this many ms while the view changes. */
	viewIntervalMs?: number;
	now?: () => number;
	console?: Pick<Console, 'warn' | 'error'>;
}

/** The view interval both embeds have always used: a zoom gesture is seen to progress, not flood. */
export const VIEW_INTERVAL_MS = 200;

export class HostBridge {
	readonly #transport: HostTransport;
	readonly #options: HostBridgeOptions;
	readonly #console: Pick<Console, 'warn' | 'error'>;
	readonly #view: Throttled<[number, number]>;
	readonly #stopListening: (() => void) | undefined;
	#reports = new HostReports();
	#target: BridgeTarget | undefined;
	#ready = false;
	/** What the widget shows now, told or not. */
	#selected: string | null = null;
	#window: [number, number] | undefined;
	#height: number | undefined;
	#sentHeight: number | undefined;
	/** Warnings from before ready, told right after it. */
	#pending: string[] = [];
	/** The event the host asked to open, until the widget opens an event. */
	#opening: string | undefined;

	constructor(transport: HostTransport, options: HostBridgeOptions) {
		this.#transport = transport;
		this.#options = options;
		this.#console = options.console ?? console;
		this.#view = throttle((fromMs: number, toMs: number) => this.#tellView(fromMs, toMs), options.viewIntervalMs ?? VIEW_INTERVAL_MS, options.now);
		this.#stopListening = transport.listen?.((message) => this.#receive(message));
	}

	/** Whether `citeline:ready` has been told for the widget showing now. */
	get ready(): boolean {
		return this.#ready;
	}

	/**
	 * A new widget (the first, or one rebuilt for a new src or lanes): the host hears its
	 * state afresh once it is `ready`. `opening`: the event the host asked it to open.
	 */
	connect(target: BridgeTarget, opening?: string | null): void {
		this.disconnect();
		this.#target = target;
		this.#opening = opening ?? undefined;
	}

	/** No widget any more (a new src is loading): the host's requests fail until the next one is ready. */
	disconnect(): void {
		this.#view.cancel();
		this.#target = undefined;
		this.#ready = false;
		this.#reports = new HostReports();
		this.#selected = null;
		this.#window = undefined;
		this.#sentHeight = undefined;
		this.#pending = [];
		this.#opening = undefined;
	}

	/**
	 * The widget's first view is drawn: `citeline:ready`, then what the host has not heard
	 * yet: the event open (if the host should hear it), the view (`window`, else the last one
	 * reported), the height, the warnings.
	 */
	markReady(slug: string, window?: readonly [number, number]): void {
		if (!this.#target || this.#ready) return;
		this.#ready = true;
		this.#transport.send({ type: 'citeline:ready', slug });
		const change = this.#reports.select(this.#selected);
		if (change && this.#options.reportOpening) this.#transport.send({ type: 'citeline:select', ...change });
		const view = window ?? this.#window;
		if (view) this.#tellView(view[0], view[1]);
		this.#tellHeight();
		const pending = this.#pending;
		this.#pending = [];
		for (const message of pending) this.#transport.send({ type: 'citeline:warning', message });
	}

	/** The widget opened `id` (null: closed it, or a story's title slide). */
	selectionChanged(id: string | null): void {
		this.#selected = id;
		if (id !== null && this.#opening !== undefined) {
			const asked = id === this.#opening;
			this.#opening = undefined;
			// The host's own doing: it knows, and hears only what changes after.
			if (asked && !this.#options.reportOpening) {
				this.#reports.select(id);
				return;
			}
		}
		if (!this.#ready) return;
		const change = this.#reports.select(id);
		if (change) this.#transport.send({ type: 'citeline:select', ...change });
	}

	/** The widget's window moved (ms). */
	viewChanged(fromMs: number, toMs: number): void {
		this.#window = [fromMs, toMs];
		if (this.#ready) this.#view(fromMs, toMs);
	}

	/** The widget's height, px (the iframe's, for a host that sizes the frame to fit). */
	resized(height: number): void {
		this.#height = height;
		this.#tellHeight();
	}

	/** What the widget could not do as asked (English, for the host's developer). */
	warn(messages: readonly string[]): void {
		for (const message of messages) {
			this.#console.warn(`${this.#options.label}: ${message}`);
			if (this.#ready) this.#transport.send({ type: 'citeline:warning', message });
			else this.#pending.push(message);
		}
	}

	/** The timeline cannot be shown (English); told at once, as there will be no ready. */
	fail(message: string): void {
		this.#console.error(`${this.#options.label}: ${message}`);
		this.#transport.send({ type: 'citeline:error', message });
	}

	/** The host opens an event (null closes it); false before ready, or when the widget cannot. */
	select(id: string | null): boolean {
		if (!this.#ready || !this.#target) return false;
		return this.#target.select(id);
	}

	/** The host shows from – to: ISO strings (2025-03-18, 2025-03-18T06:00Z) or ms since 1970; false before ready or when unreadable. */
	setView(from: string | number, to: string | number): boolean {
		if (!this.#ready || !this.#target?.setView) return false;
		const ms = (value: string | number) => (typeof value === 'number' ? value : parseIsoInstant(String(value)));
		const fromMs = ms(from);
		const toMs = ms(to);
		return fromMs !== undefined && toMs !== undefined && this.#target.setView(fromMs, toMs);
	}

	/** Stops listening and drops what is waiting. */
	dispose(): void {
		this.disconnect();
		this.#stopListening?.();
	}

	#receive(message: IncomingMessage): void {
		if (message.type === 'citeline:select') this.select(message.eventId);
		else this.setView(message.from, message.to);
	}

	#tellView(fromMs: number, toMs: number): void {
		const view = this.#ready ? this.#reports.view(fromMs, toMs) : undefined;
		if (view) this.#transport.send({ type: 'citeline:view', ...view });
	}

	#tellHeight(): void {
		const height = this.#height;
		if (!this.#ready || height === undefined || height === this.#sentHeight) return;
		this.#sentHeight = height;
		this.#transport.send({ type: 'citeline:resize', height });
	}
}

/** The window of an iframe, as far as the bridge needs it (a fake one in tests). */
export interface FrameWindow {
	readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * The iframe's transport: messages to the parent window at the one origin it was given
 * (`origin=`; none: nothing is sent or heard, `*` only when set so), and the host's
 * messages taken only from that parent at that origin, and only when they are exactly a
 * known message (messages.ts). A page opened on its own (no parent) sends nothing.
 */
export function parentWindowTransport(own: FrameWindow, origin: string | undefined): HostTransport {
	return {
		send(message) {
			if (origin === undefined || (own.parent as unknown) === own) return;
			own.parent.postMessage(message, origin);
		},
		listen(receive) {
			const onmessage = (event: MessageEvent) => {
				if ((event.source as unknown) !== own.parent || !acceptsOrigin(origin, event.origin)) return;
				const message = parseIncoming(event.data);
				if (message) receive(message);
			};
			own.addEventListener('message', onmessage);
			return () => own.removeEventListener('message', onmessage);
		}
	};
}

/**
 * The web component's transport: `citeline:*` events on the element, bubbling out of its
 * shadow root, with the message's fields as `detail`; a failure also as a plain `error`
 * that does not bubble, as an <img> fires it.
 */
export function elementTransport(element: EventTarget): HostTransport {
	return {
		send({ type, ...detail }) {
			element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
			if (type === 'citeline:error') element.dispatchEvent(new CustomEvent('error', { detail }));
		}
	};
}
