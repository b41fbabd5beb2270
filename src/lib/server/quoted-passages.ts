/**
 * What a source page highlights: every passage of the source that the timeline quotes and
 * verified, with what quotes it.
 *
 * Indexed once per timeline, by source: each source page used to go through every citation
 * of the timeline, so one build did sources × citations work (1,000 sources and 110,000
 * quotes: most of half an hour). Build-time only, like the rest of src/lib/server.
 */
import type { Citation, Timeline } from '../model/timeline';

export interface QuotedPassage {
	/** Offsets of the passage in the archived text. */
	start: number;
	end: number;
	quote: string;
	/** The event that quotes it; a discrepancy's claims link to its first event. */
	eventId: string | undefined;
	eventTitle: string;
	/** Quoted by a discrepancy (titled "Sources disagree: …" in the page's language), not an event. */
	discrepancy: boolean;
	/** Whose account the passage relays, when the citation says (see Citation.account). */
	account?: string;
}

const passagesBySource = new WeakMap<Timeline, Map<string, QuotedPassage[]>>();

/** The events' verified citations of the source in timeline order, then the discrepancies' claims. */
export function quotedPassages(timeline: Timeline, sourceId: string): QuotedPassage[] {
	let index = passagesBySource.get(timeline);
	if (index === undefined) {
		const bySource = (index = new Map<string, QuotedPassage[]>());
		const add = (c: Citation, eventId: string | undefined, eventTitle: string, discrepancy: boolean) => {
			if (c.verification.state !== 'verified') return;
			const passage: QuotedPassage = { start: c.verification.start, end: c.verification.end, quote: c.quote, eventId, eventTitle, discrepancy, ...(c.account === undefined ? {} : { account: c.account }) };
			const list = bySource.get(c.source);
			if (list) list.push(passage);
			else bySource.set(c.source, [passage]);
		};
		for (const event of timeline.events) for (const c of event.citations) add(c, event.id, event.title, false);
		for (const d of timeline.discrepancies) for (const c of d.claims) add(c, d.events[0], d.title, true);
		passagesBySource.set(timeline, index);
	}
	return index.get(sourceId) ?? [];
}
