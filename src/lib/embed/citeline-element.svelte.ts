/**
 * The custom element <citeline-timeline>: a shadow root with Citeline's tokens and base
 * styles, and element.svelte mounted in it, given the element's attributes as props.
 *
 * Written here rather than compiled with Svelte's `customElement` option, whose wrapper class
 * brings Svelte's legacy component API (createClassComponent, $set, $on) for what is a list of
 * string attributes and two methods: ~1.5 kB gzipped of citeline.js. It behaves as that
 * wrapper did: every attribute is also a property of the same name (a property set before the
 * script ran is taken over), theme and mode are reflected (element.svelte writes the value in
 * force back to the attribute), the widget mounts a tick after the element is connected and is
 * removed a tick after it is disconnected (so moving the element does not rebuild it), and
 * select() / setView() call the widget's.
 */
import { mount, unmount } from 'svelte';
// Tokens (:host, :host([theme=dark]), …) and the base styles the site shares (not its document's: global.css).
import baseCss from '$lib/styles/base.css?inline';
import Element from './element.svelte';

/** The element's attributes (see element.svelte), each also a property. */
export const ELEMENT_ATTRIBUTES = [
	'src',
	'theme',
	'mode',
	'event',
	'from',
	'to',
	'lanes',
	'details',
	'accent',
	'lang',
	'q',
	'lane',
	'status',
	'actor',
	'source',
	'verification',
	'discrepancy'
] as const;
type Attribute = (typeof ELEMENT_ATTRIBUTES)[number];

/** What element.svelte exports (and `mount` returns). */
interface Widget {
	select(id: string | null): boolean;
	setView(from: string | number, to: string | number): boolean;
}

class CitelineTimeline extends HTMLElement {
	static observedAttributes = ELEMENT_ATTRIBUTES;

	/** The props element.svelte reads: reactive, so a changed attribute reaches the widget. */
	#props: Record<Attribute, string | null> & { host: HTMLElement } = $state({
		host: this,
		...(Object.fromEntries(ELEMENT_ATTRIBUTES.map((name) => [name, null])) as Record<Attribute, null>)
	});
	#root: ShadowRoot;
	#widget: Widget | undefined;
	#connected = false;

	static {
		for (const name of ELEMENT_ATTRIBUTES) {
			Object.defineProperty(this.prototype, name, {
				configurable: true,
				get(this: CitelineTimeline) {
					return this.#props[name];
				},
				set(this: CitelineTimeline, value: string | null) {
					this.#props[name] = value;
				}
			});
		}
	}

	constructor() {
		super();
		this.#root = this.attachShadow({ mode: 'open' });
		const style = document.createElement('style');
		style.textContent = baseCss;
		this.#root.append(style);
	}

	attributeChangedCallback(name: Attribute, _old: string | null, value: string | null) {
		this.#props[name] = value;
	}

	async connectedCallback() {
		this.#connected = true;
		if (this.#widget) return;
		await Promise.resolve();
		if (!this.#connected || this.#widget) return;
		// A property set on the element before citeline.js defined it hides the accessor: take it over.
		for (const name of ELEMENT_ATTRIBUTES) {
			if (Object.hasOwn(this, name)) {
				const value = (this as unknown as Record<Attribute, string | null>)[name];
				delete (this as unknown as Record<Attribute, unknown>)[name];
				this.#props[name] = value;
			}
		}
		this.#widget = mount(Element, { target: this.#root, props: this.#props }) as Widget;
	}

	async disconnectedCallback() {
		this.#connected = false;
		await Promise.resolve();
		if (this.#connected || !this.#widget) return;
		void unmount(this.#widget);
		this.#widget = undefined;
	}

	/** Opens the event `id` (null closes the open one); false if there is none or the timeline is not ready. */
	select(id: string | null): boolean {
		return this.#widget?.select(id) ?? false;
	}

	/** Shows the window from – to (ISO strings or milliseconds); false if the timeline is not ready. */
	setView(from: string | number, to: string | number): boolean {
		return this.#widget?.setView(from, to) ?? false;
	}
}

if (!customElements.get('citeline-timeline')) customElements.define('citeline-timeline', CitelineTimeline);
