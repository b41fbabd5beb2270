/**
 * The passages of a source that the draft quotes, with what quotes them: for the studio's
 * source view, which marks each passage and names its event (or discrepancy).
 *
 * A passage is found as the validator finds it (model/quotes.ts: the first place it stands),
 * so what is marked here is what the explorer's source page will mark.
 */
import type { PassageSpan } from '../layout/passages';
import { findQuote, foldForMatching } from '../model/quotes';
import { archiveOf, type Draft } from './draft';

export interface QuotedBy {
	kind: 'event' | 'discrepancy';
	id: string;
	title: string;
}

export interface QuotedPassages {
	spans: PassageSpan[];
	/** By span key: what quotes the passage. */
	quotedBy: Map<string, QuotedBy[]>;
}

export function quotedPassages(draft: Draft, sourceId: string): QuotedPassages {
	const text = archiveOf(draft, sourceId);
	const spans: PassageSpan[] = [];
	const quotedBy = new Map<string, QuotedBy[]>();
	if (text === undefined) return { spans, quotedBy };
	const folded = foldForMatching(text);
	const add = (quote: string, by: QuotedBy) => {
		const span = findQuote(folded, quote)[0];
		if (!span) return;
		const key = `quote-${span.start}-${span.end}`;
		if (!quotedBy.has(key)) {
			quotedBy.set(key, []);
			spans.push({ key, start: span.start, end: span.end, kind: 'quote' });
		}
		const list = quotedBy.get(key) as QuotedBy[];
		if (!list.some((b) => b.kind === by.kind && b.id === by.id)) list.push(by);
	};
	for (const event of draft.timeline.events) {
		for (const c of event.citations ?? []) if (c.source === sourceId) add(c.quote, { kind: 'event', id: event.id, title: event.title });
	}
	for (const d of draft.timeline.discrepancies ?? []) {
		for (const c of d.claims) if (c.source === sourceId) add(c.quote, { kind: 'discrepancy', id: d.id, title: d.title });
	}
	return { spans: spans.sort((a, b) => a.start - b.start || a.end - b.end), quotedBy };
}
