/**
 * The colours of an exported picture, light and dark: a standalone SVG or PNG cannot read
 * CSS custom properties, so it takes the theme's values from src/lib/styles/colours.ts, the
 * list theme.css is checked against. Lane colours come from categoryColour (marks.ts).
 */
import { THEME_COLOURS, type ThemeColours, type ThemeName } from '../styles/colours';

export type PictureTheme = ThemeName;

export type PicturePalette = Pick<ThemeColours, 'bg' | 'surface' | 'text' | 'muted' | 'border' | 'accent'>;

function paletteOf({ bg, surface, text, muted, border, accent }: ThemeColours): PicturePalette {
	return { bg, surface, text, muted, border, accent };
}

export const PALETTES: Record<PictureTheme, PicturePalette> = { light: paletteOf(THEME_COLOURS.light), dark: paletteOf(THEME_COLOURS.dark) };
