/**
 * An SVG picture to PNG in Node (the build's prerender, scripts and tests), with resvg.
 *
 * resvg is a native module: never import this file from code that runs in the browser
 * (png-browser.ts does the same there with a canvas). Text is set in the system's fonts,
 * with DejaVu Sans as the fallback family so that Cyrillic dates and titles render.
 */
import { Resvg } from '@resvg/resvg-js';

export interface PngOptions {
	/** Width of the PNG, px; the height follows the SVG's aspect ratio. Default: the SVG's own width. */
	widthPx?: number;
}

export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array<ArrayBuffer> {
	if (options.widthPx !== undefined && !(Number.isInteger(options.widthPx) && options.widthPx > 0)) {
		throw new Error(`svgToPng: widthPx must be a positive whole number; got ${options.widthPx}`);
	}
	const resvg = new Resvg(svg, {
		fitTo: options.widthPx === undefined ? { mode: 'original' } : { mode: 'width', value: options.widthPx },
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
		shapeRendering: 2,
		textRendering: 1,
		logLevel: 'off'
	});
	// A copy on its own ArrayBuffer (Node's Buffer may share a pooled one), so it can be a Response body.
	return new Uint8Array(resvg.render().asPng());
}
