/**
 * Draws the marks of the events in view on a canvas, from their shapes (layout/mark-shapes.ts):
 * one element however many marks, redrawn each zoom frame in well under a millisecond for the
 * few hundred a view holds. The labelled, focusable buttons over them stay in the DOM
 * (EventButtons.svelte).
 */
import type { MarkShape } from '$lib/layout/mark-shapes';
import { STATUS_STYLES } from './marks';
import { preparedContext } from './canvas-context';

/** One mark to draw: its shapes, its lane's colour and whether a search left it dimmed. */
export interface MarkDrawing {
	shapes: readonly MarkShape[];
	colour: string;
	dimmed: boolean;
}

/** The theme's colours the marks use besides their lanes'. */
export interface MarksPalette {
	bg: string;
	text: string;
	highlight: string;
}

/** A dimmed mark's opacity, as the search leaves the events it did not find. */
const DIMMED_ALPHA = 0.25;

const markerPaths = new Map<string, Path2D>();
function markerPath(d: string): Path2D {
	let path = markerPaths.get(d);
	if (!path) markerPaths.set(d, (path = new Path2D(d)));
	return path;
}

/** Lane colours made transparent, kept across frames: a theme has a handful of them. */
const transparentColours = new Map<string, string>();

/** `colour` made fully transparent, for the far end of a fade (a gradient to "transparent" would pass through grey). */
function transparent(context: CanvasRenderingContext2D, colour: string): string {
	let made = transparentColours.get(colour);
	if (made !== undefined) return made;
	context.fillStyle = colour;
	// The canvas gives back what it understood as #rrggbb, or rgba(…) for a colour with alpha.
	const normal = String(context.fillStyle);
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
	made = hex
		? `rgba(${parseInt(hex[1] as string, 16)}, ${parseInt(hex[2] as string, 16)}, ${parseInt(hex[3] as string, 16)}, 0)`
		: normal.replace(/^rgba?\(([^,]+),([^,]+),([^,)]+).*$/, 'rgba($1,$2,$3, 0)');
	transparentColours.set(colour, made);
	return made;
}

export function drawMarks(canvas: HTMLCanvasElement, marks: readonly MarkDrawing[], widthPx: number, heightPx: number, palette: MarksPalette): void {
	const context = preparedContext(canvas, widthPx, heightPx);
	if (!context) return;
	for (const mark of marks) {
		const alpha = mark.dimmed ? DIMMED_ALPHA : 1;
		context.globalAlpha = alpha;
		const none = transparent(context, mark.colour);
		for (const shape of mark.shapes) drawShape(context, shape, mark.colour, none, palette, alpha);
	}
	context.globalAlpha = 1;
}

function drawShape(context: CanvasRenderingContext2D, shape: MarkShape, colour: string, none: string, palette: MarksPalette, alpha: number): void {
	switch (shape.kind) {
		case 'found':
			context.beginPath();
			context.arc(shape.x, shape.y, shape.r, 0, 2 * Math.PI);
			context.fillStyle = palette.highlight;
			context.fill();
			context.lineWidth = 1.5;
			context.strokeStyle = palette.text;
			context.stroke();
			return;
		case 'bar':
			context.beginPath();
			context.roundRect(shape.x, shape.y, shape.width, shape.height, 2);
			if (shape.fill !== 'outline') {
				context.globalAlpha = alpha * (shape.fill === 'hatched' ? 0.4 : 1);
				context.fillStyle = colour;
				context.fill();
				context.globalAlpha = alpha;
			}
			if (shape.fill !== 'solid') {
				context.lineWidth = 1.5;
				context.strokeStyle = colour;
				context.stroke();
			}
			return;
		case 'band':
			context.globalAlpha = alpha * 0.12;
			context.fillStyle = colour;
			context.fillRect(shape.x, shape.y, shape.width, shape.height);
			context.globalAlpha = alpha;
			return;
		case 'fade': {
			const gradient = context.createLinearGradient(shape.x, 0, shape.x + shape.width, 0);
			gradient.addColorStop(0, shape.fadesTo === 'left' ? none : colour);
			gradient.addColorStop(1, shape.fadesTo === 'left' ? colour : none);
			context.fillStyle = gradient;
			context.fillRect(shape.x, shape.y, shape.width, shape.height);
			return;
		}
		case 'dotted':
			// "Not reported": a dotted trail, since how far the date reaches is not known.
			context.globalAlpha = alpha * 0.7;
			context.beginPath();
			context.moveTo(shape.x0, shape.y);
			context.lineTo(shape.x1, shape.y);
			context.setLineDash([2, 4]);
			context.lineCap = 'round';
			context.lineWidth = 3;
			context.strokeStyle = colour;
			context.stroke();
			context.setLineDash([]);
			context.lineCap = 'butt';
			context.globalAlpha = alpha;
			return;
		case 'selected':
			context.beginPath();
			context.arc(shape.x, shape.y, shape.r, 0, 2 * Math.PI);
			context.lineWidth = 2;
			context.strokeStyle = palette.text;
			context.stroke();
			return;
		case 'marker': {
			const style = STATUS_STYLES[shape.status];
			const path = markerPath(style.path);
			context.translate(shape.x, shape.y);
			context.fillStyle = style.filled ? colour : palette.bg;
			context.fill(path);
			if (shape.status === 'proposed') context.setLineDash([3, 2]);
			context.lineWidth = 2;
			context.strokeStyle = colour;
			context.stroke(path);
			context.setLineDash([]);
			context.translate(-shape.x, -shape.y);
			return;
		}
	}
}
