/**
 * A full garbage collection, now. Only for the one place that needs it (entries.ts): V8
 * collects when a thread allocates, and SvelteKit's analysis worker allocates nothing more
 * once it has its entries, so the hundreds of megabytes it read the data into would stay in
 * the build's memory through the whole prerender.
 *
 * Node exposes `gc` only with --expose-gc, which the build's workers are not started with;
 * the flag may be set at run time and then reaches new contexts, so a `gc` is taken from one.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbage(): void {
	const exposed = (globalThis as { gc?: () => void }).gc;
	if (typeof exposed === 'function') return exposed();
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}
