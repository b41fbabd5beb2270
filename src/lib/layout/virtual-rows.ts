/**
 * Which rows of a long list to put in the DOM: those meeting the part of the list on screen,
 * plus a few either side, with the height of the rows left out above and below (for spacer
 * rows), so that the scrollbar and the page stay the size of the whole list. Rows keep the
 * height they were measured at; rows never drawn count as `estimatePx`.
 *
 * Linear in the rows (a plain loop: 100,000 rows take well under a millisecond), so that it
 * needs no index to keep in step with measurements.
 */
export interface RowWindow {
	/** First and last row to draw (inclusive); last < first when there is none. */
	first: number;
	last: number;
	/** Height of the rows before `first` and after `last`, px. */
	beforePx: number;
	afterPx: number;
}

/**
 * `fromPx`–`toPx`: the stretch of the list on screen, measured from the list's top.
 * `heightOf(i)`: the measured height of row i, or undefined.
 */
export function visibleRows(count: number, heightOf: (i: number) => number | undefined, estimatePx: number, fromPx: number, toPx: number, overscan = 6): RowWindow {
	let top = 0;
	let first = -1;
	let last = -1;
	let beforePx = 0;
	let total = 0;
	for (let i = 0; i < count; i++) {
		const h = heightOf(i) ?? estimatePx;
		if (first < 0 && top + h > fromPx) first = i;
		if (top < toPx) last = i;
		top += h;
	}
	total = top;
	if (count === 0) return { first: 0, last: -1, beforePx: 0, afterPx: 0 };
	if (first < 0) first = count - 1;
	first = Math.max(0, first - overscan);
	last = Math.min(count - 1, Math.max(last, first) + overscan);
	let drawn = 0;
	for (let i = 0; i < count; i++) {
		const h = heightOf(i) ?? estimatePx;
		if (i < first) beforePx += h;
		else if (i <= last) drawn += h;
	}
	return { first, last, beforePx, afterPx: Math.max(0, total - beforePx - drawn) };
}
