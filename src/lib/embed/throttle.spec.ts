import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs at once, then at most once per interval during a burst, then once with the last value', () => {
		const seen: number[] = [];
		const send = throttle((n: number) => seen.push(n), 200);
		// A gesture: a call every 16 ms for about 1 s.
		let last = 0;
		for (let t = 0; t <= 1000; t += 16) {
			send((last = t));
			vi.advanceTimersByTime(16);
		}
		vi.advanceTimersByTime(500);
		expect(seen[0]).toBe(0);
		expect(seen.at(-1)).toBe(last);
		// 1 s at one call per 200 ms: about six calls, never one per frame.
		expect(seen.length).toBeGreaterThanOrEqual(5);
		expect(seen.length).toBeLessThanOrEqual(7);
	});

	it('cancel drops what is pending', () => {
		const seen: number[] = [];
		const send = throttle((n: number) => seen.push(n), 200);
		send(1);
		send(2);
		send.cancel();
		vi.advanceTimersByTime(1000);
		expect(seen).toEqual([1]);
	});
});
