import { describe, expect, it } from 'vitest';
import type { Source } from '../model/timeline';
import { INLINE_SOURCES_MAX, SOURCE_PAGE_SIZE, sourcePage, sourcePages } from './source-pages';

const sources = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s-${i}` }) as Source);

describe('source pages', () => {
	it('leaves a few sources on the explorer page', () => {
		expect(sourcePages({ sources: sources(2) })).toEqual([]);
		expect(sourcePages({ sources: sources(INLINE_SOURCES_MAX) })).toEqual([]);
	});

	it('puts every source of a long list on exactly one page, in order', () => {
		const all = sources(2 * SOURCE_PAGE_SIZE + 7);
		const pages = sourcePages({ sources: all });
		expect(pages.map((p) => [p.first, p.last])).toEqual([
			[1, SOURCE_PAGE_SIZE],
			[SOURCE_PAGE_SIZE + 1, 2 * SOURCE_PAGE_SIZE],
			[2 * SOURCE_PAGE_SIZE + 1, 2 * SOURCE_PAGE_SIZE + 7]
		]);
		const listed = pages.flatMap((p) => sourcePage({ sources: all }, p.page) ?? []).map((s) => s.id);
		expect(listed).toEqual(all.map((s) => s.id));
	});

	it('has no page 0, no page past the last and no fractional page', () => {
		const all = sources(INLINE_SOURCES_MAX + 1);
		expect(sourcePage({ sources: all }, 0)).toBeUndefined();
		expect(sourcePage({ sources: all }, 2)).toBeUndefined();
		expect(sourcePage({ sources: all }, 1.5)).toBeUndefined();
	});
});
