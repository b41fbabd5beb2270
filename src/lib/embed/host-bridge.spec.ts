import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elementTransport, HostBridge, parentWindowTransport, type BridgeTarget, type FrameWindow, type HostMessage, type HostTransport } from './host-bridge';

const day = (iso: string) => Date.parse(`${iso}T00:00Z`);
const quiet = { warn: () => {}, error: () => {} };

/** A bridge over a transport that records what it sends, steering a target that records what it is asked. */
function setUp(reportOpening = false) {
	const sent: HostMessage[] = [];
	const transport: HostTransport = { send: (message) => sent.push(message) };
	const asked: Array<[string, ...unknown[]]> = [];
	const target: BridgeTarget = {
		select: (id) => (asked.push(['select', id]), id !== 'missing'),
		setView: (fromMs, toMs) => (asked.push(['setView', fromMs, toMs]), true)
	};
	const bridge = new HostBridge(transport, { label: 'test', reportOpening, console: quiet });
	return { sent, asked, target, bridge };
}

describe('HostBridge', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('tells nothing before ready, then ready, the view and the warnings, in that order', () => {
		const { sent, target, bridge } = setUp();
		bridge.connect(target);
		bridge.viewChanged(day('2025-03-01'), day('2025-04-01'));
		bridge.warn(['lanes=maybe is not on or off']);
		bridge.resized(420);
		bridge.selectionChanged(null);
		vi.advanceTimersByTime(1000);
		expect(sent).toEqual([]);
		bridge.markReady('the-call', [day('2025-03-18'), day('2025-03-20')]);
		expect(sent).toEqual([
			{ type: 'citeline:ready', slug: 'the-call' },
			{ type: 'citeline:view', from: '2025-03-18', to: '2025-03-20' },
			{ type: 'citeline:resize', height: 420 },
			{ type: 'citeline:warning', message: 'lanes=maybe is not on or off' }
		]);
		expect(bridge.ready).toBe(true);
	});

	it('without a window at ready, tells the last one the widget reported; ready comes once per widget', () => {
		const { sent, target, bridge } = setUp();
		bridge.connect(target);
		bridge.viewChanged(day('2025-03-01'), day('2025-04-01'));
		bridge.markReady('the-call');
		bridge.markReady('the-call');
		expect(sent).toEqual([
			{ type: 'citeline:ready', slug: 'the-call' },
			{ type: 'citeline:view', from: '2025-03-01', to: '2025-04-01' }
		]);
	});

	it('throttles the view while it changes, and tells where it ended', () => {
		const { sent, target, bridge } = setUp();
		bridge.connect(target);
		bridge.markReady('the-call', [day('2025-03-01'), day('2025-04-01')]);
		sent.length = 0;
		// A zoom gesture: a new window every 16 ms for about a second.
		let end = 0;
		for (let t = 0; t <= 1000; t += 16) {
			end = day('2025-04-01') - t * 60_000;
			bridge.viewChanged(day('2025-03-01'), end);
			vi.advanceTimersByTime(16);
		}
		vi.advanceTimersByTime(500);
		const views = sent.filter((m) => m.type === 'citeline:view');
		expect(views.length).toBeGreaterThanOrEqual(5);
		expect(views.length).toBeLessThanOrEqual(7);
		expect(views.at(-1)).toEqual({ type: 'citeline:view', from: '2025-03-01', to: new Date(end).toISOString().replace(':00.000Z', 'Z') });
		// The same window again is no news.
		bridge.viewChanged(day('2025-03-01'), end);
		vi.advanceTimersByTime(500);
		expect(sent.filter((m) => m.type === 'citeline:view')).toHaveLength(views.length);
	});

	it('tells each change of selection once, and no "closed" when nothing was open', () => {
		const { sent, target, bridge } = setUp();
		bridge.connect(target);
		bridge.markReady('the-call');
		bridge.selectionChanged(null);
		bridge.selectionChanged('phone-call');
		bridge.selectionChanged('phone-call');
		bridge.selectionChanged(null);
		expect(sent.filter((m) => m.type === 'citeline:select')).toEqual([
			{ type: 'citeline:select', eventId: 'phone-call' },
			{ type: 'citeline:select', eventId: null }
		]);
	});

	it('does not tell the element’s host the event it asked to open, before or after ready, but tells what follows', () => {
		for (const when of ['before', 'after'] as const) {
			const { sent, target, bridge } = setUp(false);
			bridge.connect(target, 'phone-call');
			if (when === 'after') bridge.markReady('the-call');
			bridge.selectionChanged('phone-call');
			if (when === 'before') bridge.markReady('the-call');
			bridge.selectionChanged('prisoner-exchange');
			expect(sent.filter((m) => m.type === 'citeline:select')).toEqual([{ type: 'citeline:select', eventId: 'prisoner-exchange' }]);
		}
	});

	it('tells the iframe’s host the event it was asked to open, once, right after ready', () => {
		const { sent, target, bridge } = setUp(true);
		bridge.connect(target, 'phone-call');
		bridge.selectionChanged('phone-call');
		bridge.markReady('the-call', [day('2025-03-18'), day('2025-03-20')]);
		bridge.selectionChanged('phone-call');
		expect(sent.map((m) => m.type)).toEqual(['citeline:ready', 'citeline:select', 'citeline:view']);
		expect(sent[1]).toEqual({ type: 'citeline:select', eventId: 'phone-call' });
	});

	it('passes the host’s select and setView to the widget only once it is ready', () => {
		const { asked, target, bridge } = setUp();
		bridge.connect(target);
		expect(bridge.select('phone-call')).toBe(false);
		expect(bridge.setView('2025-03-18', '2025-03-19')).toBe(false);
		expect(asked).toEqual([]);
		bridge.markReady('the-call');
		expect(bridge.select('phone-call')).toBe(true);
		expect(bridge.select('missing')).toBe(false);
		expect(bridge.select(null)).toBe(true);
		expect(bridge.setView('2025-03-18', '2025-03-19T06:00Z')).toBe(true);
		expect(bridge.setView(day('2025-03-18'), day('2025-03-19'))).toBe(true);
		expect(bridge.setView('soon', '2025-03-19')).toBe(false);
		expect(asked).toEqual([
			['select', 'phone-call'],
			['select', 'missing'],
			['select', null],
			['setView', day('2025-03-18'), Date.parse('2025-03-19T06:00Z')],
			['setView', day('2025-03-18'), day('2025-03-19')]
		]);
		// A widget rebuilt (a new src): nothing reaches it until it is ready again.
		bridge.disconnect();
		expect(bridge.select('phone-call')).toBe(false);
	});

	it('a target without a window (a story) refuses setView', () => {
		const { bridge } = setUp();
		bridge.connect({ select: () => true });
		bridge.markReady('the-call');
		expect(bridge.setView('2025-03-18', '2025-03-19')).toBe(false);
	});

	it('a rebuilt widget is told afresh: ready again, and the view it had before', () => {
		const { sent, target, bridge } = setUp();
		bridge.connect(target);
		bridge.markReady('the-call', [day('2025-03-18'), day('2025-03-20')]);
		bridge.selectionChanged('phone-call');
		bridge.connect(target);
		bridge.markReady('the-call', [day('2025-03-18'), day('2025-03-20')]);
		expect(sent.map((m) => m.type)).toEqual(['citeline:ready', 'citeline:view', 'citeline:select', 'citeline:ready', 'citeline:view']);
	});

	it('a failure is told at once, with no ready, and in the console', () => {
		const sent: HostMessage[] = [];
		const errors: string[] = [];
		const bridge = new HostBridge({ send: (m) => sent.push(m) }, { label: '<citeline-timeline>', reportOpening: false, console: { warn: () => {}, error: (m: string) => errors.push(m) } });
		bridge.fail('https://x.example/t/a/timeline.json answered 404 Not Found');
		expect(sent).toEqual([{ type: 'citeline:error', message: 'https://x.example/t/a/timeline.json answered 404 Not Found' }]);
		expect(errors).toEqual(['<citeline-timeline>: https://x.example/t/a/timeline.json answered 404 Not Found']);
	});

	it('warnings go to the console with the label at once, whether told now or after ready', () => {
		const warnings: string[] = [];
		const bridge = new HostBridge({ send: () => {} }, { label: 'Citeline embed', reportOpening: true, console: { warn: (m: string) => warnings.push(m), error: () => {} } });
		bridge.warn(['event=nope is not a step of this story; showing its title slide']);
		expect(warnings).toEqual(['Citeline embed: event=nope is not a step of this story; showing its title slide']);
	});
});

/** A parent and a framed window, as far as the transport sees them. */
function frame() {
	const posted: Array<{ message: unknown; origin: string }> = [];
	const parent = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) };
	let listener: ((event: MessageEvent) => void) | undefined;
	const own: FrameWindow = {
		parent,
		addEventListener: (_type, l) => (listener = l),
		removeEventListener: (_type, l) => {
			if (listener === l) listener = undefined;
		}
	};
	const deliver = (data: unknown, origin: string, source: unknown = parent) => listener?.({ data, origin, source } as unknown as MessageEvent);
	return { own, parent, posted, deliver, listening: () => listener !== undefined };
}

describe('parentWindowTransport', () => {
	it('posts to the parent at the one origin it was given', () => {
		const { own, posted } = frame();
		parentWindowTransport(own, 'https://news.example').send({ type: 'citeline:ready', slug: 'the-call' });
		expect(posted).toEqual([{ message: { type: 'citeline:ready', slug: 'the-call' }, origin: 'https://news.example' }]);
	});

	it('posts nothing without an origin, or with no parent', () => {
		const { own, posted } = frame();
		parentWindowTransport(own, undefined).send({ type: 'citeline:ready', slug: 'the-call' });
		const alone = { parent: undefined as unknown, addEventListener: () => {}, removeEventListener: () => {} } as unknown as FrameWindow & { parent: unknown };
		(alone as { parent: unknown }).parent = alone;
		parentWindowTransport(alone, 'https://news.example').send({ type: 'citeline:ready', slug: 'the-call' });
		expect(posted).toEqual([]);
	});

	it('takes the host’s messages only from the parent at the allowed origin, and only known ones', () => {
		const { own, deliver, listening } = frame();
		const asked: unknown[] = [];
		const bridge = new HostBridge(parentWindowTransport(own, 'https://news.example'), { label: 'test', reportOpening: true, console: quiet });
		bridge.connect({ select: (id) => (asked.push(id), true), setView: (a, b) => (asked.push([a, b]), true) });
		bridge.markReady('the-call');
		deliver({ type: 'citeline:select', eventId: 'from-elsewhere' }, 'https://evil.example');
		deliver({ type: 'citeline:select', eventId: 'from-a-sibling' }, 'https://news.example', {});
		deliver({ type: 'citeline:select', eventId: 42 }, 'https://news.example');
		deliver('citeline:select', 'https://news.example');
		deliver({ type: 'citeline:select', eventId: 'phone-call' }, 'https://news.example');
		deliver({ type: 'citeline:setView', from: '2025-03-18', to: '2025-03-19' }, 'https://news.example');
		expect(asked).toEqual(['phone-call', [day('2025-03-18'), day('2025-03-19')]]);
		bridge.dispose();
		expect(listening()).toBe(false);
	});

	it('with no origin given, hears no one', () => {
		const { own, deliver } = frame();
		const asked: unknown[] = [];
		const bridge = new HostBridge(parentWindowTransport(own, undefined), { label: 'test', reportOpening: true, console: quiet });
		bridge.connect({ select: (id) => (asked.push(id), true) });
		bridge.markReady('the-call');
		deliver({ type: 'citeline:select', eventId: 'phone-call' }, 'https://news.example');
		expect(asked).toEqual([]);
	});
});

describe('elementTransport', () => {
	it('dispatches each message as a bubbling, composed citeline:* event with its fields as detail', () => {
		const element = new EventTarget();
		const seen: Array<{ type: string; detail: unknown; bubbles: boolean; composed: boolean }> = [];
		for (const type of ['citeline:ready', 'citeline:select', 'citeline:view', 'citeline:warning', 'citeline:error', 'error']) {
			element.addEventListener(type, (event) => {
				const { detail, bubbles, composed } = event as CustomEvent;
				seen.push({ type, detail, bubbles, composed });
			});
		}
		const transport = elementTransport(element);
		transport.send({ type: 'citeline:ready', slug: 'the-call' });
		transport.send({ type: 'citeline:select', eventId: null });
		transport.send({ type: 'citeline:view', from: '2025-03-18', to: '2025-03-19' });
		transport.send({ type: 'citeline:warning', message: 'lanes=maybe' });
		transport.send({ type: 'citeline:error', message: 'not JSON' });
		expect(seen).toEqual([
			{ type: 'citeline:ready', detail: { slug: 'the-call' }, bubbles: true, composed: true },
			{ type: 'citeline:select', detail: { eventId: null }, bubbles: true, composed: true },
			{ type: 'citeline:view', detail: { from: '2025-03-18', to: '2025-03-19' }, bubbles: true, composed: true },
			{ type: 'citeline:warning', detail: { message: 'lanes=maybe' }, bubbles: true, composed: true },
			{ type: 'citeline:error', detail: { message: 'not JSON' }, bubbles: true, composed: true },
			// As an <img> fires it: on the element only.
			{ type: 'error', detail: { message: 'not JSON' }, bubbles: false, composed: false }
		]);
	});
});
