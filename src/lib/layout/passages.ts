/**
 * Splitting an archived source text into paragraphs and marked passages.
 *
 * The source view shows the text as published, with every quoted passage marked. Quotes
 * may overlap (a discrepancy may quote part of an event's quote), so the text is cut at
 * every quote boundary and each piece lists the quotes that cover it.
 */

export interface PassageSpan {
	/** Unique per span, e.g. "quote-120-245"; several citations of one passage share it. */
	key: string;
	start: number;
	end: number;
	kind: 'quote' | 'furniture';
}

export interface TextPiece {
	text: string;
	start: number;
	end: number;
	/** Keys of the spans that cover this piece. */
	covers: string[];
	/** Spans that begin at this piece (the anchors to scroll to). */
	begins: string[];
}

export interface Paragraph {
	start: number;
	pieces: TextPiece[];
}

export function splitPassages(text: string, spans: readonly PassageSpan[]): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		const start = offset;
		const end = start + line.length;
		offset = end + 1;
		if (line.trim() === '') continue;
		const inside = spans.filter((s) => s.start < end && s.end > start);
		const cuts = new Set([start, end]);
		for (const s of inside) {
			cuts.add(Math.max(s.start, start));
			cuts.add(Math.min(s.end, end));
		}
		const points = [...cuts].sort((a, b) => a - b);
		const pieces: TextPiece[] = [];
		for (let i = 0; i < points.length - 1; i++) {
			const a = points[i] as number;
			const b = points[i + 1] as number;
			if (b <= a) continue;
			pieces.push({
				text: text.slice(a, b),
				start: a,
				end: b,
				covers: inside.filter((s) => s.start <= a && s.end >= b).map((s) => s.key),
				begins: inside.filter((s) => s.start === a).map((s) => s.key)
			});
		}
		paragraphs.push({ start, pieces });
	}
	return paragraphs;
}

/** A link to the passage in the original page, where the browser supports text fragments. */
export function textFragmentUrl(url: string, quote: string): string {
	const words = quote.trim().split(/\s+/);
	const fragment =
		words.length > 8
			? `${encodeURIComponent(words.slice(0, 4).join(' '))},${encodeURIComponent(words.slice(-4).join(' '))}`
			: encodeURIComponent(words.join(' '));
	return `${url.split('#')[0]}#:~:text=${fragment.replace(/-/g, '%2D')}`;
}
