import { describe, expect, it } from 'vitest';
import type { MarkExtent } from './extent';
import { HIT_PX, labelRoomPx, laneHintLeft, markerX, MARKER_INSET_PX, markShowsIn, moreButtonLeft, moreButtonPx, TAIL_PX } from './mark-geometry';
import type { SceneMark } from './scene';

function mark(shape: 'point' | 'range', x0: number, x1: number, extra: Partial<SceneMark> = {}): SceneMark {
	const extent = { shape } as MarkExtent;
	return { item: { extent } as SceneMark['item'], lane: 'a', row: 0, x0, x1, anchorX: (x0 + x1) / 2, startEdge: 'firm', endEdge: 'firm', showLabel: true, hiddenChildren: 0, ...extra } as SceneMark;
}

describe('markerX', () => {
	it('puts a point\'s marker at its anchor and a range\'s at its start, kept in view', () => {
		expect(markerX(mark('point', 100, 120))).toBe(110);
		expect(markerX(mark('range', 100, 300))).toBe(100);
		expect(markerX(mark('range', -50, 300))).toBe(MARKER_INSET_PX);
	});
});

describe('labelRoomPx', () => {
	it('gives a label the room packing gave it, or what is left before the right edge, and none when unlabelled', () => {
		expect(labelRoomPx(mark('point', 100, 100), 200, 1000)).toBe(200);
		expect(labelRoomPx(mark('point', 900, 900), 200, 1000)).toBe(1000 - 900 - HIT_PX / 2 - 2);
		expect(labelRoomPx(mark('point', 1100, 1100), 200, 1000)).toBe(0);
		expect(labelRoomPx(mark('point', 100, 100, { showLabel: false }), 200, 1000)).toBe(0);
	});
});

describe('markShowsIn', () => {
	it('counts a mark whose marker, label or fading tail reaches into the view', () => {
		expect(markShowsIn(mark('point', 500, 500), 100, 1000)).toBe(true);
		expect(markShowsIn(mark('point', -200, -200, { showLabel: false }), 100, 1000)).toBe(false);
		// Its label reaches in from the left.
		expect(markShowsIn(mark('point', -60, -60), 100, 1000)).toBe(true);
		expect(markShowsIn(mark('point', 1000 + TAIL_PX - 1, 1000 + TAIL_PX - 1), 100, 1000)).toBe(false);
		expect(markShowsIn(mark('range', 1000 + TAIL_PX - 1, 1200, { startEdge: 'open' }), 100, 1000)).toBe(true);
	});
});

describe('moreButtonLeft and laneHintLeft', () => {
	it('puts a "+N more" button at its marks, inside the view', () => {
		expect(moreButtonLeft({ x0: 300 }, '+2 more', 1000)).toBe(292);
		expect(moreButtonLeft({ x0: 990 }, '+2 more', 1000)).toBe(1000 - moreButtonPx('+2 more'));
		expect(moreButtonLeft({ x0: -40 }, '+2 more', 1000)).toBe(0);
	});
	it('puts a lane hint at its parent, with room for its words before the edge', () => {
		expect(laneHintLeft(300, 1000)).toBe(288);
		expect(laneHintLeft(-50, 1000)).toBe(4);
		expect(laneHintLeft(990, 1000)).toBe(840);
	});
});
