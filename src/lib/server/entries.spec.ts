import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the server modules, as a new build's worker has. */
async function fresh() {
	vi.resetModules();
	const entries = await import('./entries');
	const timelines = await import('./timelines');
	const payload = await import('./payload');
	return { ...entries, ...timelines, ...payload };
}

describe('timelineEntries', () => {
	it("lists what the prerender writes of each timeline: its sources, archived texts, list pages and payload files", async () => {
		const { timelineEntries, loadTimelines, payloadOf, payloadFile } = await fresh();
		const entries = timelineEntries();
		expect(entries.map((e) => e.slug)).toEqual([...loadTimelines().keys()]);
		for (const entry of entries) {
			const { timeline, archives } = loadTimelines().get(entry.slug)!;
			expect(entry.sourceIds).toEqual(timeline.sources.map((s) => s.id));
			expect(entry.archivedSourceIds).toEqual([...archives.keys()].sort((a, b) => entry.sourceIds.indexOf(a) - entry.sourceIds.indexOf(b)));
			expect(entry.listPageCount).toBe(Math.ceil(timeline.events.length / 1000));
			const payload = payloadOf(entry.slug)!;
			// The manifest, the sources, the facets and the search index, then the parts.
			expect(entry.payloadNames).toHaveLength(4 + payload.marks.length + payload.details.length + payload.ids.length);
			for (const name of entry.payloadNames) expect(payloadFile(payload, name), name).toBeDefined();
		}
	});

	it('keeps no timeline loaded: the analysis worker that asks for entries stays alive through the prerender', async () => {
		const { timelineEntries, timelinesLoaded, slugEntries } = await fresh();
		expect(timelineEntries().length).toBeGreaterThan(0);
		expect(slugEntries()).toEqual(timelineEntries().map(({ slug }) => ({ slug })));
		expect(timelinesLoaded()).toBeUndefined();
	});

	it('reads the data once per process, and from the loaded timelines when there are', async () => {
		const modules = await fresh();
		const loaded = modules.loadTimelines();
		const first = modules.timelineEntries();
		expect(modules.timelineEntries()).toBe(first);
		expect(first.map((e) => e.slug)).toEqual([...loaded.keys()]);
		expect(modules.timelinesLoaded()).toBe(loaded);
	});
});
