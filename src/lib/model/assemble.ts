/**
 * Puts a timeline together from its checked parts: events sorted, children linked, inverse
 * relations and discrepancies attached, the span computed. The validator calls it, and so do
 * the exports that filter a timeline (in the browser too), which is why it lives apart from
 * the validator and its schema: importing it brings in neither zod nor the EDTF grammar.
 */
import type { Era, RelatedLink, Timeline, TimelineEvent } from './timeline';

export interface TimelineParts extends Omit<Timeline, 'format' | 'span' | 'eras'> {
	eras?: Era[];
}

/** Sorts events, links children, inverse relations and discrepancies, and computes the span. */
export function assembleTimeline(parts: TimelineParts): Timeline {
	const byId = new Map(parts.events.map((e) => [e.id, e]));
	const fileOrder = new Map(parts.events.map((e, i) => [e.id, i]));
	// Parents come before their children on the same instant: the call before its topics.
	// (Parent loops are rejected by the validator before this runs.)
	const depth = (e: TimelineEvent): number => {
		let d = 0;
		for (let p = e.parent; p !== undefined; p = byId.get(p)?.parent) d++;
		return d;
	};
	const events = [...parts.events].sort(
		(a, b) => a.when.sortMs - b.when.sortMs || depth(a) - depth(b) || (fileOrder.get(a.id) ?? 0) - (fileOrder.get(b.id) ?? 0)
	);

	for (const event of events) {
		if (event.parent !== undefined) byId.get(event.parent)?.children.push(event.id);
		for (const link of event.related) {
			if (link.direction !== 'out') continue;
			const inverse: RelatedLink = { event: event.id, relation: link.relation, direction: 'in' };
			byId.get(link.event)?.related.push(inverse);
		}
	}
	for (const discrepancy of parts.discrepancies) {
		for (const id of discrepancy.events) byId.get(id)?.discrepancies.push(discrepancy.id);
	}

	let earliestMs = Infinity;
	let latestMs = -Infinity;
	for (const { when } of events) {
		for (const ms of [when.earliestMs, when.latestMs, when.sortMs]) {
			if (!Number.isFinite(ms)) continue;
			earliestMs = Math.min(earliestMs, ms);
			latestMs = Math.max(latestMs, ms);
		}
	}

	const eras = [...(parts.eras ?? [])].sort((a, b) => a.when.sortMs - b.when.sortMs);
	return {
		format: 1,
		...parts,
		events,
		eras,
		span: Number.isFinite(earliestMs) ? { earliestMs, latestMs } : null
	};
}
