import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('collectGarbage', () => {
	it('frees what nothing refers to any more, without waiting for the thread to allocate', async () => {
		let data: object[] | null = Array.from({ length: 100_000 }, (_, i) => ({ i }));
		const ref = new WeakRef(data);
		await tick(); // a WeakRef keeps its target to the end of the job that made it
		data = null;
		collectGarbage();
		expect(ref.deref()).toBeUndefined();
	});
});
