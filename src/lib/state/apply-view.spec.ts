import { describe, expect, it } from 'vitest';
import { afterLocating, applyViewParams } from './apply-view';
import type { TimelineHandle } from './context';
import { Selection } from './selection.svelte';
import { Viewport } from './viewport.svelte';

/** A widget over a long timeline: `loaded` ids are at hand, `inTimeline` ids arrive when located. */
function widget(loaded: string[], inTimeline: string[]) {
	const atHand = new Set(loaded);
	const notices: string[] = [];
	const located: string[] = [];
	const handle: TimelineHandle = {
		viewport: new Viewport([0, 86_400_000]),
		selection: new Selection(),
		eventExists: (id) => atHand.has(id),
		locate: async (id) => {
			located.push(id);
			if (inTimeline.includes(id)) atHand.add(id);
			return atHand.has(id);
		},
		showNotices: (messages) => notices.push(...messages),
		reveal: () => {}
	};
	return { handle, notices, located };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a deep link into a timeline loaded part by part', () => {
	it('applies at once, without a request, when the event is at hand', () => {
		const { handle, located } = widget(['talks'], ['talks']);
		applyViewParams(handle, new URLSearchParams('event=talks'));
		expect(handle.selection.selected).toBe('talks');
		expect(located).toEqual([]);
	});

	it('opens an event whose part is not loaded yet, once it arrives, with no notice', async () => {
		const { handle, notices, located } = widget([], ['far-away']);
		applyViewParams(handle, new URLSearchParams('event=far-away'));
		expect(handle.selection.selected).toBeUndefined();
		await settle();
		expect(located).toEqual(['far-away']);
		expect(handle.selection.selected).toBe('far-away');
		expect(notices).toEqual([]);
	});

	it('still reports an event the timeline does not have, after looking for it', async () => {
		const { handle, notices } = widget([], []);
		applyViewParams(handle, new URLSearchParams('event=nowhere'));
		await settle();
		expect(handle.selection.selected).toBeUndefined();
		expect(notices.join(' ')).toContain('nowhere');
	});

	it('applies a link without an event at once', () => {
		let applied = false;
		afterLocating(widget([], []).handle, new URLSearchParams('from=2025-03-18&to=2025-03-19'), () => (applied = true));
		expect(applied).toBe(true);
	});
});
