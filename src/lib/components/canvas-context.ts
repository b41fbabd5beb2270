/**
 * A canvas's 2D context, ready to draw on in CSS pixels: sized for the screen's pixel ratio
 * (sharp on phones), transformed to CSS pixels and cleared. Shared by the chart's canvases
 * (marks, density); imports nothing, so the lazily loaded density drawing stays small.
 */
export function preparedContext(canvas: HTMLCanvasElement, widthPx: number, heightPx: number): CanvasRenderingContext2D | undefined {
	const ratio = window.devicePixelRatio || 1;
	const width = Math.round(widthPx * ratio);
	const height = Math.round(heightPx * ratio);
	// Setting a canvas's size reallocates it, even to the same size: only when it changes, not every zoom frame.
	if (canvas.width !== width) canvas.width = width;
	if (canvas.height !== height) canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) return undefined;
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.clearRect(0, 0, widthPx, heightPx);
	return context;
}
