/**
 * The reader's theme on Citeline's own pages: auto (follow the system), light or dark.
 *
 * The choice is kept in localStorage and applied as `data-theme` on <html>. An inline
 * script in app.html applies it before the first paint, so a dark-theme reader never sees
 * a white flash; this class keeps it in step afterwards. Embeds do not use it: their theme
 * is the host's choice (`?theme=`), not the reader's setting on our site.
 */
export const THEME_PREFERENCES = ['auto', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** Also read by the inline script in src/app.html. */
export const THEME_STORAGE_KEY = 'citeline-theme';

export function isThemePreference(value: unknown): value is ThemePreference {
	return typeof value === 'string' && (THEME_PREFERENCES as readonly string[]).includes(value);
}

export class ThemeSetting {
	current: ThemePreference = $state('auto');

	constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined) {
		const stored = this.#read();
		if (stored) this.current = stored;
	}

	set(preference: ThemePreference): void {
		this.current = preference;
		try {
			// "auto" is the default: forget the setting rather than pin it.
			if (preference === 'auto') this.storage?.removeItem(THEME_STORAGE_KEY);
			else this.storage?.setItem(THEME_STORAGE_KEY, preference);
		} catch {
			// Storage can be full or forbidden (private modes, blocked cookies): the choice still holds for this page.
		}
	}

	#read(): ThemePreference | undefined {
		try {
			const value = this.storage?.getItem(THEME_STORAGE_KEY);
			return isThemePreference(value) ? value : undefined;
		} catch {
			return undefined;
		}
	}
}
