/**
 * Calls `fn` at most once per `intervalMs` while calls keep coming, and always once more
 * with the last arguments when they stop: a host sees a long zoom gesture progress, and
 * always learns where it ended.
 */
export interface Throttled<A extends unknown[]> {
	(...args: A): void;
	cancel(): void;
}

export function throttle<A extends unknown[]>(fn: (...args: A) => void, intervalMs: number, now: () => number = Date.now): Throttled<A> {
	let lastRun = -Infinity;
	let pending: A | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const run = () => {
		timer = undefined;
		if (!pending) return;
		const args = pending;
		pending = undefined;
		lastRun = now();
		fn(...args);
	};

	const throttled = (...args: A) => {
		pending = args;
		const wait = lastRun + intervalMs - now();
		if (wait <= 0 && timer === undefined) run();
		else if (timer === undefined) timer = setTimeout(run, Math.max(wait, 0));
	};
	throttled.cancel = () => {
		clearTimeout(timer);
		timer = undefined;
		pending = undefined;
	};
	return throttled;
}
