/**
 * Visual encodings shared by the marks and the legend: status → symbol, category → colour.
 * Kept apart from the components so that the legend and the chart cannot disagree.
 */
import type { Status } from '../model/vocabulary';
import { LANE_COLOUR_COUNT, laneCustomProperty, THEME_COLOURS, type ThemeName } from '../styles/colours';

export interface StatusStyle {
	/** SVG path of the marker, centred on 0,0, about 12px across. */
	path: string;
	/** Filled (a fact or an agreement) or hollow (words, not deeds). */
	filled: boolean;
	/** Range bars: solid, hatched (not carried out as far as the sources say) or outlined. */
	bar: 'solid' | 'hatched' | 'outline';
}

const circle = 'M 6 0 A 6 6 0 1 1 -6 0 A 6 6 0 1 1 6 0 Z';
const diamond = 'M 0 -7 L 7 0 L 0 7 L -7 0 Z';
const square = 'M -5 -5 H 5 V 5 H -5 Z';
const triangle = 'M 0 -6.5 L 6.5 5 H -6.5 Z';
/** A hexagon, drawn hollow: no other status uses six sides, so "not assessed" reads apart at a glance. */
const hexagon = 'M 6 0 L 3 5.2 H -3 L -6 0 L -3 -5.2 H 3 Z';

export const STATUS_STYLES: Record<Status, StatusStyle> = {
	happened: { path: circle, filled: true, bar: 'solid' },
	agreed: { path: diamond, filled: true, bar: 'solid' },
	announced: { path: diamond, filled: false, bar: 'hatched' },
	proposed: { path: triangle, filled: false, bar: 'hatched' },
	stated: { path: square, filled: false, bar: 'outline' },
	discussed: { path: circle, filled: false, bar: 'outline' },
	unassessed: { path: hexagon, filled: false, bar: 'outline' }
};

/** Lane colours, one set per theme (from src/lib/styles/colours.ts, where they are chosen and why). */
export const LANE_COLOURS: Record<ThemeName, readonly string[]> = { light: THEME_COLOURS.light.lanes, dark: THEME_COLOURS.dark.lanes };

export type { ThemeName };

/** The lane's colour as a hex value, for pictures drawn outside the page (exports, previews). */
export function categoryColour(index: number, theme: ThemeName = 'light'): string {
	return LANE_COLOURS[theme][index % LANE_COLOUR_COUNT] as string;
}

/** The lane's colour as a CSS value that follows the page's theme (and a host's overrides). */
export function laneColour(index: number): string {
	const slot = index % LANE_COLOUR_COUNT;
	return `var(${laneCustomProperty(slot)}, ${LANE_COLOURS.light[slot]})`;
}
