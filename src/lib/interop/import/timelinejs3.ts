/**
 * Imports TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html).
 *
 * The title slide becomes the timeline's title, summary and cover; events become
 * unsourced events with status "unassessed" (TimelineJS says nothing about sources);
 * `group` becomes the lane; eras become eras; HTML is sanitized into textHtml and reduced
 * to plain text for titles and summaries. The legacy v2 JSON and the Google Sheets layout
 * are turned into this same document shape and built here too (timelinejs2.ts,
 * timelinejs-sheet.ts), so all three follow one set of rules.
 *
 * Every event that cannot be taken, and every field that is not kept, is reported.
 */
import { parseWhen } from '../../model/dates';
import type { BackgroundInput, CategoryInput, CoverInput, EraInput, EventInput, MediaInput, TimelineInput } from '../../model/schema';
import { timelineJsDatesToEdtf, whenToTimelineJs, isEmptyTimelineJsDate, DATE_FIELDS } from './dates';
import { slugify, uniqueSlugs } from './slug';
import type { HtmlCleaner, ImportProblem, ImportResult } from './types';
import { readJsonFile } from './json-file';

export const TIMELINEJS3_FORMAT = 'TimelineJS 3 JSON';

/** The lane of events that have no group. Its externalGroup "" lets the export write group "" back. */
export const UNGROUPED_CATEGORY: CategoryInput = { id: 'events', label: 'Events', externalGroup: '' };

/** Event fields this importer reads; any other is reported as not kept. */
const KNOWN_EVENT_FIELDS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'display_text', 'background', 'unique_id', 'citeline']);

/** Date fields read: the date itself and its display text. (`format`, a TimelineJS display pattern, is reported when filled.) */
const KNOWN_DATE_FIELDS = new Set<string>([...DATE_FIELDS, 'display_date', 'display_text']);

export interface BuildOptions {
	fileName: string;
	format: string;
	cleaner: HtmlCleaner;
	/** How the input names its n-th event (0-based) in problems; default 'event 3 ("Ada Lovelace")'. */
	eventPosition?: (index: number, headline: string) => string;
	eraPosition?: (index: number) => string;
	titlePosition?: string;
	/** Problems found before the build (e.g. rows a sheet could not read). */
	problems?: ImportProblem[];
}

export function importTimelineJs3(text: string, fileName: string, cleaner: HtmlCleaner): ImportResult {
	const file = readJsonFile(text, fileName);
	if (!file.ok) return file.refusal;
	const data = file.data;
	return buildFromTimelineJs3(data, { fileName, format: TIMELINEJS3_FORMAT, cleaner });
}

/** True for a TimelineJS 3 document: an object with an `events` list. */
export function isTimelineJs3(data: unknown): boolean {
	return isObject(data) && Array.isArray(data.events);
}

export function buildFromTimelineJs3(doc: unknown, options: BuildOptions): ImportResult {
	const { fileName, format, cleaner } = options;
	const problems: ImportProblem[] = [...(options.problems ?? [])];
	if (!isObject(doc) || !Array.isArray(doc.events)) {
		return { ok: false, reason: `${fileName} is not a TimelineJS 3 timeline: it has no "events" list`, problems };
	}
	if (doc.events.length === 0) return { ok: false, reason: `${fileName} has no events`, problems };

	const eventPosition = options.eventPosition ?? ((i: number, headline: string) => (headline === '' ? `event ${i + 1}` : `event ${i + 1} ("${headline}")`));
	const text = (html: unknown): string => (typeof html === 'string' || typeof html === 'number' ? cleaner.toText(String(html)) : '');
	const html = (value: unknown): string | undefined => {
		if (typeof value !== 'string' || value.trim() === '') return undefined;
		const clean = cleaner.sanitize(value).trim();
		return clean === '' ? undefined : clean;
	};

	// The title slide.
	const titlePosition = options.titlePosition ?? 'title slide';
	const titleSlide = isObject(doc.title) ? doc.title : {};
	const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
	let title = text(titleText.headline);
	if (title === '') {
		title = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Imported timeline';
		problems.push({ position: titlePosition, field: 'text.headline', reason: `no headline: the file name "${title}" is used as the title` });
	}
	let summary = text(titleText.text);
	const cover: CoverInput = {};
	const coverHtml = html(titleText.text);
	if (coverHtml !== undefined && hasMarkup(String(titleText.text))) cover.textHtml = coverHtml;
	if (summary === '') summary = `Imported from ${fileName} (${format}).`;
	const coverMedia = toMedia(titleSlide.media, titlePosition, problems, cleaner);
	if (coverMedia) cover.media = coverMedia;
	const coverBackground = toBackground(titleSlide.background, titlePosition, problems);
	if (coverBackground) cover.background = coverBackground;
	if (!isEmptyTimelineJsDate(titleSlide.start_date) || !isEmptyTimelineJsDate(titleSlide.end_date)) {
		problems.push({ position: titlePosition, field: 'start_date', reason: 'the title slide is not placed on the time axis: its date is not kept' });
	}

	// Eras.
	const eras: EraInput[] = [];
	const eraId = uniqueSlugs();
	(Array.isArray(doc.eras) ? doc.eras : []).forEach((era: unknown, i: number) => {
		const position = options.eraPosition?.(i) ?? `era ${i + 1}`;
		if (!isObject(era)) return void problems.push({ position, reason: 'is not an object: not imported' });
		const eraText = isObject(era.text) ? era.text : {};
		const headline = text(eraText.headline);
		if (headline === '') return void problems.push({ position, field: 'text.headline', reason: 'no headline: an era needs a title; not imported' });
		if (isEmptyTimelineJsDate(era.end_date)) return void problems.push({ position, field: 'end_date', reason: 'no end date: an era is a span; not imported' });
		const dates = timelineJsDatesToEdtf(era.start_date, era.end_date);
		if (!dates.ok) return void problems.push({ position, field: dates.field, reason: `${dates.reason}; not imported` });
		if (!dates.edtf.includes('/')) return void problems.push({ position, field: 'end_date', reason: 'ends where it starts: an era is a span; not imported' });
		for (const note of dates.notes) problems.push({ position, reason: note });
		const result: EraInput = { id: eraId(slugify(headline), 'era'), title: headline, when: dates.edtf };
		const eraSummary = text(eraText.text);
		if (eraSummary !== '') result.summary = eraSummary;
		const eraHtml = html(eraText.text);
		if (eraHtml !== undefined && hasMarkup(String(eraText.text))) result.textHtml = eraHtml;
		eras.push(result);
	});

	// Lanes from groups, in order of first appearance.
	const categories: CategoryInput[] = [];
	const categoryByGroup = new Map<string, string>();
	const categoryId = uniqueSlugs();
	const laneOf = (group: unknown): string => {
		const name = typeof group === 'string' || typeof group === 'number' ? String(group) : '';
		const label = text(name);
		const key = label === '' ? '' : name;
		let id = categoryByGroup.get(key);
		if (id === undefined) {
			const category: CategoryInput =
				label === '' ? { ...UNGROUPED_CATEGORY, id: categoryId(UNGROUPED_CATEGORY.id, 'events') } : { id: categoryId(slugify(label), 'group'), label, externalGroup: name };
			id = category.id;
			categoryByGroup.set(key, id);
			categories.push(category);
		}
		return id;
	};

	// Ids: explicit unique_ids first, so that a headline cannot take an id another event asked for.
	const eventId = uniqueSlugs();
	const idByIndex = new Map<number, { id: string; externalId?: string }>();
	const rawEvents = doc.events as unknown[];
	const uniqueIdOf = (event: unknown): string => (isObject(event) && (typeof event.unique_id === 'string' || typeof event.unique_id === 'number') ? String(event.unique_id).trim() : '');
	rawEvents.forEach((event, i) => {
		const given = uniqueIdOf(event);
		if (given === '') return;
		const id = eventId(slugify(given), 'event');
		idByIndex.set(i, id === given ? { id } : { id, externalId: given });
	});

	const events: EventInput[] = [];
	const notKept = new Map<string, number>();
	let timed = 0;
	rawEvents.forEach((event, i) => {
		if (!isObject(event)) return void problems.push({ position: eventPosition(i, ''), reason: 'is not an object: not imported' });
		const slideText = isObject(event.text) ? event.text : {};
		const headline = text(slideText.headline);
		const position = eventPosition(i, headline);
		const notice = (key: string) => notKept.set(key, (notKept.get(key) ?? 0) + 1);
		for (const key of Object.keys(event)) if (!KNOWN_EVENT_FIELDS.has(key)) notice(key);
		for (const side of ['start_date', 'end_date'] as const) {
			const date = event[side];
			if (!isObject(date)) continue;
			for (const [key, value] of Object.entries(date)) {
				if (!KNOWN_DATE_FIELDS.has(key) && stringOf(value) !== '') notice(`${side}.${key}`);
			}
		}

		const dates = timelineJsDatesToEdtf(event.start_date, event.end_date);
		if (!dates.ok) return void problems.push({ position, field: dates.field, reason: dates.reason === 'no start date: not placed' ? dates.reason : `${dates.reason}: not placed` });
		for (const note of dates.notes) problems.push({ position, reason: note });
		let when = dates.edtf;
		if (dates.timed) timed++;
		let display = displayOf(event, text);
		const extension = isObject(event.citeline) ? event.citeline : undefined;
		if (extension && typeof extension.when === 'string') {
			const exact = exactWhen(extension.when, event.start_date, event.end_date);
			if (exact) {
				when = extension.when;
				if (extension.displayGenerated === true) display = undefined;
			} else {
				problems.push({ position, field: 'citeline.when', reason: `"${extension.when}" no longer matches start_date/end_date: the TimelineJS dates are used` });
			}
		}
		if (isObject(event.end_date) && typeof event.end_date.display_date === 'string' && event.end_date.display_date.trim() !== '') {
			problems.push({ position, field: 'end_date.display_date', reason: `the end's display text "${event.end_date.display_date}" is not kept (Citeline keeps one display text per event)` });
		}

		const body = text(slideText.text);
		let title = headline;
		if (title === '') {
			title = body === '' ? 'Untitled event' : shorten(body);
			problems.push({ position, field: 'text.headline', reason: body === '' ? 'no headline and no text: titled "Untitled event"' : `no headline: the title is taken from the text ("${title}")` });
		}
		const ids = idByIndex.get(i) ?? { id: eventId(slugify(headline), 'event') };
		const bodyHtml = html(slideText.text);
		const media = toMedia(event.media, position, problems, cleaner);
		const background = toBackground(event.background, position, problems);
		const result: EventInput = {
			id: ids.id,
			...(ids.externalId === undefined ? {} : { externalId: ids.externalId }),
			title,
			...(body === '' ? {} : { summary: body }),
			...(bodyHtml !== undefined && hasMarkup(String(slideText.text)) ? { textHtml: bodyHtml } : {}),
			when,
			...(display === undefined ? {} : { display }),
			status: 'unassessed',
			category: laneOf(event.group),
			...(media ? { media } : {}),
			...(background ? { background } : {})
		};
		events.push(result);
	});

	if (events.length === 0) {
		return { ok: false, reason: `none of the ${rawEvents.length} events in ${fileName} could be imported`, problems };
	}
	if (timed > 0) {
		problems.push({
			position: 'file',
			reason: `TimelineJS times carry no time zone (TimelineJS shows them in each reader's own zone): ${timed} event${timed === 1 ? '' : 's'} with a time of day read as UTC`
		});
	}
	for (const [field, count] of notKept) {
		problems.push({ position: 'file', field, reason: `"${field}" is not kept: Citeline has no such field (${count} event${count === 1 ? '' : 's'})` });
	}

	let scale: TimelineInput['scale'];
	if (doc.scale === 'human' || doc.scale === 'cosmological') scale = doc.scale;
	else if (doc.scale !== undefined && doc.scale !== '') problems.push({ position: 'file', field: 'scale', reason: `scale "${String(doc.scale)}" is neither "human" nor "cosmological": not kept` });

	const timeline: TimelineInput = {
		format: 1,
		title,
		summary,
		strict: false,
		unsourced: true,
		categories,
		events
	};
	if (eras.length > 0) timeline.eras = eras;
	if (scale !== undefined) timeline.scale = scale;
	if (Object.keys(cover).length > 0) timeline.cover = cover;
	timeline.origin = { format, file: fileName.replace(/^.*[\\/]/, '') };
	return { ok: true, timeline, problems, format };
}

/** The date as the slide shows it: display_date (or its alias display_text), on the slide or its start date. */
function displayOf(event: Record<string, unknown>, text: (html: unknown) => string): string | undefined {
	const start = isObject(event.start_date) ? event.start_date : {};
	for (const candidate of [event.display_date, event.display_text, start.display_date, start.display_text]) {
		const shown = text(candidate);
		if (shown !== '') return shown;
	}
	return undefined;
}

/** The Citeline EDTF carried in an export, if the TimelineJS dates still say the same. */
function exactWhen(edtf: string, start: unknown, end: unknown): boolean {
	const parsed = parseWhen(edtf);
	if (!parsed.ok) return false;
	const expected = whenToTimelineJs(parsed.when);
	return sameDate(expected.start_date, start) && (expected.end_date === undefined ? isEmptyTimelineJsDate(end) : sameDate(expected.end_date, end));
}

function sameDate(expected: Record<string, string>, actual: unknown): boolean {
	if (!isObject(actual)) return false;
	return DATE_FIELDS.every((field) => {
		const value = actual[field];
		const given = value === undefined || value === null || String(value).trim() === '' ? undefined : Number(String(value).trim());
		const wanted = expected[field] === undefined ? undefined : Number(expected[field]);
		return given === wanted;
	});
}

const MEDIA_FIELDS: Array<[string, keyof MediaInput]> = [
	['thumbnail', 'thumbnail'],
	['alt', 'alt'],
	['title', 'title'],
	['link', 'link'],
	['link_target', 'linkTarget']
];

function toMedia(value: unknown, position: string, problems: ImportProblem[], cleaner: HtmlCleaner): MediaInput | undefined {
	if (value === undefined || value === null) return undefined;
	if (!isObject(value)) {
		problems.push({ position, field: 'media', reason: 'is not an object: not kept' });
		return undefined;
	}
	const url = stringOf(value.url);
	const rest = ['caption', 'credit', ...MEDIA_FIELDS.map(([k]) => k)].filter((k) => stringOf(value[k]) !== '');
	if (url === '') {
		if (rest.length > 0) problems.push({ position, field: 'media.url', reason: `media without a url: its ${rest.join(', ')} not kept` });
		return undefined;
	}
	// An embed code (a blockquote, an iframe) is HTML: sanitized, as all imported HTML is.
	const safeUrl = url.startsWith('<') ? cleaner.sanitize(url).trim() : checkedLink(url, position, 'media.url', problems);
	if (safeUrl === undefined || safeUrl === '') {
		if (safeUrl === '') problems.push({ position, field: 'media.url', reason: 'the embed code has nothing left once sanitized: media not kept' });
		return undefined;
	}
	const media: MediaInput = { url: safeUrl };
	for (const key of ['caption', 'credit'] as const) {
		const raw = stringOf(value[key]);
		const clean = raw === '' ? '' : cleaner.sanitize(raw).trim();
		if (clean !== '') media[key] = clean;
	}
	for (const [from, to] of MEDIA_FIELDS) {
		const raw = stringOf(value[from]);
		if (raw === '') continue;
		const kept = from === 'thumbnail' || from === 'link' ? checkedLink(raw, position, `media.${from}`, problems) : raw;
		if (kept !== undefined) media[to] = kept;
	}
	return media;
}

function toBackground(value: unknown, position: string, problems: ImportProblem[]): BackgroundInput | undefined {
	if (value === undefined || value === null) return undefined;
	if (!isObject(value)) {
		problems.push({ position, field: 'background', reason: 'is not an object: not kept' });
		return undefined;
	}
	const background: BackgroundInput = {};
	const color = stringOf(value.color);
	if (color !== '') background.color = color;
	const url = stringOf(value.url);
	if (url !== '') {
		const kept = checkedLink(url, position, 'background.url', problems);
		if (kept !== undefined) background.url = kept;
	}
	const alt = stringOf(value.alt);
	if (alt !== '') background.alt = alt;
	const opacity = stringOf(value.opacity);
	if (opacity !== '') {
		const percent = Number(opacity);
		if (Number.isFinite(percent) && percent >= 0 && percent <= 100) background.opacity = percent;
		else problems.push({ position, field: 'background.opacity', reason: `opacity "${opacity}" is not a percentage from 0 to 100: not kept` });
	}
	return Object.keys(background).length > 0 ? background : undefined;
}

/** A link as given, unless it names a scheme other than http(s) (javascript:, data:…): then dropped and reported. */
function checkedLink(url: string, position: string, field: string, problems: ImportProblem[]): string | undefined {
	const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
	if (scheme === undefined || scheme === 'http' || scheme === 'https') return url;
	problems.push({ position, field, reason: `a ${scheme}: link is never followed: not kept` });
	return undefined;
}

function stringOf(value: unknown): string {
	return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function hasMarkup(text: string): boolean {
	return /<[a-z!/]|&[#a-z0-9]+;/i.test(text);
}

/** The first words of a text, for a title, at most about 80 characters. */
function shorten(text: string): string {
	const line = text.split('\n')[0] ?? text;
	if (line.length <= 80) return line;
	const cut = line.slice(0, 80);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
