/**
 * The PNG a share card or an export becomes: a real PNG, at the size asked for, with the
 * picture's text drawn (not an empty canvas).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultWindow } from '../layout/time-scale';
import { formatIssue } from '../model/validate';
import { validateFolder } from '../server/timelines';
import { svgToPng } from './png-node';
import { shareCardSvg, SHARE_CARD } from './share-card';
import { renderTimelineSvg } from './timeline-svg';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must come first after the signature. */
function pngSize(png: Uint8Array): { widthPx: number; heightPx: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const chunkType = String.fromCharCode(...png.subarray(12, 16));
	if (chunkType !== 'IHDR') throw new Error(`first chunk is ${chunkType}, not IHDR`);
	return { widthPx: view.getUint32(16), heightPx: view.getUint32(20) };
}

const SLUG = '2025-03-18-putin-trump-call';
function call() {
	const result = validateFolder(fileURLToPath(new URL(`../../../data/timelines/${SLUG}`, import.meta.url)), SLUG);
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.timeline;
}

describe('svgToPng', () => {
	it('makes the share card a 1200×630 PNG', () => {
		const png = svgToPng(shareCardSvg(call()), { widthPx: SHARE_CARD.widthPx });
		expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
		expect(pngSize(png)).toEqual({ widthPx: 1200, heightPx: 630 });
	});

	it.each([
		[undefined, 900, 400],
		[450, 450, 200],
		[1800, 1800, 800]
	])('scales to widthPx %s, keeping the aspect ratio', (widthPx, w, h) => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="400"><rect width="900" height="400" fill="#fff"/></svg>`;
		expect(pngSize(svgToPng(svg, widthPx === undefined ? {} : { widthPx }))).toEqual({ widthPx: w, heightPx: h });
	});

	it('draws the text: a picture with a long title is heavier than the same picture with a short one', () => {
		// Without a usable font resvg draws no glyphs at all; this catches a machine without fonts.
		const timeline = call();
		const window = defaultWindow(timeline.span);
		const withText = svgToPng(renderTimelineSvg(timeline, { window }));
		const shortTitle = svgToPng(renderTimelineSvg({ ...timeline, title: 'T' }, { window }));
		expect(withText.byteLength).toBeGreaterThan(shortTitle.byteLength + 1000);
	});

	it('refuses a width that is not a positive whole number', () => {
		expect(() => svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', { widthPx: 0 })).toThrow(/widthPx/);
	});
});
