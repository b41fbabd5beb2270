/**
 * Round trips through TimelineJS 3 JSON.
 *
 * Citeline → TimelineJS → Citeline keeps every event, its date (EDTF and precision) and its
 * lane. TimelineJS → Citeline → TimelineJS keeps every field Citeline imports, compared
 * after this normalisation and nothing else:
 *   - date fields as numbers ("08" ≡ 8), "" ≡ absent; a start_date display_date ≡ the slide's;
 *   - HTML compared sanitized with runs of whitespace as one space (the export writes the
 *     sanitized HTML it imported), headlines as plain text;
 *   - absent ≡ "" for text, group and media fields; a media without url ≡ no media;
 *   - a link that is not an absolute http(s) one (houston's "/static/img/…") ≡ absent, and
 *     a media with such a url ≡ no media: the import reports them as not kept;
 *     background opacity "50" ≡ 50, a null background url ≡ none;
 *   - unique_id compared where the original has one (otherwise Citeline made an id);
 *   - a headline or title slide text the original lacks is not compared (the import
 *     wrote one and said so), nor the title slide's date (reported as not kept);
 *   - the fields the import reports as not kept (twain's `location`, `type`) are left out;
 *   - slides compared as a set (the export writes them in time order).
 * Refused events (cosmo.json) are not in the comparison: they were never imported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineInput } from '../../src/lib/model/schema';
import type { Timeline } from '../../src/lib/model/timeline';
import { formatIssue, validateTimeline } from '../../src/lib/model/validate';
import { validateFolder } from '../../src/lib/server/timelines';
import { toTimelineJs } from '../../src/lib/interop/export/timelinejs';
import { nodeHtmlCleaner } from '../../src/lib/interop/html-node';
import { importTimelineFile } from '../../src/lib/interop/import/detect';
import { DATE_FIELDS } from '../../src/lib/interop/import/dates';
import { linkProblem } from '../../src/lib/interop/safe-values';
import { TIMELINEJS_FIXTURES as FIXTURES } from '../fixtures/paths';

const cleaner = nodeHtmlCleaner();

function validate(input: TimelineInput): Timeline {
	const result = validateTimeline({ slug: 'round-trip', file: 'timeline.json', text: JSON.stringify(input), format: 'json', readArchive: () => undefined });
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.timeline;
}

function reimport(timeline: Timeline): Timeline {
	const result = importTimelineFile(JSON.stringify(toTimelineJs(timeline, { cleaner })), 'export.json', cleaner);
	if (!result.ok) throw new Error(result.reason);
	return validate(result.timeline);
}

describe('Citeline → TimelineJS → Citeline', () => {
	const loaded = validateFolder('data/timelines/2025-03-18-putin-trump-call', '2025-03-18-putin-trump-call');
	if (!loaded.ok) throw new Error('the shipped dataset must validate');
	const original = loaded.timeline;
	const back = reimport(original);

	it('keeps every event, by id', () => {
		expect(back.events.map((e) => e.id).sort()).toEqual(original.events.map((e) => e.id).sort());
	});

	it('keeps every date: EDTF, instants and precision, including forms TimelineJS lacks', () => {
		const dates = (t: Timeline) => Object.fromEntries(t.events.map((e) => [e.id, e.when]));
		expect(dates(back)).toEqual(dates(original));
		// The dataset has dates TimelineJS cannot hold, so the carried EDTF is exercised.
		expect(original.events.some((e) => e.when.kind === 'bounded')).toBe(true);
	});

	it('keeps every lane: the same events together, under the same label', () => {
		const lanes = (t: Timeline) => {
			const label = new Map(t.categories.map((c) => [c.id, c.label]));
			return Object.fromEntries(t.events.map((e) => [e.id, label.get(e.category)]));
		};
		expect(lanes(back)).toEqual(lanes(original));
	});

	it('keeps titles and summaries', () => {
		const text = (t: Timeline) => Object.fromEntries(t.events.map((e) => [e.id, [e.title, e.summary]]));
		expect(text(back)).toEqual(text(original));
		expect([back.title, back.summary]).toEqual([original.title, original.summary]);
	});
});

type Json = Record<string, unknown>;

function normalizeDate(date: unknown): Json | undefined {
	if (date === null || typeof date !== 'object') return undefined;
	const out: Json = {};
	for (const field of DATE_FIELDS) {
		const value = (date as Json)[field];
		if (value !== undefined && value !== null && String(value).trim() !== '') out[field] = Number(String(value).trim());
	}
	return Object.keys(out).length === 0 ? undefined : out;
}

function html(value: unknown): string {
	return typeof value === 'string' ? cleaner.sanitize(value).replace(/\s+/g, ' ').trim() : '';
}

function normalizeMedia(media: unknown): Json | undefined {
	if (media === null || typeof media !== 'object') return undefined;
	const m = media as Json;
	const url = typeof m.url === 'string' ? m.url.trim() : '';
	if (url === '' || (!url.startsWith('<') && linkProblem(url) !== undefined)) return undefined;
	const out: Json = { url: url.startsWith('<') ? html(url) : url };
	for (const key of ['caption', 'credit']) if (html(m[key]) !== '') out[key] = html(m[key]);
	for (const key of ['thumbnail', 'alt', 'title', 'link', 'link_target']) {
		const value = typeof m[key] === 'string' ? (m[key] as string).trim() : '';
		if (value === '' || ((key === 'thumbnail' || key === 'link') && linkProblem(value) !== undefined)) continue;
		out[key] = value;
	}
	return out;
}

function normalizeBackground(background: unknown): Json | undefined {
	if (background === null || typeof background !== 'object') return undefined;
	const out: Json = {};
	for (const [key, value] of Object.entries(background as Json).sort(([a], [b]) => a.localeCompare(b))) {
		if (value === undefined || value === null || value === '') continue;
		out[key] = key === 'opacity' ? Number(value) : value;
	}
	return Object.keys(out).length === 0 ? undefined : out;
}

function normalizeSlide(slide: Json, original: Json): Json {
	const text = (slide.text ?? {}) as Json;
	const originalText = (original.text ?? {}) as Json;
	const start = slide.start_date as Json | undefined;
	const display = [slide.display_date, slide.display_text, start?.display_date, start?.display_text].find((d) => typeof d === 'string' && d.trim() !== '');
	const out: Json = {
		start_date: normalizeDate(slide.start_date),
		end_date: normalizeDate(slide.end_date),
		display_date: display === undefined ? undefined : cleaner.toText(display as string),
		headline: cleaner.toText(String(originalText.headline ?? '')) === '' ? '(none in the original)' : cleaner.toText(String(text.headline ?? '')),
		text: html(text.text),
		group: cleaner.toText(String(slide.group ?? '')),
		media: normalizeMedia(slide.media),
		background: normalizeBackground(slide.background)
	};
	if (typeof original.unique_id === 'string' && original.unique_id.trim() !== '') out.unique_id = slide.unique_id;
	if (normalizeDate(out.end_date) !== undefined && JSON.stringify(out.end_date) === JSON.stringify(out.start_date)) out.end_date = undefined;
	return JSON.parse(JSON.stringify(out));
}

function slideSet(slides: Json[], originals: Json[]): string[] {
	return slides.map((s, i) => JSON.stringify(normalizeSlide(s, originals[i] ?? s))).sort();
}

describe('TimelineJS → Citeline → TimelineJS', () => {
	it.each(['women_in_computing.json', 'houston_timeline3.json', 'eras.json', 'twain_marktwain.json', 'cosmo.json'])('%s keeps every field Citeline imports', (name) => {
		const original = JSON.parse(readFileSync(FIXTURES + name, 'utf8')) as { title?: Json; events: Json[]; eras?: Json[]; scale?: string };
		const imported = importTimelineFile(JSON.stringify(original), name, cleaner);
		if (!imported.ok) throw new Error(imported.reason);
		const exported = toTimelineJs(validate(imported.timeline), { cleaner }) as unknown as { title: Json; events: Json[]; eras?: Json[]; scale?: string };

		// Only the events that were imported (cosmo.json's refusals are reported, not exported).
		const placed = original.events.filter((e) => !imported.problems.some((p) => p.reason.endsWith('not placed') && p.position.includes(`"${cleaner.toText(String((e.text as Json)?.headline ?? ''))}"`)));
		// The import keeps file order, so its n-th event is the n-th placed original; the export names each by unique_id.
		expect(imported.timeline.events).toHaveLength(placed.length);
		const originalById = new Map(imported.timeline.events.map((e, i) => [e.externalId ?? e.id, placed[i] as Json]));
		const pairedOriginals = exported.events.map((s) => originalById.get(String(s.unique_id)) as Json);
		expect(slideSet(exported.events, pairedOriginals)).toEqual(slideSet(placed, placed));
		expect(exported.events.some((s) => 'citeline' in s)).toBe(false);

		expect(slideSet(exported.eras ?? [], exported.eras ?? [])).toEqual(slideSet(original.eras ?? [], original.eras ?? []));
		expect(exported.scale).toBe(original.scale);

		const title = original.title ?? {};
		const titleText = (title.text ?? {}) as Json;
		if (String(titleText.headline ?? '') !== '') expect(cleaner.toText(String((exported.title.text as Json).headline))).toBe(cleaner.toText(String(titleText.headline)));
		if (String(titleText.text ?? '') !== '') expect(html((exported.title.text as Json).text)).toBe(html(titleText.text));
		expect(normalizeMedia(exported.title.media)).toEqual(normalizeMedia(title.media));
		expect(normalizeBackground(exported.title.background)).toEqual(normalizeBackground(title.background));
	});
});
