/**
 * Lanes, rows and labels that never overlap.
 *
 * Each category is a lane with a fixed number of rows (so that zooming does not make the
 * chart jump in height). Marks are placed greedily in time order into the first row where
 * they fit with their label; failing that, without their label (the label shows on focus);
 * failing that, they collapse into a "+N more" cluster that zooms in when clicked.
 * Pinned events (selected or focused) are placed first, so they are never collapsed.
 * Input and output are in pixels; this module knows nothing of dates.
 */

export interface PackInput {
	id: string;
	lane: string;
	/** Left and right of the mark itself, px. A point has x0 === x1 at its marker. */
	x0: number;
	x1: number;
	/** Width of the label drawn from the mark's left edge (or right of a point's marker), px. */
	labelPx: number;
	pinned?: boolean;
}

export interface PlacedMark {
	id: string;
	lane: string;
	row: number;
	showLabel: boolean;
}

export interface OverflowCluster {
	lane: string;
	/** Horizontal extent of the hidden marks, px. */
	x0: number;
	x1: number;
	ids: string[];
}

export interface PackResult {
	placed: PlacedMark[];
	overflow: OverflowCluster[];
}

export interface PackOptions {
	/** Rows available in each lane. */
	rowsPerLane: (lane: string) => number;
	/** Space kept between neighbours in a row, px. */
	gapPx?: number;
	/** Half the width of a point marker, px. */
	markerRadiusPx?: number;
	/** Hidden marks closer than this join one cluster, px. */
	clusterGapPx?: number;
}

export function packLanes(items: readonly PackInput[], options: PackOptions): PackResult {
	const gap = options.gapPx ?? 6;
	const radius = options.markerRadiusPx ?? 7;
	const clusterGap = options.clusterGapPx ?? 40;
	const placed: PlacedMark[] = [];
	const hidden: PackInput[] = [];
	// Pinned marks first (wherever they are), then the rest from left to right. Because the
	// rest arrive in x order, each row only needs its right end (plus the few pinned
	// intervals): O(n × rows), which matters when a zoomed-out view holds many thousands.
	const ordered = [...items].sort((a, b) => Number(Boolean(b.pinned)) - Number(Boolean(a.pinned)) || a.x0 - b.x0);
	const lanes = new Map<string, Array<{ end: number; pinned: Array<[number, number]> }>>();
	const rowsOf = (lane: string) => {
		let rows = lanes.get(lane);
		if (!rows) lanes.set(lane, (rows = Array.from({ length: options.rowsPerLane(lane) }, () => ({ end: -Infinity, pinned: [] }))));
		return rows;
	};
	const fits = (row: { end: number; pinned: Array<[number, number]> }, l: number, r: number) =>
		l >= row.end + gap && row.pinned.every(([a, b]) => r + gap <= a || b + gap <= l);

	for (const item of ordered) {
		const rows = rowsOf(item.lane);
		const point = item.x0 === item.x1;
		const markLeft = item.x0 - (point ? radius : 0);
		const markRight = item.x1 + (point ? radius : 0);
		const labelRight = Math.max(markRight, (point ? markRight + 4 : item.x0) + item.labelPx);
		let row = rows.findIndex((r) => fits(r, markLeft, labelRight));
		let showLabel = true;
		if (row === -1) {
			row = rows.findIndex((r) => fits(r, markLeft, markRight));
			showLabel = false;
		}
		if (row === -1 && item.pinned) row = 0; // never collapse what the reader is looking at
		if (row === -1) {
			hidden.push(item);
			continue;
		}
		const target = rows[row] as { end: number; pinned: Array<[number, number]> };
		const right = showLabel ? labelRight : markRight;
		if (item.pinned) target.pinned.push([markLeft, right]);
		else target.end = Math.max(target.end, right);
		placed.push({ id: item.id, lane: item.lane, row, showLabel });
	}

	return { placed, overflow: clusterHidden(hidden, clusterGap) };
}

function clusterHidden(hidden: PackInput[], clusterGapPx: number): OverflowCluster[] {
	const byLane = new Map<string, PackInput[]>();
	for (const item of hidden) {
		const list = byLane.get(item.lane);
		if (list) list.push(item);
		else byLane.set(item.lane, [item]);
	}
	const clusters: OverflowCluster[] = [];
	for (const [lane, items] of byLane) {
		items.sort((a, b) => a.x0 - b.x0);
		let current: OverflowCluster | undefined;
		for (const item of items) {
			if (current && item.x0 <= current.x1 + clusterGapPx) {
				current.x1 = Math.max(current.x1, item.x1);
				current.ids.push(item.id);
			} else {
				current = { lane, x0: item.x0, x1: item.x1, ids: [item.id] };
				clusters.push(current);
			}
		}
	}
	return clusters;
}

/**
 * Rows each lane needs: the most events of that lane whose extents overlap at one instant,
 * capped at `maxRows`. Computed once per timeline, so lane heights never change on zoom.
 */
export function rowsNeededPerLane(
	items: ReadonlyArray<{ lane: string; startMs: number; endMs: number }>,
	maxRows: number
): Map<string, number> {
	const byLane = new Map<string, Array<[number, number]>>();
	for (const { lane, startMs, endMs } of items) {
		const edges = byLane.get(lane) ?? [];
		edges.push([startMs, 1], [endMs, -1]);
		byLane.set(lane, edges);
	}
	const rows = new Map<string, number>();
	for (const [lane, edges] of byLane) {
		// Starts before ends at the same instant: touching extents count as overlapping.
		edges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
		let open = 0;
		let most = 0;
		for (const [, delta] of edges) {
			open += delta;
			most = Math.max(most, open);
		}
		rows.set(lane, Math.min(Math.max(most, 1), maxRows));
	}
	return rows;
}
