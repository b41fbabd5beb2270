/**
 * The Finder over the call timeline as a widget holds it (readerInMemory: every part at hand,
 * the search index made on first use), and a link's parameters applied to it.
 */
import { describe, expect, it } from 'vitest';
import { readerInMemory } from '../payload/memory';
import { datasetTimeline } from '../payload/testing';
import { denseCounts } from '../payload/density';
import { NO_FILTERS } from '../search/filters';
import { applyViewParams } from './apply-view';
import type { TimelineHandle } from './context';
import { Finder } from './finder.svelte';
import { Selection } from './selection.svelte';
import { Viewport } from './viewport.svelte';

const timeline = datasetTimeline();
const orderOf = (id: string) => timeline.events.findIndex((e) => e.id === id);

describe('Finder', () => {
	it('filters once the facets and their arithmetic are loaded, and counts what it leaves', async () => {
		const finder = new Finder(readerInMemory(timeline));
		expect(finder.shownCount).toBe(timeline.events.length);
		finder.setFilters({ ...NO_FILTERS, statuses: ['agreed'] });
		const agreed = timeline.events.filter((e) => e.status === 'agreed');
		// Until then it shows nothing as filtered in, rather than guessing.
		expect(finder.pending).toBe(true);
		expect(finder.shownCount).toBeUndefined();
		await finder.loadFacets();
		expect(finder.pending).toBe(false);
		expect(finder.shownCount).toBe(agreed.length);
		timeline.events.forEach((e, order) => expect(finder.shows(order)).toBe(e.status === 'agreed'));
		// The density follows: only agreed events are counted.
		expect(denseCounts(finder.density ?? finder.manifest.density).reduce((a, b) => a + b, 0)).toBe(agreed.length);
		finder.clear();
		expect(finder.active).toBe(false);
		expect(finder.shows(orderOf('phone-call'))).toBe(true);
	});

	it('searches once the index is loaded, and lists the best matches among the events shown', async () => {
		const finder = new Finder(readerInMemory(timeline));
		finder.query = '175';
		expect(finder.searching).toBe(true);
		expect(finder.pending).toBe(true);
		expect(finder.matches(orderOf('prisoner-exchange'))).toBe(false);
		await finder.loadIndex();
		expect(finder.pending).toBe(false);
		expect(finder.matches(orderOf('prisoner-exchange'))).toBe(true);
		expect(finder.bestFound(8)).toContain(orderOf('prisoner-exchange'));
		expect(finder.terms).toEqual(['175']);
		// A filter that leaves the exchange out leaves it out of the results too.
		finder.setFilters({ ...NO_FILTERS, lanes: ['call'] });
		expect(finder.found).toEqual([]);
		const [event] = await finder.eventsAt([orderOf('prisoner-exchange')]);
		expect(event?.id).toBe('prisoner-exchange');
	});
});

describe('a link’s search and filters', () => {
	function handle(finder: Finder) {
		const notices: string[] = [];
		const h: TimelineHandle = {
			viewport: new Viewport([0, 86_400_000]),
			selection: new Selection(),
			find: finder,
			eventExists: (id) => timeline.events.some((e) => e.id === id),
			locate: async () => true,
			showNotices: (messages) => notices.push(...messages),
			reveal: () => {}
		};
		return { h, notices };
	}

	it('are applied with the view, unknown values named in a notice', () => {
		const finder = new Finder(readerInMemory(timeline));
		const { h, notices } = handle(finder);
		applyViewParams(h, new URLSearchParams('event=phone-call&q=energy&status=agreed,done&actor=putin'));
		expect(h.selection.selected).toBe('phone-call');
		expect(finder.query).toBe('energy');
		expect(finder.filters).toEqual({ ...NO_FILTERS, statuses: ['agreed'], actors: ['putin'] });
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('done');
	});

	it('leave the widget’s own search alone when the parameters set none', () => {
		const finder = new Finder(readerInMemory(timeline));
		finder.setFilters({ ...NO_FILTERS, disputed: true });
		applyViewParams(handle(finder).h, new URLSearchParams('event=phone-call'));
		expect(finder.filters.disputed).toBe(true);
	});
});
