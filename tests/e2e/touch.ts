/**
 * Fingers for browser tests: touch points sent through the Chrome DevTools Protocol, so
 * that they go through the browser's real input pipeline (touch-action, scrolling,
 * pointer and touch events), as a phone's would.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';

type Point = [x: number, y: number];

export class Fingers {
	private constructor(
		private readonly page: Page,
		private readonly cdp: CDPSession
	) {}

	static async on(page: Page): Promise<Fingers> {
		return new Fingers(page, await page.context().newCDPSession(page));
	}

	private send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
		return this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
	}

	/** Moves fingers from `from` to `to` (one point per finger) in `steps` even steps, then lifts them. */
	async gesture(from: Point[], to: Point[], steps = 12): Promise<void> {
		await this.send('touchStart', from);
		for (let i = 1; i <= steps; i++) {
			const at = from.map(([x, y], f) => [x + (((to[f] as Point)[0] - x) * i) / steps, y + (((to[f] as Point)[1] - y) * i) / steps] as Point);
			await this.send('touchMove', at);
		}
		await this.send('touchEnd', []);
		// Let the last frame and the URL update land.
		await this.page.waitForTimeout(300);
	}

	/** Two fingers `startGapPx` apart, centred at (x, y), spread to `endGapPx` apart. */
	pinch(x: number, y: number, startGapPx: number, endGapPx: number): Promise<void> {
		return this.gesture(
			[
				[x - startGapPx / 2, y],
				[x + startGapPx / 2, y]
			],
			[
				[x - endGapPx / 2, y],
				[x + endGapPx / 2, y]
			]
		);
	}

	swipe(from: Point, to: Point): Promise<void> {
		return this.gesture([from], [to]);
	}
}

/** The centre of an element, in viewport px. */
export async function centreOf(locator: Locator): Promise<Point> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('element has no box (not visible?)');
	return [box.x + box.width / 2, box.y + box.height / 2];
}
