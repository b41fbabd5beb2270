/**
 * Visual encodings shared by the marks and the legend: status → symbol, category → colour.
 * Kept apart from the components so that the legend and the chart cannot disagree.
 */
import type { Status } from '../model/vocabulary';

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

export const STATUS_STYLES: Record<Status, StatusStyle> = {
	happened: { path: circle, filled: true, bar: 'solid' },
	agreed: { path: diamond, filled: true, bar: 'solid' },
	announced: { path: diamond, filled: false, bar: 'hatched' },
	proposed: { path: triangle, filled: false, bar: 'hatched' },
	stated: { path: square, filled: false, bar: 'outline' },
	discussed: { path: circle, filled: false, bar: 'outline' }
};

/** Lane colours, dark enough for 3:1 against both the light and the dark background. */
const PALETTE = ['#2563b0', '#b4354a', '#2f7d3a', '#9a6200', '#7a4bb0', '#00788a', '#b0407e', '#5d6b00'];

export function categoryColour(index: number): string {
	return PALETTE[index % PALETTE.length] as string;
}
