import { describe, expect, it, vi } from 'vitest';
import { shareCardSvg } from '../render/share-card';
import { syntheticTimeline } from '../payload/testing';

vi.mock('../render/share-card', async (original) => {
	const actual = await original<typeof import('../render/share-card')>();
	return { ...actual, shareCardSvg: vi.fn(actual.shareCardSvg) };
});

const { cachedShareCardSvg } = await import('./share-card');

describe('cachedShareCardSvg', () => {
	it('draws a timeline once for both preview files, and each timeline its own card', () => {
		const drawn = vi.mocked(shareCardSvg);
		const one = syntheticTimeline(30, 1);
		const other = { ...syntheticTimeline(30, 2), title: 'Another timeline' };
		const first = cachedShareCardSvg(one);
		expect(cachedShareCardSvg(one)).toBe(first);
		expect(drawn).toHaveBeenCalledTimes(1);
		expect(cachedShareCardSvg(other)).not.toBe(first);
		expect(drawn).toHaveBeenCalledTimes(2);
		expect(first).toBe(shareCardSvg(one));
	});
});
