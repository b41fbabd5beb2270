/**
 * One page, measured in Chromium: first render, frames during a fixed zoom-and-pan
 * sequence, JS heap, DOM size and bytes over the network.
 *
 * Every page gets a fresh browser context, so caches and heaps do not carry over. Every
 * step runs against a deadline: a page that does not get there in time is reported as
 * "timed out after N s" at that step, and its context is closed, so a run always ends.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';

export const VIEWPORT = { width: 1280, height: 720 };
/** Wheel steps (half in, half out) and drag steps of the interaction. */
export const WHEEL_STEPS = 60;
export const DRAG_STEPS = 30;

export interface PageMeasure {
	/** Navigation start → window.__ready, ms. */
	firstRenderMs: number;
	frames: { count: number; medianMs: number; p95Ms: number; over50: number };
	heapUsedBytes: number;
	/** CDP's count of DOM nodes (elements, text, comments), and of elements alone. */
	domNodes: number;
	elements: number;
	/** Sum of encodedDataLength: what crossed the network, after compression. */
	bytesTransferred: number;
	/** JavaScript the page loaded, by URL: bytes transferred. */
	scripts: Map<string, number>;
}

/** A page that missed a deadline keeps what was measured before it (its first render, if it got there). */
export type PageOutcome = { ok: true; measure: PageMeasure } | { ok: false; reason: string; firstRenderMs?: number };

class TimedOut extends Error {}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new TimedOut(`${what}: timed out after ${(ms / 1000).toFixed(0)} s`)), ms);
	});
	return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] as number;
}

/** Records requestAnimationFrame deltas in the page until __stopFrames() is called. */
const RECORD_FRAMES = `(() => {
	const deltas = [];
	let last = performance.now();
	let on = true;
	const tick = (t) => { deltas.push(t - last); last = t; if (on) requestAnimationFrame(tick); };
	requestAnimationFrame(tick);
	window.__stopFrames = () => { on = false; return deltas; };
})()`;

async function interact(page: Page, target: string, budgetMs: number): Promise<number[]> {
	const run = async () => {
		// A busy page answers late even to this: it is inside the interaction's deadline.
		const box = await page.locator(target).first().boundingBox();
		if (!box) throw new Error(`no ${target} on the page`);
		const x = box.x + box.width / 2;
		const y = box.y + Math.min(box.height / 2, 150);
		await page.evaluate(RECORD_FRAMES);
		await page.mouse.move(x, y);
		for (let i = 0; i < WHEEL_STEPS; i++) {
			await page.mouse.wheel(0, i < WHEEL_STEPS / 2 ? -100 : 100);
			await page.waitForTimeout(16);
		}
		await page.mouse.down();
		for (let i = 1; i <= DRAG_STEPS; i++) {
			await page.mouse.move(x - i * 15, y);
			await page.waitForTimeout(16);
		}
		await page.mouse.up();
		// Let the last frame land.
		await page.waitForTimeout(100);
	};
	await within(run(), budgetMs, 'zoom and pan');
	return within(page.evaluate(() => (window as unknown as { __stopFrames(): number[] }).__stopFrames()), 10_000, 'reading frames');
}

/**
 * One more load of `url` in a fresh context, for the first render only: navigation start →
 * window.__ready, ms; undefined when the page failed or missed the deadline. A single load on
 * a shared machine moves by a third from run to run, so the benchmark reports the median of
 * a few.
 */
export async function firstRender(browser: Browser, url: string, loadMs: number): Promise<number | undefined> {
	const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'UTC' });
	try {
		const page = await context.newPage();
		await within(page.goto(url, { waitUntil: 'commit', timeout: 0 }), loadMs, 'loading');
		const ready = await within(
			page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready, undefined, { timeout: 0, polling: 100 }).then((h) => h.jsonValue()),
			loadMs,
			'first render'
		);
		return typeof ready === 'number' ? ready : undefined;
	} catch {
		return undefined;
	} finally {
		await within(context.close(), 30_000, 'closing').catch(() => undefined);
	}
}

export async function measurePage(browser: Browser, url: string, target: string, budgets: { loadMs: number; interactMs: number }): Promise<PageOutcome> {
	const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'UTC' });
	let firstRenderMs: number | undefined;
	try {
		const page = await context.newPage();
		const cdp: CDPSession = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Performance.enable');
		const types = new Map<string, { url: string; type: string }>();
		let bytesTransferred = 0;
		const scripts = new Map<string, number>();
		cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { url: e.response.url, type: e.type }));
		cdp.on('Network.loadingFinished', (e) => {
			bytesTransferred += e.encodedDataLength;
			const response = types.get(e.requestId);
			if (response?.type === 'Script') scripts.set(response.url, e.encodedDataLength);
		});

		await within(page.goto(url, { waitUntil: 'commit', timeout: 0 }), budgets.loadMs, 'loading');
		const readyMs = await within(
			page.waitForFunction(() => (window as unknown as { __ready?: number; __benchError?: string }).__ready ?? (window as unknown as { __benchError?: string }).__benchError, undefined, { timeout: 0, polling: 100 }).then((h) => h.jsonValue()),
			budgets.loadMs,
			'first render'
		);
		if (typeof readyMs !== 'number') throw new Error(`the page failed: ${String(readyMs)}`);
		firstRenderMs = readyMs;

		const deltas = await interact(page, target, budgets.interactMs);
		const sorted = [...deltas].sort((a, b) => a - b);

		await within(cdp.send('HeapProfiler.collectGarbage'), 30_000, 'garbage collection');
		const { metrics } = await within(cdp.send('Performance.getMetrics'), 10_000, 'metrics');
		const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
		const elements = await within(page.evaluate(() => document.querySelectorAll('*').length), 10_000, 'counting elements');
		return {
			ok: true,
			measure: {
				firstRenderMs: readyMs,
				frames: { count: deltas.length, medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), over50: deltas.filter((d) => d > 50).length },
				heapUsedBytes: metric('JSHeapUsedSize'),
				domNodes: metric('Nodes'),
				elements,
				bytesTransferred,
				scripts
			}
		};
	} catch (error) {
		return { ok: false, reason: (error as Error).message.split('\n')[0] ?? String(error), ...(firstRenderMs === undefined ? {} : { firstRenderMs }) };
	} finally {
		await within(context.close(), 30_000, 'closing').catch(() => undefined);
	}
}
