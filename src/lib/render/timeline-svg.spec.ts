/**
 * The picture of a view, as a reader of the exported SVG or the share card relies on it: a
 * well-formed document that says what timeline and which dates it shows, draws the events
 * of that window and no others, credits their sources, and keeps data text as text.
 */
import { fileURLToPath } from 'node:url';
import { ru } from 'date-fns/locale';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANE_COLOURS } from '../components/marks';
import { sourceCredit } from '../format/source';
import { statusLabel } from '../format/status';
import { createTranslator } from '../i18n/languages';
import { hiddenEventsBadge } from '../format/event-name';
import { chartLanes, rowsOfLane } from '../layout/chart-geometry';
import { chartScene, eventLabelPx } from '../layout/chart-scene';
import { markerX, markShowsIn } from '../layout/mark-geometry';
import { baseScale, defaultWindow } from '../layout/time-scale';
import { buildEventIndex } from '../layout/visible';
import type { Timeline, TimelineEvent } from '../model/timeline';
import { buildPayload } from '../payload/build';
import { formatIssue, validateTimeline } from '../model/validate';
import { validateFolder } from '../server/timelines';
import { PALETTES } from './palette';
import { describeWindow, renderTimelineSvg } from './timeline-svg';

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);

/** A small timeline written for these tests: two lanes, two sources, events far apart. */
function smallTimeline(title = 'Bridge works', extra: Record<string, unknown> = {}): Timeline {
	const file = {
		...extra,
		format: 1,
		title,
		summary: 'Test timeline.',
		unsourced: true,
		categories: [
			{ id: 'works', label: 'Works & <x>' },
			{ id: 'transport', label: 'Transport' }
		],
		sources: [
			{ id: 'early', title: 'Early "notice" <draft>', publisher: 'Council & Co' },
			{ id: 'late', title: 'Late report', publisher: 'Gazette' }
		],
		events: [
			{ id: 'inspection', title: 'Inspection <finds> "cracks" & more', summary: 'x', when: '2025-01-10', status: 'happened', category: 'works', citations: [{ source: 'early', quote: 'cracks' }] },
			{ id: 'closure', title: 'Bridge closed', summary: 'x', when: '2025-06-10/2025-06-20', status: 'announced', category: 'works', citations: [{ source: 'late', quote: 'closed' }] },
			{ id: 'diversion', title: 'Buses diverted', summary: 'x', when: '2025-06-12', status: 'announced', category: 'transport', citations: [{ source: 'late', quote: 'diverted' }] },
			{ id: 'uncredited', title: 'Rumour', summary: 'x', when: '2025-09-01', status: 'stated', category: 'transport', citations: [] }
		]
	};
	const result = validateTimeline({ slug: 'small', file: 'small/timeline.json', text: JSON.stringify(file), format: 'json', readArchive: () => undefined });
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.timeline;
}

const SLUG = '2025-03-18-putin-trump-call';
let call: Timeline;
beforeAll(() => {
	const result = validateFolder(fileURLToPath(new URL(`../../../data/timelines/${SLUG}`, import.meta.url)), SLUG);
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	call = result.timeline;
});

/** Parses strictly as XML: a parse error fails the test instead of being repaired as HTML would. */
function parse(svg: string): Document {
	const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
	const error = doc.getElementsByTagName('parsererror')[0];
	if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
	return doc;
}

const drawnEvents = (doc: Document) => [...doc.querySelectorAll('g.mark')].map((g) => g.getAttribute('data-event'));
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
const moreCounts = (doc: Document) => texts(doc).flatMap((t) => (/^\+(\d+) more$/.exec(t) ? [Number(/^\+(\d+)/.exec(t)?.[1])] : []));

/** The y of an element in the picture, through the translations and scales of its ancestors. */
function absoluteY(el: Element): number {
	let y = Number(el.getAttribute('y') ?? 0);
	for (let node = el.parentElement; node; node = node.parentElement) {
		const transform = node.getAttribute('transform') ?? '';
		const scale = /scale\(\s*([-\d.]+)\s*\)/.exec(transform);
		const translate = /translate\(\s*[-\d.]+\s*,\s*([-\d.]+)\s*\)/.exec(transform);
		// "translate(…) scale(…)" scales first, then translates.
		if (scale) y *= Number(scale[1]);
		if (translate) y += Number(translate[1]);
	}
	return y;
}

/** The chart's layout of a view, computed as the explorer computes it: rows from the payload's manifest, the chart's scene and lanes. */
function chartOf(timeline: Timeline, window: [number, number], plotPx: number) {
	const rows = buildPayload(timeline).manifest;
	const rowsOf = rowsOfLane(rows, true);
	const scene = chartScene({
		index: buildEventIndex(timeline.events),
		scale: baseScale(window, plotPx),
		widthPx: plotPx,
		rowsOf,
		pinned: new Set(),
		expanded: new Set(),
		badge: (n) => hiddenEventsBadge(n)
	});
	return { rows, scene, laneIds: timeline.categories.map((c) => c.id), lanes: chartLanes(timeline.categories, rowsOf, { eras: timeline.eras.length > 0 }), plotPx };
}

/**
 * The picture shows the chart's layout: each mark the chart places in the plot is drawn once,
 * in its lane and row (its marker at the row's centre), labelled where the chart labels it;
 * each "+N more" of the chart is drawn in its lane with its count; each lane is as tall as the chart's.
 */
function expectPictureOfChart(doc: Document, chart: ReturnType<typeof chartOf>) {
	const inPlot = chart.scene.marks.filter((m) => markShowsIn(m, eventLabelPx(m.item, (n) => hiddenEventsBadge(n)), chart.plotPx));
	const drawn = [...doc.querySelectorAll('g.mark')];
	const placed = (m: { item: { event: { id: string } }; lane: string; row: number }) => `${m.item.event.id} ${m.lane} ${m.row}`;
	expect(drawn.map((g) => `${g.getAttribute('data-event')} ${g.getAttribute('data-lane')} ${g.getAttribute('data-row')}`).sort()).toEqual(inPlot.map(placed).sort());
	for (const mark of inPlot) {
		const marker = doc.querySelector(`g.mark[data-event="${mark.item.event.id}"] > path`);
		const y = Number(/translate\([-\d.]+,([-\d.]+)\)/.exec(marker?.getAttribute('transform') ?? '')?.[1]);
		const barOffset = mark.item.extent.shape === 'range' ? 9 : 0;
		expect(y, mark.item.event.id).toBeCloseTo(chart.lanes.rowY(mark.lane, mark.row) + barOffset, 1);
	}
	const labelled = [...doc.querySelectorAll('text.label')];
	expect(labelled.map((el) => el.getAttribute('data-event')).sort()).toEqual(inPlot.filter((m) => m.showLabel).map((m) => m.item.event.id).sort());
	for (const el of labelled) {
		const mark = chart.scene.marks.find((m) => m.item.event.id === el.getAttribute('data-event'));
		const title = mark?.item.event.title ?? '';
		const text = el.textContent ?? '';
		// The whole title, or its start ended with "…" where the chart's room ends (nothing at all at the right edge).
		const atRightEdge = mark !== undefined && markerX(mark) > chart.plotPx - 40;
		expect(text === title || (text.endsWith('…') && title.startsWith(text.slice(0, -1))) || (text === '' && atRightEdge), `"${text}" for "${title}"`).toBe(true);
	}
	const more = [...doc.querySelectorAll('g.more')].map((g) => `${g.getAttribute('data-lane')} ${g.getAttribute('data-count')}`);
	expect(more.sort()).toEqual(chart.scene.overflow.map((c) => `${c.lane} ${c.ids.length}`).sort());
	const laneBars = [...doc.querySelectorAll('rect[width="4"]')].map((r) => Number(r.getAttribute('height')));
	expect(laneBars).toEqual(chart.laneIds.map((id) => chart.lanes.laneHeight(id)));
}

describe('renderTimelineSvg: the document', () => {
	it('is a standalone SVG with its size, a title and a description', () => {
		const doc = parse(renderTimelineSvg(smallTimeline(), { window: [utc(2025, 1, 1), utc(2025, 2, 1)], widthPx: 900 }));
		const root = doc.documentElement;
		expect(root.localName).toBe('svg');
		expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(root.getAttribute('width')).toBe('900');
		const height = Number(root.getAttribute('height'));
		expect(height).toBeGreaterThan(200);
		expect(root.getAttribute('viewBox')).toBe(`0 0 900 ${height}`);
		expect(root.getAttribute('font-family')).toMatch(/^'DejaVu Sans', 'Liberation Sans', Arial, sans-serif$/);
		expect(root.querySelector(':scope > title')?.textContent).toBe('Bridge works — 1–31 January 2025');
		expect(root.querySelector(':scope > desc')?.textContent).toContain('Inspection <finds> "cracks" & more (10 January 2025)');
	});

	it('keeps titles, labels and credits as text: <, & and quotes are escaped, never markup', () => {
		const title = `Tom & Jerry's "<script>alert(1)</script>" timeline`;
		const svg = renderTimelineSvg(smallTimeline(title), { window: [utc(2025, 1, 1), utc(2025, 2, 1)], url: 'https://example.org/t/small?from=a&to=b' });
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<finds>');
		const doc = parse(svg);
		expect(doc.querySelectorAll('script')).toHaveLength(0);
		const all = texts(doc);
		expect(all).toContain(title);
		expect(all).toContain('Inspection <finds> "cracks" & more');
		expect(all).toContain('Works & <x>');
		expect(all).toContain('Early "notice" <draft> — Council & Co');
		expect(all).toContain('https://example.org/t/small?from=a&to=b');
	});

	it('draws in the dark theme on the dark background, and in the light theme on the light one', () => {
		for (const theme of ['light', 'dark'] as const) {
			const doc = parse(renderTimelineSvg(smallTimeline(), { window: [utc(2025, 1, 1), utc(2025, 2, 1)], theme }));
			const background = doc.documentElement.querySelector(':scope > rect');
			expect(background?.getAttribute('width')).toBe('100%');
			expect(background?.getAttribute('fill')).toBe(PALETTES[theme].bg);
			const title = [...doc.querySelectorAll('text')].find((t) => t.textContent === 'Bridge works');
			expect(title?.getAttribute('fill')).toBe(PALETTES[theme].text);
		}
	});
});

describe('renderTimelineSvg: the view', () => {
	it.each([
		['two whole days', [utc(2025, 3, 18), utc(2025, 3, 20)], '18–19 March 2025'],
		['hours of one day', [utc(2025, 3, 18, 6), utc(2025, 3, 18, 18)], '18 March 2025, 06:00–18:00 UTC'],
		['hours across midnight', [utc(2025, 3, 18, 18), utc(2025, 3, 19, 6)], '18 March 2025, 18:00 – 19 March 2025, 06:00 UTC'],
		['weeks', [utc(2025, 3, 15, 7), utc(2025, 4, 20, 3)], '15 March – 20 April 2025'],
		['across years', [utc(2024, 12, 1), utc(2025, 2, 1)], '1 December 2024 – 31 January 2025']
	] as const)('says the dates of the view in words: %s', (_, window, words) => {
		expect(describeWindow(window[0], window[1])).toBe(words);
		const doc = parse(renderTimelineSvg(call, { window: [...window] }));
		expect(texts(doc)).toContain(words);
	});

	it('dates the axis and the view in the given locale, with labels overridden', () => {
		const doc = parse(renderTimelineSvg(call, { window: [utc(2025, 3, 18), utc(2025, 3, 20)], locale: ru, labels: { sourcesHeading: 'Источники' } }));
		const all = texts(doc);
		expect(all).toContain('18–19 марта 2025');
		// The axis's context labels name the days in Russian ("вторник, 18 марта 2025").
		expect(all.some((text) => /вторник.*18 марта 2025/.test(text))).toBe(true);
		const axis = [...doc.querySelectorAll('g.axis text')].map((el) => el.textContent ?? '');
		expect(axis.some((text) => /March|Tuesday|Wednesday/.test(text))).toBe(false);
		expect(all).toContain('Источники');
		expect(all).not.toContain('Sources');
	});

	it('labels the axis on the timeline\'s clock, as the app does: 06:00 UTC is 09:00 in Moscow', () => {
		const window: [number, number] = [utc(2025, 1, 10, 6), utc(2025, 1, 10, 12)];
		const axisTexts = (timeline: Timeline) =>
			[...parse(renderTimelineSvg(timeline, { window, widthPx: 900 })).querySelectorAll('g.axis text')].map((el) => el.textContent ?? '');
		expect(axisTexts(smallTimeline('Bridge works', { timeZone: 'Europe/Moscow' }))).toContain('09:00');
		expect(axisTexts(smallTimeline('Bridge works', { timeZone: 'Europe/Moscow' }))).not.toContain('06:00');
		expect(axisTexts(smallTimeline())).toContain('06:00');
	});

	it('speaks the translator\'s language: dates, statuses, "+N more" and unknown publishers', () => {
		const t = createTranslator('uk');
		const doc = parse(renderTimelineSvg(call, { window: [utc(2025, 3, 18), utc(2025, 3, 20)], t }));
		const all = texts(doc);
		expect(all).toContain(describeWindow(utc(2025, 3, 18), utc(2025, 3, 20), t.dateLocale));
		expect(all.some((text) => /березня/.test(text))).toBe(true);
		expect(all).toContain(t.sourcesHeading);
		expect(all).toContain(statusLabel('happened', t));
		expect(all.some((text) => text.startsWith(sourceCredit({ title: null, publisher: null }, t)))).toBe(true);
		// How many marks fold into "+N more" depends on the data; that it is said in Ukrainian does not.
		const moreLabels = Array.from({ length: 30 }, (_, n) => t.moreCount(n + 1));
		expect(all.some((text) => moreLabels.includes(text))).toBe(true);
	});

	it('colours the lanes from the theme\'s own lane palette', () => {
		for (const theme of ['light', 'dark'] as const) {
			const doc = parse(renderTimelineSvg(call, { window: [utc(2025, 3, 18), utc(2025, 3, 20)], theme }));
			const callMarker = doc.querySelector('g.mark[data-event="phone-call"] path');
			expect(callMarker?.getAttribute('fill')).toBe(LANE_COLOURS[theme][0]);
		}
	});

	it.each([
		['January', [utc(2025, 1, 1), utc(2025, 2, 1)], ['inspection'], ['Early "notice" <draft> — Council & Co'], ['Late report — Gazette']],
		['June', [utc(2025, 6, 1), utc(2025, 7, 1)], ['closure', 'diversion'], ['Late report — Gazette'], ['Early "notice" <draft> — Council & Co']],
		['the whole year', [utc(2025, 1, 1), utc(2026, 1, 1)], ['inspection', 'closure', 'diversion', 'uncredited'], ['Early "notice" <draft> — Council & Co', 'Late report — Gazette'], []]
	] as const)('draws the events in the window and credits their sources, and nothing else: %s', (_, window, events, credited, uncredited) => {
		const doc = parse(renderTimelineSvg(smallTimeline(), { window: [...window] }));
		expect(drawnEvents(doc).sort()).toEqual([...events].sort());
		const all = texts(doc);
		for (const credit of credited) expect(all).toContain(credit);
		for (const credit of uncredited) expect(all).not.toContain(credit);
	});

	it('says so when no event in view cites a source, or no event is in view', () => {
		const rumour = parse(renderTimelineSvg(smallTimeline(), { window: [utc(2025, 8, 25), utc(2025, 9, 5)] }));
		expect(drawnEvents(rumour)).toEqual(['uncredited']);
		expect(texts(rumour)).toContain('No sources are cited by the events in view.');
		const empty = parse(renderTimelineSvg(smallTimeline(), { window: [utc(2025, 3, 1), utc(2025, 4, 1)] }));
		expect(drawnEvents(empty)).toEqual([]);
		expect(texts(empty)).toContain('No events in this view.');
	});

	it('draws only the lanes asked for', () => {
		const doc = parse(renderTimelineSvg(smallTimeline(), { window: [utc(2025, 6, 1), utc(2025, 7, 1)], categories: ['transport'] }));
		expect(drawnEvents(doc)).toEqual(['diversion']);
		expect(texts(doc)).toContain('Transport');
		expect(texts(doc)).not.toContain('Works & <x>');
	});

	it('counts in a folded parent’s badge only the children of the lanes asked for', () => {
		// Over two years the call's twelve topics fold into it; four lanes are left out here.
		const window: [number, number] = [utc(2024, 6, 1), utc(2026, 6, 1)];
		const badges = (doc: Document) => texts(doc).filter((t) => /^\+\d+$/.test(t));
		const children = call.events.filter((e) => e.parent === 'phone-call');
		const drawn = (doc: Document) => drawnEvents(doc).filter((id) => children.some((c) => c.id === id)).length;
		const all = parse(renderTimelineSvg(call, { window }));
		expect(badges(all)).toEqual([`+${children.length - drawn(all)}`]);
		const twoLanes = parse(renderTimelineSvg(call, { window, categories: ['call', 'diplomacy'] }));
		const diplomacy = children.filter((e) => e.category === 'diplomacy').length;
		expect(diplomacy).toBeLessThan(children.length);
		expect(badges(twoLanes)).toEqual([`+${diplomacy - drawn(twoLanes)}`]);
	});

	it('places marks where the time scale puts them', () => {
		// 1200 px wide: 32 px margins and a 152 px lane column leave 984 px for June's 30 days.
		const doc = parse(renderTimelineSvg(smallTimeline(), { window: [utc(2025, 6, 1), utc(2025, 7, 1)] }));
		const diversion = doc.querySelector('g.mark[data-event="diversion"] path');
		const x = Number(/translate\(([-\d.]+),/.exec(diversion?.getAttribute('transform') ?? '')?.[1]);
		// A day-precision point sits at the middle of its day: 11.5 days into June.
		expect(x).toBeCloseTo((11.5 / 30) * 984, 0);
	});
});

describe('renderTimelineSvg: eras', () => {
	it('labels the eras in view in a strip above the lanes, and leaves out the others', () => {
		const timeline = smallTimeline('Bridge works', {
			eras: [
				{ id: 'planning', title: 'Planning & <review>', when: '2025-01-01/2025-05-31' },
				{ id: 'works', title: 'Works', when: '2025-06-01/2025-08-31' },
				{ id: 'later', title: 'Later', when: '2026-01-01/2026-12-31' }
			]
		});
		const svg = renderTimelineSvg(timeline, { window: [utc(2025, 5, 1), utc(2025, 7, 1)] });
		const all = texts(parse(svg));
		expect(all).toContain('Planning & <review>');
		expect(all).toContain('Works');
		expect(all).not.toContain('Later');
		expect(svg).toContain('Planning &amp; &lt;review&gt;');
	});
});

describe('renderTimelineSvg: the call of 18 March 2025, as the app shows it', () => {
	it('draws the first view as the chart lays it out: the same marks in the same lanes and rows, the same labels and "+N more"', () => {
		const window = defaultWindow(call.span);
		const svg = renderTimelineSvg(call, { window, widthPx: 1200 });
		const chart = chartOf(call, window, 1200 - 2 * 32 - 152);
		expectPictureOfChart(parse(svg), chart);
		// The call's ceasefire lane opens with its four events labelled, as on the screen.
		const proposal = chart.scene.marks.find((m) => m.item.event.id === 'ceasefire-proposal');
		expect(proposal?.showLabel).toBe(true);
	});

	it.each([700, 1600])('draws the 18–19 March view as the chart lays it out at %i px', (widthPx) => {
		const window: [number, number] = [utc(2025, 3, 18), utc(2025, 3, 20)];
		const plotPx = widthPx - 2 * 32 - Math.round(Math.min(152, (widthPx - 64) * 0.22));
		expectPictureOfChart(parse(renderTimelineSvg(call, { window, widthPx })), chartOf(call, window, plotPx));
	});

	it('draws every zoom of the call as the chart lays it out, from an hour to two months around it', () => {
		const centre = utc(2025, 3, 18, 14);
		for (let spanMs = 3_600_000; spanMs <= 60 * 86_400_000; spanMs *= 2) {
			for (const widthPx of [800, 1200]) {
				const window: [number, number] = [centre - spanMs / 2, centre + spanMs / 2];
				const plotPx = widthPx - 2 * 32 - 152;
				expectPictureOfChart(parse(renderTimelineSvg(call, { window, widthPx })), chartOf(call, window, plotPx));
			}
		}
	});

	it('at 18–19 March, draws each event of the window once or counts it in "+N more": none lost, none twice', () => {
		const window = [utc(2025, 3, 18), utc(2025, 3, 20)] as [number, number];
		const doc = parse(renderTimelineSvg(call, { window }));
		const drawn = drawnEvents(doc);
		expect(new Set(drawn).size).toBe(drawn.length);
		const inWindow = buildEventIndex(call.events).within(...window);
		expect(drawn.length + moreCounts(doc).reduce((a, b) => a + b, 0)).toBe(inWindow.length);
		expect(drawn).toContain('prisoner-exchange');
	});

	it('fits a fixed-height share card: every text inside the picture', () => {
		const doc = parse(renderTimelineSvg(call, { window: defaultWindow(call.span), widthPx: 1200, heightPx: 630 }));
		expect(doc.documentElement.getAttribute('height')).toBe('630');
		for (const text of doc.querySelectorAll('text')) {
			expect(absoluteY(text), text.textContent ?? '').toBeLessThanOrEqual(630 - 8);
		}
		expect(texts(doc)).toContain('Putin and Trump hold key phone call on ceasefire and relations — Weekly Blitz (BLiTZ) · mostly according to the Kremlin');
	});

	it("says on the card whose account each source mostly relays, and whose account the timeline lacks", () => {
		const all = texts(parse(renderTimelineSvg(call, { window: defaultWindow(call.span), widthPx: 1200, heightPx: 630 })));
		expect(all).toContain('Untitled report — publisher unknown · mostly according to the Kremlin');
		expect(all).toContain('Accounts this timeline lacks: United States, Ukraine');
		const uk = texts(parse(renderTimelineSvg(call, { window: defaultWindow(call.span), widthPx: 1200, heightPx: 630, t: createTranslator('uk') })));
		expect(uk).toContain('У цій хронології бракує версії сторін: United States, Ukraine');
	});

	it('keeps the accounts a timeline lacks even when credits must make room', () => {
		const doc = parse(renderTimelineSvg(call, { window: [utc(2025, 3, 18), utc(2025, 3, 20)], widthPx: 1200, heightPx: 400 }));
		const lacking = [...doc.querySelectorAll('text')].find((t) => t.textContent === 'Accounts this timeline lacks: United States, Ukraine');
		expect(lacking).toBeDefined();
		if (lacking) expect(absoluteY(lacking)).toBeLessThanOrEqual(400);
	});

	it('fits a crowded view into a small fixed height too: nothing cut off, and no source dropped without saying so', () => {
		const doc = parse(renderTimelineSvg(call, { window: [utc(2025, 3, 18), utc(2025, 3, 20)], widthPx: 1200, heightPx: 400 }));
		expect(doc.documentElement.getAttribute('height')).toBe('400');
		for (const text of doc.querySelectorAll('text')) expect(absoluteY(text), text.textContent ?? '').toBeLessThanOrEqual(400);
		const all = texts(doc);
		const credited = ['Untitled report — publisher unknown', 'Putin and Trump hold key phone call on ceasefire and relations — Weekly Blitz (BLiTZ)'].filter((c) => all.some((text) => text.startsWith(c)));
		const untold = Number(/^and (\d+) more sources?$/.exec(all.find((t) => t.startsWith('and ')) ?? '')?.[1] ?? 0);
		expect(credited.length + untold).toBe(2);
	});
});

describe('renderTimelineSvg: a crowded lane, as the chart shows it', () => {
	/** Six announcements on one day in one lane, and one event in another. */
	function crowded(): Timeline {
		const base = smallTimeline();
		const busy = Array.from({ length: 6 }, (_, i) => ({ ...(base.events[0] as TimelineEvent), id: `notice-${i}`, title: `Notice ${i}`, category: 'works' }));
		const events = [...busy, ...base.events.filter((e) => e.category === 'transport')];
		return { ...base, events };
	}

	it('gives a lane with six overlapping events four rows and "+2 more", in the picture and in the chart', () => {
		const timeline = crowded();
		const window: [number, number] = [utc(2025, 1, 9), utc(2025, 1, 12)];
		const chart = chartOf(timeline, window, 1200 - 2 * 32 - 152);
		expect(chart.rows.rowsPerLane.works).toBe(4);
		expect(new Set(chart.scene.marks.filter((m) => m.lane === 'works').map((m) => m.row))).toEqual(new Set([0, 1, 2, 3]));
		expect(chart.scene.overflow.map((c) => [c.lane, c.ids.length])).toEqual([['works', 2]]);
		const doc = parse(renderTimelineSvg(timeline, { window }));
		expect(moreCounts(doc)).toEqual([2]);
		expectPictureOfChart(doc, chart);
	});

	it('takes the rows of each lane from the explorer when given (the timeline may hold only the events near the view)', () => {
		const timeline = crowded();
		const window: [number, number] = [utc(2025, 1, 9), utc(2025, 1, 12)];
		const doc = parse(renderTimelineSvg(timeline, { window, laneRows: { rowsPerLane: { works: 2, transport: 1 }, rowsAllInOne: 3 } }));
		expect(moreCounts(doc)).toEqual([4]);
		expect(new Set([...doc.querySelectorAll('g.mark[data-lane="works"]')].map((g) => g.getAttribute('data-row')))).toEqual(new Set(['0', '1']));
	});
});

describe('renderTimelineSvg: bad options', () => {
	it.each([
		['an empty window', { window: [utc(2025, 1, 2), utc(2025, 1, 2)] as [number, number] }, /small.*window/],
		['a reversed window', { window: [utc(2025, 2, 1), utc(2025, 1, 1)] as [number, number] }, /window/],
		['a window that is not a date', { window: [Number.NaN, utc(2025, 1, 1)] as [number, number] }, /window/],
		['an unknown category', { window: [utc(2025, 1, 1), utc(2025, 2, 1)] as [number, number], categories: ['buses'] }, /categories: "buses" is not one of the timeline's categories \(works, transport\)/],
		['a tiny width', { window: [utc(2025, 1, 1), utc(2025, 2, 1)] as [number, number], widthPx: 10 }, /widthPx/]
	])('refuses %s with a message naming the timeline and the option', (_, options, message) => {
		expect(() => renderTimelineSvg(smallTimeline(), options)).toThrow(message);
		expect(() => renderTimelineSvg(smallTimeline(), options)).toThrow(/timeline "small"/);
	});
});
