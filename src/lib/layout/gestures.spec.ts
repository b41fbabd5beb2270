import { describe, expect, it } from 'vitest';
import { panWindow, pinchWindow, sheetDismisses, swipeIntent } from './gestures';

const DAY = 86_400_000;
const WINDOW: [number, number] = [0, 10 * DAY];
const WIDTH = 1000; // 1 px = 14.4 minutes: 100 px = 1 day

describe('swipeIntent', () => {
	it.each([
		[3, 2, 'undecided'],
		[0, 7, 'undecided'],
		[20, 5, 'pan'],
		[-20, 19, 'pan'],
		[5, 20, 'scroll'],
		[-10, -10, 'scroll'], // a perfect diagonal goes to the page: scrolling is the safer guess
		[0, -30, 'scroll']
	] as const)('dx %i, dy %i → %s', (dx, dy, intent) => {
		expect(swipeIntent(dx, dy)).toBe(intent);
	});
});

describe('panWindow', () => {
	it('dragging right by a day of pixels shows a day earlier', () => {
		expect(panWindow(WINDOW, WIDTH, 100)).toEqual([-DAY, 9 * DAY]);
	});
	it('dragging left shows later time and keeps the span', () => {
		const [from, to] = panWindow(WINDOW, WIDTH, -250);
		expect(from).toBe(2.5 * DAY);
		expect(to - from).toBe(10 * DAY);
	});
});

describe('pinchWindow', () => {
	const at = (x: number, y = 50) => ({ x, y });

	it('spreading the fingers to twice their distance halves the span about their midpoint', () => {
		// Midpoint at x=300 is day 3; it stays at x=300.
		const [from, to] = pinchWindow(WINDOW, WIDTH, [at(250), at(350)], [at(200), at(400)]);
		expect(to - from).toBeCloseTo(5 * DAY);
		expect(from + (300 / WIDTH) * (to - from)).toBeCloseTo(3 * DAY);
	});

	it('closing the fingers zooms out about the same instant', () => {
		const [from, to] = pinchWindow(WINDOW, WIDTH, [at(600), at(800)], [at(650), at(750)]);
		expect(to - from).toBeCloseTo(20 * DAY);
		expect(from + (700 / WIDTH) * (to - from)).toBeCloseTo(7 * DAY);
	});

	it('moving both fingers together pans: the instant under them follows the midpoint', () => {
		const [from, to] = pinchWindow(WINDOW, WIDTH, [at(100), at(300)], [at(200), at(400)]);
		expect(to - from).toBeCloseTo(10 * DAY);
		expect(from).toBeCloseTo(-DAY);
	});

	it('uses the distance between the fingers in any direction, not only across', () => {
		const [from, to] = pinchWindow(WINDOW, WIDTH, [at(500, 0), at(500, 100)], [at(500, -50), at(500, 150)]);
		expect(to - from).toBeCloseTo(5 * DAY);
		expect(from).toBeCloseTo(2.5 * DAY);
	});

	it('ignores a pinch whose fingers started on the same spot rather than dividing by zero', () => {
		expect(pinchWindow(WINDOW, WIDTH, [at(500), at(500)], [at(400), at(600)])).toEqual(WINDOW);
	});
});

describe('sheetDismisses', () => {
	it.each([
		[100, 0, 500, true], // dragged well down and held
		[60, 0.1, 500, false], // a slow, short drag springs back
		[30, 1.2, 500, true], // a flick
		[10, 2, 500, false], // a twitch is not a flick
		[50, 0, 120, true], // a short sheet needs only a third of its height
		[-200, 3, 500, false] // dragging up never closes
	] as const)('down %i px at %f px/ms on a %i px sheet → %s', (dy, velocity, height, closes) => {
		expect(sheetDismisses(dy, velocity, height)).toBe(closes);
	});
});
