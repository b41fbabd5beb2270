/**
 * The colours of an exported picture, light and dark.
 *
 * These mirror the tokens in src/lib/styles/theme.css (--citeline-bg, --citeline-surface, …):
 * a standalone SVG or PNG cannot read CSS custom properties, so the values are copied here.
 * Change both together. Lane colours are not here: they come from categoryColour (marks.ts),
 * which the app uses in both themes.
 */

export type PictureTheme = 'light' | 'dark';

export interface PicturePalette {
	bg: string;
	surface: string;
	text: string;
	muted: string;
	border: string;
	accent: string;
}

export const PALETTES: Record<PictureTheme, PicturePalette> = {
	light: {
		bg: '#ffffff',
		surface: '#f4f5f7',
		text: '#1b1f24',
		muted: '#545d68',
		border: '#d0d5dc',
		accent: '#1f5fbf'
	},
	dark: {
		bg: '#15181c',
		surface: '#1f2329',
		text: '#e8eaed',
		muted: '#a9b1bb',
		border: '#3a4049',
		accent: '#7fb0ff'
	}
};
