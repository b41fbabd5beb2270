import { describe, expect, it } from 'vitest';
import { codePointOffset, toWebAnnotations } from '../export/annotations';
import { datasetTimeline } from '../../payload/testing';
import { isWebAnnotations, mergeAnnotations, utf16Offset, type RawTimeline } from './annotations';

const ARCHIVE = 'Day one 😀: the envoy said "we agree". Day two: the envoy said "we agree". The end.';

function timeline(): RawTimeline {
	return {
		events: [{ id: 'day-one' }, { id: 'day-two', citations: [{ source: 'notes', quote: 'the envoy said' }] }],
		sources: [{ id: 'notes', archive: 'sources/notes.txt' }, { id: 'wire', url: 'https://wire.example/story' }]
	};
}

const annotation = (event: string, target: unknown, extra: Record<string, unknown> = {}) => ({
	type: 'Annotation',
	id: `#${event}`,
	body: [{ type: 'SpecificResource', purpose: 'linking', source: `https://citeline.example/t/x?event=${event}` }],
	target,
	...extra
});
const quote = (exact: string, more: Record<string, unknown> = {}) => ({ type: 'TextQuoteSelector', exact, ...more });
const archive = { archiveText: (id: string) => (id === 'notes' ? ARCHIVE : undefined) };

describe('code points and UTF-16 offsets (TextPositionSelector counts code points)', () => {
	it('an emoji is one code point and two UTF-16 units, both ways', () => {
		const after = ARCHIVE.indexOf(':');
		expect(codePointOffset(ARCHIVE, after)).toBe(after - 1);
		expect(utf16Offset(ARCHIVE, after - 1)).toBe(after);
		for (const at of [0, 5, 20, ARCHIVE.length]) expect(utf16Offset(ARCHIVE, codePointOffset(ARCHIVE, at))).toBe(at);
	});
});

describe('mergeAnnotations', () => {
	it('without a position, the quote is found by its text', () => {
		const t = timeline();
		const result = mergeAnnotations(
			t,
			[annotation('day-one', { source: '/t/x/sources/notes.txt', selector: [quote('"we agree"', { prefix: 'Day two: the envoy said ' })] })],
			archive
		);
		expect(result).toEqual({ added: 1, notTaken: [] });
		expect(t.events[0]?.citations).toEqual([{ source: 'notes', quote: '"we agree"' }]);
	});

	it('takes the quote exactly as written, and the note and account from the body', () => {
		const t = timeline();
		const start = codePointOffset(ARCHIVE, ARCHIVE.indexOf('the envoy'));
		const body = [
			{ type: 'SpecificResource', purpose: 'linking', source: '/t/x?event=day-one' },
			{ type: 'TextualBody', purpose: 'commenting', value: 'Said twice.' },
			{ type: 'TextualBody', purpose: 'tagging', value: 'account:envoy' }
		];
		const target = { source: 'https://citeline.example/t/x/sources/notes', selector: [quote('the  envoy  said'), { type: 'TextPositionSelector', start, end: start + 14 }] };
		expect(mergeAnnotations(t, { type: 'AnnotationPage', items: [{ type: 'Annotation', body, target }] }, archive).added).toBe(1);
		// Whitespace folded to match, never "fixed" in the quote.
		expect(t.events[0]?.citations).toEqual([{ source: 'notes', quote: 'the  envoy  said', note: 'Said twice.', account: 'envoy' }]);
	});

	it('a source without an archive is found by its url; the quote is then taken unverified', () => {
		const t = timeline();
		expect(mergeAnnotations(t, annotation('day-one', { source: 'https://wire.example/story', selector: quote('anything it says') }), archive).added).toBe(1);
		expect(t.events[0]?.citations).toEqual([{ source: 'wire', quote: 'anything it says' }]);
	});

	it('reports every annotation it does not take, and why', () => {
		const t = timeline();
		const notes = { source: '/t/x/sources/notes.txt', selector: quote('the envoy said') };
		const result = mergeAnnotations(
			t,
			{
				type: 'AnnotationCollection',
				first: {
					type: 'AnnotationPage',
					items: [
						{ type: 'Highlight' },
						{ ...annotation('day-one', notes), body: [] },
						annotation('day-three', notes),
						annotation('day-one', { source: 'https://elsewhere.example/page', selector: quote('x') }),
						annotation('day-one', { source: '/t/x/sources/notes.txt', selector: [] }),
						annotation('day-one', { source: '/t/x/sources/notes.txt', selector: quote('the envoy denied') }),
						annotation('day-two', notes)
					]
				}
			},
			archive
		);
		expect(result.added).toBe(0);
		expect(result.notTaken.map((n) => `${n.position}: ${n.reason}`)).toEqual([
			'annotation 1: is not an annotation (no "type": "Annotation")',
			'annotation 2 (#day-one): links to no event: its body has no address with ?event=<id>',
			'annotation 3 (#day-three): links to the event "day-three", which this timeline does not have',
			"annotation 4 (#day-one): its target https://elsewhere.example/page is none of the timeline's sources",
			'annotation 5 (#day-one): has no quote (a TextQuoteSelector with "exact")',
			'annotation 6 (#day-one): the quote "the envoy denied" is not in the archived text of source "notes"',
			'annotation 7 (#day-two): event "day-two" cites this quote of "notes" already'
		]);
	});

	it('the export of the call is Web Annotations, and only such files are', () => {
		const call = datasetTimeline();
		expect(isWebAnnotations(toWebAnnotations(call, { archiveText: () => undefined }))).toBe(true);
		expect(isWebAnnotations({ events: [] })).toBe(false);
		expect(isWebAnnotations([{ type: 'Annotation' }])).toBe(true);
	});
});
