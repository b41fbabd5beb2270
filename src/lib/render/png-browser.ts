/**
 * An SVG picture to PNG in the browser, for the explorer's "export PNG": the SVG is loaded
 * as an image and drawn on a canvas. Browser only (Image, canvas); Node uses png-node.ts.
 *
 * The SVG from renderTimelineSvg is self-contained (no external fonts, images or CSS), so
 * the canvas is never tainted and toBlob works.
 */

/** The SVG as a PNG blob, `scale` times its own pixel size (2 for sharp text on most screens). */
export async function svgToPngBlob(svg: string, scale = 2): Promise<Blob> {
	if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`svgToPngBlob: scale must be a positive number; got ${scale}`);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('svgToPngBlob: the browser could not load the SVG as an image'));
			image.src = url;
		});
		const widthPx = image.naturalWidth || image.width;
		const heightPx = image.naturalHeight || image.height;
		if (widthPx === 0 || heightPx === 0) throw new Error('svgToPngBlob: the SVG has no width or height');
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(widthPx * scale);
		canvas.height = Math.round(heightPx * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('svgToPngBlob: no 2D canvas in this browser');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => {
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('svgToPngBlob: the canvas gave no PNG'))), 'image/png');
		});
	} finally {
		URL.revokeObjectURL(url);
	}
}
