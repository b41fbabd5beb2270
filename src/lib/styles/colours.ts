/**
 * Citeline's colours, light and dark: the one list every drawing takes them from.
 *
 * - The page reads them as CSS custom properties, which theme.css declares with these values
 *   (--citeline-bg, --citeline-lane-0, …) so that a host page can override any of them.
 *   theme.css stays plain CSS, loaded before any script; contrast.spec.ts checks that it
 *   declares exactly these values in each theme, and that they pass WCAG AA.
 * - A picture drawn outside the page (SVG/PNG export, share card) cannot read custom
 *   properties: it takes the values from here (render/palette.ts, components/marks.ts).
 *
 * Not here: the fonts (theme.css only) and the print style (global.css), which no picture uses.
 */

export interface ThemeColours {
	bg: string;
	surface: string;
	text: string;
	muted: string;
	border: string;
	accent: string;
	/** Behind a quoted passage on a source page. */
	highlight: string;
	/** The focus ring. */
	focus: string;
	/**
	 * One colour per lane (lanes past the last take the colours again from the first), at
	 * least 4.5:1 against bg and surface, so that marks and lane rules read as well as text
	 * does (WCAG asks 3:1 of graphics).
	 */
	lanes: readonly string[];
}

export type ThemeName = 'light' | 'dark';

export const THEME_COLOURS: Record<ThemeName, ThemeColours> = {
	light: {
		bg: '#ffffff',
		surface: '#f4f5f7',
		text: '#1b1f24',
		muted: '#545d68',
		border: '#d0d5dc',
		accent: '#1f5fbf',
		highlight: '#fff1a8',
		focus: '#1f5fbf',
		lanes: ['#2563b0', '#b4354a', '#2f7d3a', '#9a6200', '#7a4bb0', '#00788a', '#b0407e', '#5d6b00']
	},
	dark: {
		bg: '#15181c',
		surface: '#1f2329',
		text: '#e8eaed',
		muted: '#a9b1bb',
		border: '#3a4049',
		accent: '#7fb0ff',
		highlight: '#5c4b00',
		focus: '#7fb0ff',
		lanes: ['#6ea6f5', '#f0808f', '#62c172', '#e0a040', '#b493f0', '#3cb9c9', '#ee7cb9', '#aab83a']
	}
};

/** How many lane colours there are: lane n takes colour n mod LANE_COLOUR_COUNT. */
export const LANE_COLOUR_COUNT = THEME_COLOURS.light.lanes.length;

/** The custom property of lane colour `slot` (0 ≤ slot < LANE_COLOUR_COUNT): "--citeline-lane-3". */
export function laneCustomProperty(slot: number): string {
	return `--citeline-lane-${slot}`;
}

/** A theme's colours as theme.css declares them: { "--citeline-bg": "#ffffff", …, "--citeline-lane-7": "#5d6b00" }. */
export function themeCustomProperties(theme: ThemeName): Record<string, string> {
	const { lanes, ...named } = THEME_COLOURS[theme];
	return {
		...Object.fromEntries(Object.entries(named).map(([name, value]) => [`--citeline-${name}`, value])),
		...Object.fromEntries(lanes.map((value, slot) => [laneCustomProperty(slot), value]))
	};
}
