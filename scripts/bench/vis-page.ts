/**
 * The other side of the comparison: a page that shows the benchmark's events in
 * vis-timeline (its standalone build, from node_modules), as a newsroom would embed it.
 *
 * Same events, same lanes (as vis-timeline groups), same viewport; vis-timeline's default
 * options otherwise (it stacks overlapping items, as Citeline packs rows). The page sets
 * `window.__ready` after vis-timeline's first 'changed' event, its first finished redraw.
 */
import type { BenchEvent } from './generate';

export const VIS_PAGE = '/__bench/vis.html';
export const VIS_ITEMS = '/__bench/items.json';
export const VIS_SCRIPT = '/__bench/vis-timeline-graph2d.min.js';
export const VIS_STYLE = '/__bench/vis-timeline-graph2d.min.css';
/** What the benchmark drags and wheels on: the items' panel. */
export const VIS_TARGET = '.vis-panel.vis-center';

/** The EDTF dates the generator writes, as vis-timeline's start and end instants. */
function instants(e: BenchEvent): { start: number; end?: number } {
	const date = e.csvDate.replace(/^\[\.\./, '').replace(/[\]?~]/g, '');
	const start = Date.parse(date.length === 7 ? `${date}-01` : date);
	if (e.csvEnd !== '') return { start, end: Date.parse(e.csvEnd) + 86_400_000 };
	if (date.length === 7) {
		const next = new Date(start);
		next.setUTCMonth(next.getUTCMonth() + 1);
		return { start, end: next.getTime() };
	}
	return { start };
}

/** The items and groups, as the page fetches them. */
export function visData(events: BenchEvent[]): string {
	const lanes = [...new Set(events.map((e) => e.category))].sort();
	return JSON.stringify({
		groups: lanes.map((id) => ({ id, content: id })),
		items: events.map((e) => {
			const { start, end } = instants(e);
			return { id: e.id, content: e.title, start, ...(end === undefined ? {} : { end }), group: e.category };
		})
	});
}

export function visPageHtml(): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vis-timeline benchmark page</title>
<link rel="stylesheet" href="${VIS_STYLE}">
<style>body { margin: 0; font: 14px sans-serif; } #timeline { width: 100vw; }</style>
<script src="${VIS_SCRIPT}"></script>
</head>
<body>
<div id="timeline"></div>
<script>
fetch(${JSON.stringify(VIS_ITEMS)}).then((r) => r.json()).then(({ groups, items }) => {
	const timeline = new vis.Timeline(
		document.getElementById('timeline'),
		new vis.DataSet(items),
		new vis.DataSet(groups),
		{ height: '600px', zoomMin: 60000 }
	);
	timeline.on('changed', () => { if (window.__ready === undefined) window.__ready = performance.now(); });
	window.__timeline = timeline;
}).catch((error) => { window.__benchError = String(error); });
</script>
</body>
</html>
`;
}
