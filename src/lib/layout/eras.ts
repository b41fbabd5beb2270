/**
 * Eras (labelled spans such as "The Seventh Century", imported from TimelineJS) as bands in
 * a strip above the lanes: their pixel extent in the view, and where their label fits.
 */
import type { TimeScale } from './time-scale';
import type { Era } from '../model/timeline';
import { estimateLabelPx } from './scene';

export interface EraBand {
	id: string;
	title: string;
	x0: number;
	x1: number;
	/** Where the label starts: the band's start, or the view's left edge when the band began before it. */
	labelX: number;
	/** The label, shortened with "…" to the room the band has in view; '' when there is none. */
	label: string;
}

const PAD_PX = 6;

export function eraBands(eras: readonly Era[], scale: TimeScale, widthPx: number, fontPx = 12): EraBand[] {
	const [fromMs, toMs] = scale.domain();
	return eras
		.filter((era) => era.when.latestMs >= fromMs && era.when.earliestMs <= toMs)
		.map((era) => {
			const x0 = Math.max(scale(era.when.earliestMs), -1);
			const x1 = Math.min(scale(era.when.latestMs), widthPx + 1);
			const labelX = Math.max(x0, 0) + PAD_PX;
			return { id: era.id, title: era.title, x0, x1, labelX, label: fitLabel(era.title, x1 - labelX - PAD_PX, fontPx) };
		});
}

/** The longest start of `text` (ending in "…" when cut) that fits `roomPx`. */
export function fitLabel(text: string, roomPx: number, fontPx = 12): string {
	if (estimateLabelPx(text, fontPx, Infinity) <= roomPx) return text;
	for (let length = text.length - 1; length > 0; length--) {
		const cut = `${text.slice(0, length).trimEnd()}…`;
		if (estimateLabelPx(cut, fontPx, Infinity) <= roomPx) return cut;
	}
	return '';
}
