/**
 * The benchmark's generated events as the model holds them once validated (dates parsed, in
 * time order), for the Node benchmarks that time the model's code without the validator
 * (layout.ts, search.ts). EDTF parsing is the only validation step they need.
 */
import { parseWhen } from '../../src/lib/model/dates';
import type { Citation, TimelineEvent } from '../../src/lib/model/timeline';
import type { BenchEvent } from './generate';

/** `citationsOf` gives each event's citations (none, for layout alone). */
export function modelEvents(generated: readonly BenchEvent[], citationsOf: (event: BenchEvent) => Citation[] = () => []): TimelineEvent[] {
	const events = generated.map((e): TimelineEvent => {
		const when = parseWhen(e.when);
		if (!when.ok) throw new Error(when.message);
		return {
			id: e.id,
			title: e.title,
			summary: e.summary,
			when: when.when,
			status: e.status,
			category: e.category,
			actors: e.actors,
			citations: citationsOf(e),
			children: [],
			related: [],
			discrepancies: []
		};
	});
	return events.sort((a, b) => a.when.sortMs - b.when.sortMs || (a.id < b.id ? -1 : 1));
}
