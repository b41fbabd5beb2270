import { describe, expect, it } from 'vitest';
import { SWIPE_MIN_PX, swipeStep } from './swipe';

describe('swipeStep', () => {
	it.each<[string, number, number, ReturnType<typeof swipeStep>]>([
		['a swipe to the left turns to the next event', -120, 10, 'next'],
		['a swipe to the right goes back', 120, -10, 'previous'],
		['a tap does nothing', 3, 2, undefined],
		['a short drag does nothing', -(SWIPE_MIN_PX - 1), 0, undefined],
		['a vertical swipe scrolls', -60, -200, undefined],
		['a diagonal one, too, unless it is clearly sideways', -100, 80, undefined]
	])('%s', (_, dx, dy, expected) => {
		expect(swipeStep(dx, dy)).toBe(expected);
	});
});
