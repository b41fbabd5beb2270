import { describe, expect, it } from 'vitest';
import { LazyComponent } from './lazy-component.svelte';

describe('LazyComponent', () => {
	it('fetches the code once, however often it is asked for, and holds the component', async () => {
		let imports = 0;
		const errors: Error[] = [];
		const lazy = new LazyComponent(async () => ({ default: `panel ${++imports}` }), (error) => errors.push(error));
		expect(lazy.component).toBeUndefined();
		await Promise.all([lazy.load(), lazy.load()]);
		await lazy.load();
		expect(lazy.component).toBe('panel 1');
		expect(imports).toBe(1);
		expect(errors).toEqual([]);
	});

	it('reports a failed load and tries again when asked again', async () => {
		let attempts = 0;
		const errors: string[] = [];
		const lazy = new LazyComponent(
			async () => {
				if (++attempts === 1) throw new Error('offline');
				return { default: 'panel' };
			},
			(error) => errors.push(error.message)
		);
		await lazy.load();
		expect(lazy.component).toBeUndefined();
		expect(errors).toEqual(['offline']);
		await lazy.load();
		expect(lazy.component).toBe('panel');
		expect(attempts).toBe(2);
	});
});
