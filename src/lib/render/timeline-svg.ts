/**
 * The timeline as a picture: a standalone SVG document of one view, for the explorer's
 * "export SVG/PNG" and for the share card that link previews show.
 *
 * Pure string building, no DOM, so it runs in the browser, in Node at build time and in
 * tests alike. The picture is drawn from the same layout as the app: chartScene places the
 * marks, chartLanes the lanes and rows, mark-geometry the markers, labels, "+N more" and lane
 * hints, with the same rows per lane (laneRows) as the explorer's manifest. So for one window
 * and plot width it shows what a reader of that window sees: the same marks in the same rows,
 * the same labels, the same "+N more", the call's topics folded into the call.
 * Around the chart it adds what a picture on its own needs: the title, the dates of the view
 * in words, a legend of the statuses drawn, and the credits of the sources of the events in
 * view, each with whose account it mostly relays, and the sides whose account the timeline
 * lacks. Everything from the data is escaped as text (xml.ts).
 *
 * It does not rasterize (png-node.ts, png-browser.ts) and knows nothing of URLs or routes.
 */
import { tz } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { categoryColour, STATUS_STYLES } from '../components/marks';
import { englishSite, type SiteTranslator } from '../i18n/site';
import { statusLabel } from '../format/status';
import { actorName, describeSourceAccount } from '../format/account';
import { sourceCredit } from '../format/source';
import { describeSpan, describeWhen } from '../format/when';
import { hiddenEventsBadge } from '../format/event-name';
import { chartLanes, laneRows, MAX_ROWS_PER_LANE, rowsOfLane, AXIS_PX, ERA_PX, type ChartLanes, type LaneRows } from '../layout/chart-geometry';
import { chartScene, eventLabelPx } from '../layout/chart-scene';
import type { OverflowCluster } from '../layout/lanes';
import { LABEL_PADDING_PX, LABEL_TEXT_OFFSET_PX, labelRoomPx, laneHintLeft, markerX, markShowsIn, moreButtonLeft, MORE_HEIGHT_PX } from '../layout/mark-geometry';
import type { LaneHint, Scene, SceneMark } from '../layout/scene';
import { markShapes } from '../layout/mark-shapes';
import { axisTicks } from '../layout/ticks';
import { eraBands, type EraBand } from '../layout/eras';
import { baseScale, DAY_MS } from '../layout/time-scale';
import { buildEventIndex, type EventIndex, type IndexedEvent } from '../layout/visible';
import type { Status, Timeline, TimelineEvent } from '../model/timeline';
import { PALETTES, type PicturePalette, type PictureTheme } from './palette';
import { textWidthPx, truncateText, wrapText, type TextStyle } from '../layout/text-fit';
import { escapeXml, num } from './xml';

/**
 * The words of the picture that are not data. By default from the translator (`t`); those
 * the message files do not have yet (noSources, noEvents, moreSources) are English unless given.
 */
export interface PictureLabels {
	/** Heading of the source credits. */
	sourcesHeading: string;
	/** In place of the credits when no event in view cites a source. */
	noSources: string;
	/** Across an empty chart. */
	noEvents: string;
	/** A cluster of marks with no room: "+3 more". */
	more: (count: number) => string;
	/** A status in the legend. */
	status: (status: Status) => string;
	/** Credits that did not fit a fixed-height picture: "and 2 more sources". */
	moreSources: (count: number) => string;
	/** Opening of the accessible description: "12 events in view". */
	eventsInView: (count: number) => string;
}

/** The picture's words in the translator's language, where the message files have them. */
export function pictureLabels(t: SiteTranslator = englishSite): PictureLabels {
	return {
		sourcesHeading: t.sourcesHeading,
		noSources: 'No sources are cited by the events in view.',
		noEvents: 'No events in this view.',
		more: (count) => t.moreCount(count),
		status: (status) => statusLabel(status, t),
		moreSources: (count) => `and ${count} more source${count === 1 ? '' : 's'}`,
		eventsInView: (count) => t.eventsInView(count).replace(/\.$/, '')
	};
}

export interface TimelineSvgOptions {
	/** The view to draw: [fromMs, toMs], UTC instants. */
	window: [number, number];
	/** Width of the picture, px. Default 1200. */
	widthPx?: number;
	/** Height of the picture, px (1200×630 for a share card). Default: what the content needs. */
	heightPx?: number;
	theme?: PictureTheme;
	/** The language of the picture's words, dates and statuses. Default: English. */
	t?: SiteTranslator;
	/** Overrides the date-fns locale of `t` for the axis and the dates of the view. */
	locale?: Locale;
	labels?: Partial<PictureLabels>;
	/** Printed in the footer, e.g. the link to this view. */
	url?: string;
	/** Only these categories (lanes), in the timeline's order. Default: all. */
	categories?: string[];
	/**
	 * Rows of each lane, as the explorer's manifest has them (the timeline given may hold only
	 * the events near the window). Default: computed from the timeline's events, as the build does.
	 */
	laneRows?: LaneRows;
}

/** The lane labels' column: the chart's 9.5rem (Timeline.svelte's --lane-label-px). */
const LANE_LABEL_PX = 152;

const PAD_PX = 32;
const FONT_STACK = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const ID = 'citeline-picture';

const TITLE: TextStyle = { fontPx: 28, bold: true };
const TITLE_NARROW: TextStyle = { fontPx: 22, bold: true };
const TITLE_LINE_PX = 36;
const RANGE: TextStyle = { fontPx: 17 };
const LEGEND: TextStyle = { fontPx: 12 };
const LANE_LABEL: TextStyle = { fontPx: 13, bold: true };
const EVENT_LABEL: TextStyle = { fontPx: 13 };
const BADGE: TextStyle = { fontPx: 11 };
const TICK: TextStyle = { fontPx: 11 };
const CONTEXT: TextStyle = { fontPx: 12, bold: true };
const MORE: TextStyle = { fontPx: 12 };
const HINT: TextStyle = { fontPx: 12 };
/** A lane hint's padding (0.4rem) and border, px. */
const HINT_PADDING_PX = 7.4;
const CREDIT_HEADING: TextStyle = { fontPx: 13, bold: true };
const CREDIT: TextStyle = { fontPx: 13 };
const URL_TEXT: TextStyle = { fontPx: 12 };

const CREDIT_LINE_PX = 18;

interface Lane {
	id: string;
	label: string;
	colour: string;
}

/** Renders one view of a timeline as a standalone SVG 1.1 document. */
export function renderTimelineSvg(timeline: Timeline, options: TimelineSvgOptions): string {
	const [fromMs, toMs] = options.window;
	if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs <= fromMs) {
		throw new Error(`renderTimelineSvg (timeline "${timeline.slug}"): window must be two finite instants, from before to; got [${fromMs}, ${toMs}]`);
	}
	const widthPx = options.widthPx ?? 1200;
	if (!(widthPx >= 320)) throw new Error(`renderTimelineSvg (timeline "${timeline.slug}"): widthPx must be at least 320; got ${widthPx}`);
	if (options.heightPx !== undefined && !(options.heightPx >= 200)) {
		throw new Error(`renderTimelineSvg (timeline "${timeline.slug}"): heightPx must be at least 200; got ${options.heightPx}`);
	}
	const theme = options.theme ?? 'light';
	const colours: PicturePalette = PALETTES[theme];
	const t = options.t ?? englishSite;
	const labels: PictureLabels = { ...pictureLabels(t), ...options.labels };
	const locale = options.locale ?? t.dateLocale;
	const laneColourOf = (index: number) => categoryColour(index, theme);

	// Lanes, and their colours as the app gives them: by the category's place in the timeline.
	const colourIndex = new Map(timeline.categories.map((c, i) => [c.id, i]));
	const wanted = options.categories ?? timeline.categories.map((c) => c.id);
	for (const id of wanted) {
		if (!colourIndex.has(id)) {
			throw new Error(
				`renderTimelineSvg (timeline "${timeline.slug}"): categories: "${id}" is not one of the timeline's categories (${timeline.categories.map((c) => c.id).join(', ')})`
			);
		}
	}
	const lanes: Lane[] = timeline.categories
		.filter((c) => wanted.includes(c.id))
		.map((c) => ({ id: c.id, label: c.label, colour: laneColourOf(colourIndex.get(c.id) as number) }));
	const laneIds = new Set(lanes.map((l) => l.id));
	const index = buildEventIndex(timeline.events.filter((e) => laneIds.has(e.category)));
	// A folded parent's badge counts the children the picture could show, not those of lanes left out.
	const leftOut = new Set(timeline.events.filter((e) => !laneIds.has(e.category)).map((e) => e.id));

	const contentPx = widthPx - 2 * PAD_PX;
	const labelColumnPx = Math.round(Math.min(LANE_LABEL_PX, contentPx * 0.22));
	const plotPx = contentPx - labelColumnPx;
	const scale = baseScale([fromMs, toMs], plotPx);
	// Eras, as in the app: labelled bands in a strip between the axis and the lanes.
	const eras = eraBands(timeline.eras, scale, plotPx);
	const eraStripPx = timeline.eras.length > 0 ? ERA_PX : 0;

	// Each lane has the rows it has in the explorer (the manifest's, or the same computation
	// over this timeline), and the scene is the chart's: one layout for the screen and the picture.
	const rows = options.laneRows ?? laneRows(index.items.map((i) => ({ lane: i.event.category, startMs: i.extent.startMs, endMs: i.extent.endMs })));
	const badge = (count: number) => hiddenEventsBadge(count, t);
	const labelPxOf = (item: IndexedEvent) => eventLabelPx(item, badge);
	const layoutFor = (maxRows: number): { scene: Scene; chart: ChartLanes } => {
		const rowsOf = rowsOfLane(rows, true, maxRows);
		return {
			scene: chartScene({ index, scale, widthPx: plotPx, rowsOf, pinned: new Set(), expanded: new Set(), badge, filteredOut: (id) => leftOut.has(id) }),
			chart: chartLanes(lanes, rowsOf, { eras: timeline.eras.length > 0 })
		};
	};

	const inView = index.within(fromMs, toMs);
	const rangeWords = describeWindow(fromMs, toMs, locale);
	const header = layoutHeader(timeline.title, rangeWords, contentPx, widthPx < 720 ? TITLE_NARROW : TITLE);
	const credits = creditsOf(timeline, inView, t);
	const lacking = lackingAccounts(timeline, t);

	// Fit a fixed-height picture: fewer credit lines (saying how many more), then fewer rows per
	// lane (more marks collapse into "+N more", as in a shorter chart in the app). If it is
	// still too tall (many lanes), the whole picture is scaled down rather than cut off.
	let { scene, chart } = layoutFor(Infinity);
	// Each credit is wrapped once, however often the footer is laid out again.
	const wrapped: (string[] | undefined)[] = [];
	const wrapCredit = (i: number) => (wrapped[i] ??= wrapText((credits[i] as Credit).text, contentPx, CREDIT, 2));
	let footer = layoutFooter(credits, wrapCredit, options.url, contentPx, labels, Infinity, lacking);
	if (options.heightPx !== undefined) {
		const fixed = options.heightPx;
		const chartRoom = (f: FooterLayout) => fixed - 2 * PAD_PX - header.heightPx - f.heightPx - 16;
		const minChartPx = Math.min(chart.heightPx, 180);
		// Start from the most lines the room could hold (a thousand sources need not be tried one by one).
		const overflowPx = minChartPx - chartRoom(footer);
		let creditLines = overflowPx > 0 ? Math.max(1, footer.creditLines - Math.floor(overflowPx / CREDIT_LINE_PX) + 1) : footer.creditLines;
		if (creditLines < footer.creditLines) footer = layoutFooter(credits, wrapCredit, options.url, contentPx, labels, creditLines, lacking);
		while (chartRoom(footer) < minChartPx && creditLines > 1) {
			creditLines -= 1;
			footer = layoutFooter(credits, wrapCredit, options.url, contentPx, labels, creditLines, lacking);
		}
		for (let maxRows = MAX_ROWS_PER_LANE - 1; chart.heightPx > chartRoom(footer) && maxRows >= 1; maxRows--) {
			({ scene, chart } = layoutFor(maxRows));
		}
	}

	const chartTop = PAD_PX + header.heightPx + 8;
	const naturalHeight = chartTop + chart.heightPx + 16 + footer.heightPx + PAD_PX;
	const heightPx = options.heightPx ?? naturalHeight;
	const shrink = Math.min(1, heightPx / naturalHeight);
	// The credits sit at the foot of a fixed-height picture; they follow the chart otherwise.
	const footerTop = shrink < 1 ? chartTop + chart.heightPx + 16 : heightPx - PAD_PX - footer.heightPx;

	// The scene reaches past the edges (as the chart's does, so that rows match); the picture
	// names what shows inside them.
	const drawn = scene.marks.filter((mark) => markShowsIn(mark, labelPxOf(mark.item), plotPx));
	const statusesShown = [...new Set(drawn.map((m) => m.item.event.status))].sort(
		(a, b) => Object.keys(STATUS_STYLES).indexOf(a) - Object.keys(STATUS_STYLES).indexOf(b)
	);
	const titleText = `${timeline.title} — ${rangeWords}`;
	const description = describePicture(timeline.timeZone, drawn, scene.overflow, labels, rangeWords, t, locale);

	const parts: string[] = [];
	parts.push(
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${widthPx}" height="${num(heightPx)}" viewBox="0 0 ${widthPx} ${num(heightPx)}" role="img" aria-labelledby="${ID}-title ${ID}-desc" font-family="${escapeXml(FONT_STACK)}">`,
		`<title id="${ID}-title">${escapeXml(titleText)}</title>`,
		`<desc id="${ID}-desc">${escapeXml(description)}</desc>`,
		gradients(colourIndex, laneColourOf),
		`<rect width="100%" height="100%" fill="${colours.bg}"/>`
	);
	if (shrink < 1) parts.push(`<g transform="translate(${num((widthPx * (1 - shrink)) / 2)},0) scale(${shrink.toFixed(4)})">`);
	parts.push(drawHeader(header, statusesShown, labels, colours, contentPx));
	parts.push(
		drawChart({
			top: chartTop,
			left: PAD_PX,
			widthPx: contentPx,
			labelColumnPx,
			plotPx,
			geometry: chart,
			lanes,
			marks: drawn,
			overflow: scene.overflow,
			hints: scene.hints,
			index,
			t,
			ticks: axisTicks(fromMs, toMs, plotPx, locale, timeline.timeZone),
			scale: (ms) => scale(ms),
			eras,
			eraStripPx,
			colours,
			colourIndex,
			laneColourOf,
			labels,
			labelPxOf,
			badge
		})
	);
	parts.push(drawFooter(footer, footerTop, colours, labels));
	if (shrink < 1) parts.push('</g>');
	parts.push('</svg>');
	return parts.join('\n') + '\n';
}

/** Width of a "+12" badge after a label, with its margin, padding and border (EventButtons' .badge), px. */
function badgeWidthPx(text: string): number {
	return 0.35 * EVENT_LABEL.fontPx + 0.6 * BADGE.fontPx + 2 + textWidthPx(text, BADGE);
}

/**
 * The view's dates in words. Whole days read as the app's spans do ("18–19 March 2025"; the
 * window's end is exclusive, so a view to midnight of the 20th ends on the 19th); a view
 * that cuts into a day says the times too, in UTC as the axis does.
 */
export function describeWindow(fromMs: number, toMs: number, locale?: Locale): string {
	const days = describeSpan({ earliestMs: fromMs, latestMs: toMs - 1 }, locale ? { locale } : {});
	const atMidnight = (ms: number) => ms % DAY_MS === 0;
	if (toMs - fromMs >= 7 * DAY_MS || (atMidnight(fromMs) && atMidnight(toMs))) return days;
	const utc = { in: tz('UTC'), ...(locale ? { locale } : {}) };
	const sameDay = format(fromMs, 'yyyy-MM-dd', utc) === format(toMs - 1, 'yyyy-MM-dd', utc);
	const from = format(fromMs, 'd MMMM yyyy, HH:mm', utc);
	return sameDay ? `${from}–${format(toMs, 'HH:mm', utc)} UTC` : `${from} – ${format(toMs, 'd MMMM yyyy, HH:mm', utc)} UTC`;
}

interface HeaderLayout {
	titleLines: string[];
	titleStyle: TextStyle;
	rangeText: string;
	heightPx: number;
}

function layoutHeader(title: string, rangeWords: string, contentPx: number, titleStyle: TextStyle): HeaderLayout {
	const titleLines = wrapText(title, contentPx, titleStyle, 3);
	return { titleLines, titleStyle, rangeText: truncateText(rangeWords, contentPx, RANGE), heightPx: titleLines.length * TITLE_LINE_PX + 34 };
}

function drawHeader(header: HeaderLayout, statuses: Status[], labels: PictureLabels, colours: PicturePalette, contentPx: number): string {
	const out: string[] = [];
	header.titleLines.forEach((line, i) => {
		out.push(
			`<text x="${PAD_PX}" y="${PAD_PX + 26 + i * TITLE_LINE_PX}" font-size="${header.titleStyle.fontPx}" font-weight="bold" fill="${colours.text}">${escapeXml(line)}</text>`
		);
	});
	const rangeY = PAD_PX + header.titleLines.length * TITLE_LINE_PX + 16;
	out.push(`<text x="${PAD_PX}" y="${rangeY}" font-size="${RANGE.fontPx}" fill="${colours.muted}">${escapeXml(header.rangeText)}</text>`);

	// The legend, right-aligned on the date line, names only the statuses drawn.
	const items = statuses.map((s) => ({ status: s, text: labels.status(s), widthPx: 20 + textWidthPx(labels.status(s), LEGEND) }));
	const legendPx = items.reduce((sum, item) => sum + item.widthPx + 14, 0);
	const roomPx = contentPx - textWidthPx(header.rangeText, RANGE) - 24;
	if (items.length > 0 && legendPx <= roomPx) {
		let x = PAD_PX + contentPx - legendPx + 14;
		out.push(`<g class="legend">`);
		for (const item of items) {
			out.push(statusSymbol(item.status, colours.text, colours.bg, x + 7, rangeY - 5, 0.85));
			out.push(`<text x="${num(x + 18)}" y="${rangeY - 1}" font-size="${LEGEND.fontPx}" fill="${colours.text}">${escapeXml(item.text)}</text>`);
			x += item.widthPx + 14;
		}
		out.push(`</g>`);
	}
	return out.join('\n');
}

interface ChartDrawing {
	top: number;
	left: number;
	widthPx: number;
	labelColumnPx: number;
	plotPx: number;
	geometry: ChartLanes;
	lanes: Lane[];
	/** The marks that show in the plot, and the scene's "+N more" and lane hints. */
	marks: SceneMark[];
	overflow: OverflowCluster[];
	hints: LaneHint[];
	index: EventIndex;
	t: SiteTranslator;
	ticks: ReturnType<typeof axisTicks>;
	scale: (ms: number) => number;
	eras: EraBand[];
	eraStripPx: number;
	colours: PicturePalette;
	colourIndex: Map<string, number>;
	laneColourOf: (index: number) => string;
	labels: PictureLabels;
	labelPxOf: (item: IndexedEvent) => number;
	badge: (count: number) => string;
}

function drawChart(d: ChartDrawing): string {
	const { geometry: g, colours } = d;
	const out: string[] = [];
	const plotLeft = d.left + d.labelColumnPx;
	const { laneTop, laneHeight, rowY, stripTop } = g;

	out.push(
		`<defs><clipPath id="${ID}-chart"><rect x="${d.left}" y="${d.top}" width="${d.widthPx}" height="${g.heightPx}" rx="8"/></clipPath>`,
		`<clipPath id="${ID}-plot"><rect x="0" y="0" width="${d.plotPx}" height="${g.heightPx}"/></clipPath></defs>`,
		`<g clip-path="url(#${ID}-chart)">`,
		`<rect x="${d.left}" y="${d.top}" width="${d.widthPx}" height="${g.heightPx}" fill="${colours.bg}"/>`,
		// The lane labels, as in the app's left column.
		`<rect x="${d.left}" y="${d.top}" width="${d.labelColumnPx}" height="${g.heightPx}" fill="${colours.surface}"/>`,
		`<line x1="${plotLeft - 0.5}" x2="${plotLeft - 0.5}" y1="${d.top}" y2="${d.top + g.heightPx}" stroke="${colours.border}"/>`
	);
	d.lanes.forEach((lane, i) => {
		const top = d.top + laneTop(i);
		const height = laneHeight(lane.id);
		out.push(`<rect x="${d.left}" y="${top}" width="4" height="${height}" fill="${lane.colour}"/>`);
		const maxLines = Math.max(1, Math.floor((height - 6) / 16));
		wrapText(lane.label, d.labelColumnPx - 18, LANE_LABEL, maxLines).forEach((line, j) => {
			out.push(`<text x="${d.left + 12}" y="${top + 18 + j * 16}" font-size="${LANE_LABEL.fontPx}" font-weight="bold" fill="${colours.text}">${escapeXml(line)}</text>`);
		});
	});

	out.push(`<g transform="translate(${plotLeft},${d.top})" clip-path="url(#${ID}-plot)">`);
	d.lanes.forEach((lane, i) => {
		if (i % 2 === 1) out.push(`<rect x="0" y="${laneTop(i)}" width="${d.plotPx}" height="${laneHeight(lane.id)}" fill="${colours.surface}" fill-opacity="0.6"/>`);
	});
	out.push(drawEras(d.eras, d.eraStripPx, colours));
	out.push(drawAxis(d.ticks, d.scale, d.plotPx, g.heightPx, colours));
	out.push(drawMarks(d.marks, d.colourIndex, d.laneColourOf, rowY, d.plotPx, colours));
	out.push(drawEventLabels(d.marks, rowY, d.labelPxOf, d.badge, d.plotPx, colours));
	out.push(drawLaneHints(d.hints, d.index, d.scale, rowY, d.plotPx, d.t, colours));
	out.push(drawOverflow(d.overflow, stripTop, d.plotPx, colours, d.labels));
	if (d.marks.length === 0 && d.overflow.length === 0) {
		out.push(
			`<text x="${num(d.plotPx / 2)}" y="${num((AXIS_PX + g.heightPx) / 2)}" text-anchor="middle" font-size="14" fill="${colours.muted}">${escapeXml(d.labels.noEvents)}</text>`
		);
	}
	out.push(`</g>`, `</g>`);
	out.push(`<rect x="${d.left + 0.5}" y="${d.top + 0.5}" width="${d.widthPx - 1}" height="${g.heightPx - 1}" rx="8" fill="none" stroke="${colours.border}"/>`);
	return out.join('\n');
}

/** Mirrors EraBands.svelte: a band and its label per era in view, in the strip under the axis. */
function drawEras(bands: EraBand[], stripPx: number, colours: PicturePalette): string {
	return bands
		.map((band, i) => {
			const width = Math.max(band.x1 - band.x0, 0);
			const rect = `<rect x="${num(band.x0)}" y="${AXIS_PX + 2}" width="${num(width)}" height="${stripPx - 4}" rx="3" fill="${i % 2 === 1 ? colours.bg : colours.surface}" stroke="${colours.border}"/>`;
			const label = band.label
				? `<text x="${num(band.labelX)}" y="${AXIS_PX + stripPx / 2 + 4}" font-size="12" font-weight="bold" fill="${colours.text}">${escapeXml(band.label)}</text>`
				: '';
			return rect + label;
		})
		.join('\n');
}

/** Mirrors TimeAxis.svelte: gridlines and tick labels, context labels above them. */
function drawAxis(ticks: ReturnType<typeof axisTicks>, scale: (ms: number) => number, plotPx: number, chartPx: number, colours: PicturePalette): string {
	const out: string[] = [`<g class="axis">`];
	for (const tick of ticks.ticks) {
		const x = scale(tick.ms);
		out.push(`<line x1="${num(x)}" x2="${num(x)}" y1="${AXIS_PX - 14}" y2="${chartPx}" stroke="${colours.border}" stroke-opacity="0.6"/>`);
		out.push(`<text x="${num(x + 3)}" y="${AXIS_PX - 4}" font-size="${TICK.fontPx}" fill="${colours.muted}">${escapeXml(tick.label)}</text>`);
	}
	ticks.context.forEach((ctx, i) => {
		const x = Math.max(0, scale(ctx.ms));
		const next = ticks.context[i + 1];
		// The pinned first label gives way when the next boundary reaches it.
		const yields = i === 0 && next !== undefined && scale(next.ms) - x < textWidthPx(ctx.label, CONTEXT) + 12;
		if (!yields) out.push(`<text x="${num(x + 3)}" y="13" font-size="${CONTEXT.fontPx}" font-weight="bold" fill="${colours.text}">${escapeXml(ctx.label)}</text>`);
		if (i > 0) out.push(`<line x1="${num(x)}" x2="${num(x)}" y1="0" y2="${chartPx}" stroke="${colours.muted}" stroke-opacity="0.5"/>`);
	});
	out.push(`<line x1="0" x2="${plotPx}" y1="${AXIS_PX}" y2="${AXIS_PX}" stroke="${colours.border}"/>`, `</g>`);
	return out.join('\n');
}

/** The marks as the chart draws them (layout/mark-shapes.ts), in SVG. */
function drawMarks(
	marks: SceneMark[],
	colourIndex: Map<string, number>,
	laneColourOf: (index: number) => string,
	rowY: (lane: string, row: number) => number,
	plotPx: number,
	colours: PicturePalette
): string {
	const out: string[] = [`<g class="marks">`];
	for (const mark of marks) {
		const event = mark.item.event;
		const li = colourIndex.get(event.category) ?? 0;
		const colour = laneColourOf(li);
		const fade = (to: 'left' | 'right') => `url(#${ID}-fade-${to === 'left' ? 'l' : 'r'}-${li})`;
		out.push(`<g class="mark" data-event="${escapeXml(event.id)}" data-lane="${escapeXml(mark.lane)}" data-row="${mark.row}">`);
		for (const shape of markShapes(mark, { rowY: rowY(mark.lane, mark.row), widthPx: plotPx, barFill: STATUS_STYLES[event.status].bar })) {
			switch (shape.kind) {
				case 'bar':
					out.push(
						`<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.width)}" height="${shape.height}" rx="2" fill="${shape.fill === 'outline' ? 'none' : colour}" fill-opacity="${shape.fill === 'hatched' ? 0.4 : 1}" stroke="${colour}" stroke-width="${shape.fill === 'solid' ? 0 : 1.5}"/>`
					);
					break;
				case 'band':
					out.push(`<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.width)}" height="${shape.height}" fill="${colour}" fill-opacity="0.12"/>`);
					break;
				case 'fade':
					out.push(`<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.width)}" height="${shape.height}" fill="${fade(shape.fadesTo)}"/>`);
					break;
				case 'dotted':
					// A dotted rect, not a dashed line: a gradient sized to a line's box (of no height) draws nothing.
					out.push(`<rect x="${num(shape.x0)}" y="${num(shape.y - 1.5)}" width="${num(shape.x1 - shape.x0)}" height="3" fill="${fade(shape.fadesTo)}" mask="url(#${ID}-dots)"/>`);
					break;
				case 'marker':
					out.push(statusSymbol(shape.status, colour, colours.bg, shape.x, shape.y));
					break;
				// The picture shows no open or found event.
				case 'found':
				case 'selected':
					break;
			}
		}
		out.push(`</g>`);
	}
	out.push(`</g>`);
	return out.join('\n');
}

/**
 * Mirrors EventButtons.svelte: the label right of the marker, with a halo, and a "+N" badge,
 * in the room labelRoomPx gives it; the title ends in "…" where the chart's ends too.
 */
function drawEventLabels(
	marks: SceneMark[],
	rowY: (lane: string, row: number) => number,
	labelPxOf: (item: IndexedEvent) => number,
	badgeOf: (count: number) => string,
	plotPx: number,
	colours: PicturePalette
): string {
	const out: string[] = [`<g class="labels">`];
	for (const mark of marks) {
		if (!mark.showLabel) continue;
		const x = markerX(mark) + LABEL_TEXT_OFFSET_PX;
		const y = rowY(mark.lane, mark.row);
		const badge = mark.hiddenChildren > 0 ? badgeOf(mark.hiddenChildren) : undefined;
		const badgePx = badge === undefined ? 0 : badgeWidthPx(badge);
		const roomPx = labelRoomPx(mark, labelPxOf(mark.item), plotPx) - LABEL_PADDING_PX - badgePx;
		const text = truncateText(mark.item.event.title, roomPx, EVENT_LABEL);
		out.push(
			`<text class="label" data-event="${escapeXml(mark.item.event.id)}" x="${num(x)}" y="${num(y + 4.5)}" font-size="${EVENT_LABEL.fontPx}" fill="${colours.text}" stroke="${colours.bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(text)}</text>`
		);
		if (badge !== undefined) {
			const bx = x + textWidthPx(text, EVENT_LABEL) + 0.35 * EVENT_LABEL.fontPx;
			const bw = badgePx - 0.35 * EVENT_LABEL.fontPx;
			out.push(
				`<rect x="${num(bx)}" y="${num(y - 8)}" width="${num(bw)}" height="16" rx="8" fill="${colours.surface}" stroke="${colours.border}"/>`,
				`<text x="${num(bx + bw / 2)}" y="${num(y + 4)}" text-anchor="middle" font-size="${BADGE.fontPx}" fill="${colours.text}">${escapeXml(badge)}</text>`
			);
		}
	}
	out.push(`</g>`);
	return out.join('\n');
}

/** Mirrors LaneHints.svelte: in a lane that would look empty, how many of its events are folded into which parent. */
function drawLaneHints(
	hints: LaneHint[],
	index: EventIndex,
	scale: (ms: number) => number,
	rowY: (lane: string, row: number) => number,
	plotPx: number,
	t: SiteTranslator,
	colours: PicturePalette
): string {
	const out: string[] = [];
	for (const hint of hints) {
		const parent = index.byId.get(hint.parentId);
		const left = laneHintLeft(parent ? scale(parent.extent.anchorMs) : 0, plotPx);
		const maxPx = plotPx - left - 4;
		const words = `${t.laneHintCount(hint.count)} ${t.openQuote}${parent?.event.title ?? hint.parentId}${t.closeQuote} ${t.laneHintAction}`;
		const text = truncateText(words, maxPx - 2 * HINT_PADDING_PX, HINT);
		const width = Math.min(textWidthPx(text, HINT) + 2 * HINT_PADDING_PX, maxPx);
		const y = rowY(hint.lane, 0) - 12;
		out.push(
			`<g class="hint"><rect x="${num(left)}" y="${num(y)}" width="${num(width)}" height="24" rx="12" fill="${colours.bg}" stroke="${colours.border}" stroke-dasharray="4 3"/>`,
			`<text x="${num(left + HINT_PADDING_PX)}" y="${num(y + 16)}" font-size="${HINT.fontPx}" fill="${colours.muted}">${escapeXml(text)}</text></g>`
		);
	}
	return out.join('\n');
}

/** Mirrors OverflowClusters.svelte: a "+N more" pill in the lane's strip. */
function drawOverflow(clusters: OverflowCluster[], stripTop: (lane: string) => number, plotPx: number, colours: PicturePalette, labels: PictureLabels): string {
	const out: string[] = [];
	for (const cluster of clusters) {
		const text = labels.more(cluster.ids.length);
		const w = textWidthPx(text, MORE) + 18;
		const x = moreButtonLeft(cluster, text, plotPx);
		const y = stripTop(cluster.lane);
		out.push(
			`<g class="more" data-lane="${escapeXml(cluster.lane)}" data-count="${cluster.ids.length}"><rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${MORE_HEIGHT_PX}" rx="10" fill="${colours.bg}" stroke="${colours.border}"/>`,
			`<text x="${num(x + 8)}" y="${num(y + 14)}" font-size="${MORE.fontPx}" fill="${colours.text}">${escapeXml(text)}</text></g>`
		);
	}
	return out.join('\n');
}

/** Mirrors StatusSymbol.svelte. */
function statusSymbol(status: Status, colour: string, bg: string, x: number, y: number, scaleBy = 1): string {
	const style = STATUS_STYLES[status];
	const transform = scaleBy === 1 ? `translate(${num(x)},${num(y)})` : `translate(${num(x)},${num(y)}) scale(${scaleBy})`;
	return `<path d="${style.path}" transform="${transform}" fill="${style.filled ? colour : bg}" stroke="${colour}" stroke-width="2"${status === 'proposed' ? ' stroke-dasharray="3 2"' : ''}/>`;
}

function gradients(colourIndex: Map<string, number>, laneColourOf: (index: number) => string): string {
	const out: string[] = ['<defs>'];
	for (const i of new Set(colourIndex.values())) {
		const c = laneColourOf(i);
		out.push(
			`<linearGradient id="${ID}-fade-r-${i}"><stop offset="0" stop-color="${c}"/><stop offset="1" stop-color="${c}" stop-opacity="0"/></linearGradient>`,
			`<linearGradient id="${ID}-fade-l-${i}"><stop offset="0" stop-color="${c}" stop-opacity="0"/><stop offset="1" stop-color="${c}"/></linearGradient>`
		);
	}
	// "Not reported" ends are dotted, as the app's dashed tails are.
	out.push(
		`<pattern id="${ID}-dots-pattern" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="3" height="6" fill="#ffffff"/></pattern>`,
		`<mask id="${ID}-dots" maskUnits="userSpaceOnUse" x="-10000" y="-10000" width="30000" height="30000"><rect x="-10000" y="-10000" width="30000" height="30000" fill="url(#${ID}-dots-pattern)"/></mask>`,
		'</defs>'
	);
	return out.join('\n');
}

interface FooterLine {
	text: string;
	style: 'credit' | 'more';
}

interface FooterLayout {
	lines: FooterLine[];
	creditLines: number;
	url?: string;
	heightPx: number;
}

interface Credit {
	text: string;
}

/** The sources cited by the events in view, in the timeline's order of sources, with whose account each mostly relays. */
function creditsOf(timeline: Timeline, inView: IndexedEvent[], t: SiteTranslator): Credit[] {
	// The picture is drawn from whole events (not a payload's marks), so each has its citations.
	const cited = new Set(inView.flatMap((i) => (i.event as TimelineEvent).citations.map((c) => c.source)));
	return timeline.sources.filter((s) => cited.has(s.id)).map((s) => {
		const account = describeSourceAccount(s, timeline.actors, t);
		return { text: account === undefined ? sourceCredit(s, t) : `${sourceCredit(s, t)} · ${account.text}` };
	});
}

/** "Accounts this timeline lacks: United States, Ukraine", or undefined when it names none. */
function lackingAccounts(timeline: Timeline, t: SiteTranslator): string | undefined {
	const missing = timeline.missingAccounts ?? [];
	if (missing.length === 0) return undefined;
	return `${t.missingAccountsLead} ${missing.map((m) => actorName(m.actor, timeline.actors)).join(', ')}`;
}

function layoutFooter(
	credits: Credit[],
	wrapCredit: (index: number) => string[],
	url: string | undefined,
	contentPx: number,
	labels: PictureLabels,
	maxCreditLines: number,
	lacking?: string
): FooterLayout {
	const all: FooterLine[] =
		credits.length === 0 ? [{ text: labels.noSources, style: 'more' }] : credits.flatMap((_, i) => wrapCredit(i).map((text) => ({ text, style: 'credit' as const })));
	// Whose account is missing is never cut to make room: the picture must not claim more balance than it has.
	const lackingLines: FooterLine[] = lacking === undefined ? [] : wrapText(lacking, contentPx, CREDIT, 2).map((text) => ({ text, style: 'more' as const }));
	let lines = [...all, ...lackingLines];
	if (all.length > maxCreditLines) {
		// Keep whole credits; say how many did not fit rather than dropping them silently.
		const kept: FooterLine[] = [];
		let shown = 0;
		for (let i = 0; i < credits.length; i++) {
			const wrapped = wrapCredit(i);
			if (kept.length + wrapped.length > maxCreditLines - 1) break;
			kept.push(...wrapped.map((text) => ({ text, style: 'credit' as const })));
			shown++;
		}
		lines = [...kept, { text: labels.moreSources(credits.length - shown), style: 'more' as const }, ...lackingLines];
	}
	const urlText = url === undefined ? undefined : truncateText(url, contentPx, URL_TEXT);
	return {
		lines,
		creditLines: all.length,
		...(urlText === undefined ? {} : { url: urlText }),
		heightPx: 22 + lines.length * CREDIT_LINE_PX + (urlText === undefined ? 0 : 22)
	};
}

function drawFooter(footer: FooterLayout, top: number, colours: PicturePalette, labels: PictureLabels): string {
	const out: string[] = [`<g class="credits">`];
	out.push(`<text x="${PAD_PX}" y="${top + 14}" font-size="${CREDIT_HEADING.fontPx}" font-weight="bold" fill="${colours.text}">${escapeXml(labels.sourcesHeading)}</text>`);
	footer.lines.forEach((line, i) => {
		const fill = line.style === 'credit' ? colours.text : colours.muted;
		out.push(`<text x="${PAD_PX}" y="${top + 22 + 14 + i * CREDIT_LINE_PX}" font-size="${CREDIT.fontPx}" fill="${fill}">${escapeXml(line.text)}</text>`);
	});
	if (footer.url !== undefined) {
		const y = top + 22 + footer.lines.length * CREDIT_LINE_PX + 18;
		out.push(`<text x="${PAD_PX}" y="${y}" font-size="${URL_TEXT.fontPx}" fill="${colours.accent}">${escapeXml(footer.url)}</text>`);
	}
	out.push(`</g>`);
	return out.join('\n');
}

/** The picture in words, for screen readers and search: the view and the events drawn. */
function describePicture(timeZone: string, marks: SceneMark[], overflow: OverflowCluster[], labels: PictureLabels, rangeWords: string, t: SiteTranslator, locale: Locale): string {
	const shown = marks.map((m) => m.item.event);
	const hidden = overflow.reduce((n, c) => n + c.ids.length, 0);
	const listed = shown.slice(0, 30).map((e) => `${e.title} (${describeWhen(e.when, { timeZone, t, locale })})`);
	const more = shown.length > 30 ? [`…`] : [];
	const total = shown.length + hidden;
	return `${rangeWords}: ${labels.eventsInView(total)}. ${[...listed, ...more].join('; ')}${listed.length ? '.' : ''}`;
}
