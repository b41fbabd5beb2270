import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, ThemeSetting } from './theme-preference.svelte';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value),
		removeItem: (key: string) => void data.delete(key)
	};
}

describe('ThemeSetting', () => {
	it('starts from the stored choice', () => {
		expect(new ThemeSetting(memoryStorage({ [THEME_STORAGE_KEY]: 'dark' })).current).toBe('dark');
	});

	it('ignores a stored value that is not a theme', () => {
		expect(new ThemeSetting(memoryStorage({ [THEME_STORAGE_KEY]: 'purple' })).current).toBe('auto');
	});

	it('keeps a choice for the next visit, and forgets it on auto', () => {
		const storage = memoryStorage();
		const theme = new ThemeSetting(storage);
		theme.set('light');
		expect(new ThemeSetting(storage).current).toBe('light');
		theme.set('auto');
		expect(storage.data.has(THEME_STORAGE_KEY)).toBe(false);
	});

	it('still switches when storage refuses to write', () => {
		const theme = new ThemeSetting({
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {}
		});
		theme.set('dark');
		expect(theme.current).toBe('dark');
	});
});
