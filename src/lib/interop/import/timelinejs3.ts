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
 *
 * TimelineJS shows headlines, texts, captions, credits, groups and display dates as HTML,
 * so they are read as HTML, deliberately: HTML fields are sanitized (what the sanitizer
 * removes is reported), and where Citeline keeps plain text (titles, lane names, display
 * dates) markup that is dropped on the way is reported with the text that is kept.
 * Fields TimelineJS treats as plain text (alt, title, link_target) are kept as written or
 * not at all. Links are http(s) only; colours are CSS colours; a value of the wrong type
 * (an object where text belongs) is reported, not silently ignored. Titles and summaries
 * longer than the limits (limits.ts) are reported, never cut.
 */
import { parseWhen } from '../../model/dates';
import { markupIn } from '../../model/safe-html';
import { isColour, isWindowName, linkProblem } from '../safe-values';
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH, overLimit } from './limits';
import type { BackgroundInput, CategoryInput, CoverInput, EraInput, EventInput, MediaInput, TimelineInput } from '../../model/schema';
import { timelineJsDatesToEdtf, whenToTimelineJs, isEmptyTimelineJsDate, DATE_FIELDS } from './dates';
import { slugify, uniqueSlugs } from './slug';
import type { HtmlCleaner, ImportProblem, ImportResult } from './types';
import { readJsonFile } from './json-file';
import { storyOfSlides, type Slide } from './slide-order';

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
	const read = new FieldReader(cleaner, problems);
	/** For positions only: a headline as text, reporting nothing. */
	const headlineOf = (slide: unknown): string => {
		const value = isObject(slide) && isObject(slide.text) ? slide.text.headline : undefined;
		return typeof value === 'string' || typeof value === 'number' ? cleaner.toText(String(value)) : '';
	};

	// The title slide.
	const titlePosition = options.titlePosition ?? 'title slide';
	const titleSlide = read.object(doc.title, titlePosition, 'title') ?? {};
	const titleText = read.object(titleSlide.text, titlePosition, 'text') ?? {};
	let title = read.htmlAsText(titleText.headline, titlePosition, 'text.headline', 'the title');
	const titleTooLong = overLimit(title, MAX_TITLE_LENGTH);
	if (titleTooLong !== undefined) problems.push({ position: titlePosition, field: 'text.headline', reason: `${titleTooLong}: not kept` });
	if (title === '' || titleTooLong !== undefined) {
		title = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Imported timeline';
		problems.push({ position: titlePosition, field: 'text.headline', reason: `no headline: the file name "${title}" is used as the title` });
	}
	const cover: CoverInput = {};
	const coverBody = read.body(titleText.text, titlePosition, 'text.text');
	let summary = coverBody.text;
	if (coverBody.html !== undefined) cover.textHtml = coverBody.html;
	const summaryTooLong = overLimit(summary, MAX_SUMMARY_LENGTH);
	if (summaryTooLong !== undefined) {
		problems.push({ position: titlePosition, field: 'text.text', reason: `${summaryTooLong}: not kept as the summary` });
		summary = '';
	}
	if (summary === '') summary = `Imported from ${fileName} (${format}).`;
	const coverMedia = read.media(titleSlide.media, titlePosition);
	if (coverMedia) cover.media = coverMedia;
	const coverBackground = read.background(titleSlide.background, titlePosition);
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
		const eraText = read.object(era.text, position, 'text') ?? {};
		const headline = read.htmlAsText(eraText.headline, position, 'text.headline', 'the era\'s title');
		if (headline === '') return void problems.push({ position, field: 'text.headline', reason: 'no headline: an era needs a title; not imported' });
		const eraBody = read.body(eraText.text, position, 'text.text');
		for (const [field, value, limit] of [
			['text.headline', headline, MAX_TITLE_LENGTH],
			['text.text', eraBody.text, MAX_SUMMARY_LENGTH]
		] as const) {
			const tooLong = overLimit(value, limit);
			if (tooLong !== undefined) return void problems.push({ position, field, reason: `${tooLong}: not imported` });
		}
		if (isEmptyTimelineJsDate(era.end_date)) return void problems.push({ position, field: 'end_date', reason: 'no end date: an era is a span; not imported' });
		const dates = timelineJsDatesToEdtf(era.start_date, era.end_date);
		if (!dates.ok) return void problems.push({ position, field: dates.field, reason: `${dates.reason}; not imported` });
		if (!dates.edtf.includes('/')) return void problems.push({ position, field: 'end_date', reason: 'ends where it starts: an era is a span; not imported' });
		for (const note of dates.notes) problems.push({ position, reason: note });
		const result: EraInput = { id: eraId(slugify(headline), 'era'), title: headline, when: dates.edtf };
		if (eraBody.text !== '') result.summary = eraBody.text;
		if (eraBody.html !== undefined) result.textHtml = eraBody.html;
		eras.push(result);
	});

	// Lanes from groups, in order of first appearance.
	const categories: CategoryInput[] = [];
	const categoryByGroup = new Map<string, string>();
	const categoryId = uniqueSlugs();
	const laneOf = (group: unknown, position: string): string => {
		const name = read.text(group, position, 'group');
		let label = name === '' ? '' : cleaner.toText(name);
		const key = label === '' ? '' : name;
		let id = categoryByGroup.get(key);
		if (id !== undefined) return id;
		// A group is HTML to TimelineJS; a lane's name is plain text, and so is externalGroup.
		let externalGroup: string | undefined = name;
		if (markupIn(name) !== undefined) {
			externalGroup = undefined;
			problems.push({ position, field: 'group', reason: `"${name}" is HTML: the lane is named "${label}" and its markup is not kept` });
		}
		const unusable = markupIn(label) !== undefined ? `would be read as HTML ("${markupIn(label)}")` : overLimit(label, MAX_TITLE_LENGTH);
		if (label !== '' && unusable !== undefined) {
			problems.push({ position, field: 'group', reason: `the lane name "${label.slice(0, 40)}" ${unusable}: the group's events go to the lane "${UNGROUPED_CATEGORY.label}"` });
			label = '';
		}
		const existing = label === '' ? categoryByGroup.get('') : undefined;
		if (existing !== undefined) {
			categoryByGroup.set(key, existing);
			return existing;
		}
		const category: CategoryInput =
			label === ''
				? { ...UNGROUPED_CATEGORY, id: categoryId(UNGROUPED_CATEGORY.id, 'events') }
				: { id: categoryId(slugify(label), 'group'), label, ...(externalGroup === undefined ? {} : { externalGroup }) };
		id = category.id;
		categoryByGroup.set(key, id);
		if (label === '') categoryByGroup.set('', id);
		categories.push(category);
		return id;
	};

	// Ids: explicit unique_ids first, so that a headline cannot take an id another event asked for.
	const eventId = uniqueSlugs();
	const idByIndex = new Map<number, { id: string; externalId?: string }>();
	const rawEvents = doc.events as unknown[];
	const indexById = new Map<string, number>();
	rawEvents.forEach((event, i) => {
		if (!isObject(event)) return;
		const given = read.text(event.unique_id, eventPosition(i, headlineOf(event)), 'unique_id').trim();
		if (given === '') return;
		const wanted = slugify(given) || 'event';
		const id = eventId(wanted, 'event');
		indexById.set(id, i);
		const owner = indexById.get(wanted);
		if (id !== wanted && owner !== undefined) {
			problems.push({
				position: eventPosition(i, headlineOf(event)),
				field: 'unique_id',
				reason: `"${given}" asks for the id "${wanted}", which ${eventPosition(owner, headlineOf(rawEvents[owner]))} already has: this event's id is "${id}", and "${given}" is kept as its externalId`
			});
		}
		idByIndex.set(i, id === given ? { id } : { id, externalId: given });
	});

	const events: EventInput[] = [];
	const slides: Slide[] = [];
	const notKept = new Map<string, number>();
	let timed = 0;
	rawEvents.forEach((event, i) => {
		if (!isObject(event)) return void problems.push({ position: eventPosition(i, ''), reason: 'is not an object: not imported' });
		const position = eventPosition(i, headlineOf(event));
		const slideText = read.object(event.text, position, 'text') ?? {};
		const headline = read.htmlAsText(slideText.headline, position, 'text.headline', 'the title');
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
		let display = displayOf(event, position, read);
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

		const { text: body, html: bodyHtml } = read.body(slideText.text, position, 'text.text');
		let title = headline;
		if (title === '') {
			title = body === '' ? 'Untitled event' : shorten(body);
			problems.push({ position, field: 'text.headline', reason: body === '' ? 'no headline and no text: titled "Untitled event"' : `no headline: the title is taken from the text ("${title}")` });
		}
		for (const [field, value, limit] of [
			['text.headline', title, MAX_TITLE_LENGTH],
			['text.text', body, MAX_SUMMARY_LENGTH]
		] as const) {
			const tooLong = overLimit(value, limit);
			if (tooLong !== undefined) return void problems.push({ position, field, reason: `${tooLong}: not imported` });
		}
		const ids = idByIndex.get(i) ?? { id: eventId(slugify(headline), 'event') };
		const media = read.media(event.media, position);
		const background = read.background(event.background, position);
		const result: EventInput = {
			id: ids.id,
			...(ids.externalId === undefined ? {} : { externalId: ids.externalId }),
			title,
			...(body === '' ? {} : { summary: body }),
			...(bodyHtml === undefined ? {} : { textHtml: bodyHtml }),
			when,
			...(display === undefined ? {} : { display }),
			status: 'unassessed',
			category: laneOf(event.group, position),
			...(media ? { media } : {}),
			...(background ? { background } : {})
		};
		events.push(result);
		const instant = (edtf: string) => {
			const parsed = parseWhen(edtf);
			return parsed.ok ? parsed.when.sortMs : 0;
		};
		slides.push({ id: ids.id, slideMs: instant(dates.edtf), sortMs: instant(when) });
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
	// Story mode keeps TimelineJS's slide order.
	const story = storyOfSlides(slides);
	if (story) timeline.story = { events: story };
	timeline.origin = { format, file: fileName.replace(/^.*[\\/]/, '') };
	return { ok: true, timeline, problems, format };
}

/** The date as the slide shows it: display_date (or its alias display_text), on the slide or its start date. */
function displayOf(event: Record<string, unknown>, position: string, read: FieldReader): string | undefined {
	const start = isObject(event.start_date) ? event.start_date : {};
	for (const [field, candidate] of [
		['display_date', event.display_date],
		['display_text', event.display_text],
		['start_date.display_date', start.display_date],
		['start_date.display_text', start.display_text]
	] as const) {
		const shown = read.htmlAsText(candidate, position, field, 'the display date');
		if (shown === '') continue;
		// Plain text that TimelineJS will show as HTML again: nothing in it may read as a tag.
		const markup = markupIn(shown);
		const problem = markup !== undefined ? `"${shown.slice(0, 40)}" would be read as HTML ("${markup}")` : overLimit(shown, MAX_TITLE_LENGTH);
		if (problem === undefined) return shown;
		read.report(position, field, `${problem}: not kept`);
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

/**
 * Reads the values of a TimelineJS document as what they are: text, HTML, links, colours.
 * Whatever it does not keep, or keeps changed, it reports at the given position and field.
 */
class FieldReader {
	constructor(
		private readonly cleaner: HtmlCleaner,
		private readonly problems: ImportProblem[]
	) {}

	report(position: string, field: string, reason: string): void {
		this.problems.push({ position, field, reason });
	}

	/** An object where one is expected; anything else but absence is reported. */
	object(value: unknown, position: string, field: string): Record<string, unknown> | undefined {
		if (value === undefined || value === null) return undefined;
		if (isObject(value)) return value;
		this.report(position, field, `is ${typeName(value)}, not an object: not kept`);
		return undefined;
	}

	/** A string or number as text, untrimmed; absent is ""; an object, list or boolean is reported, not silently dropped. */
	text(value: unknown, position: string, field: string): string {
		if (value === undefined || value === null) return '';
		if (typeof value === 'string') return value;
		if (typeof value === 'number' && Number.isFinite(value)) return String(value);
		this.report(position, field, `is ${typeName(value)} where text belongs: not kept`);
		return '';
	}

	/** HTML that Citeline keeps as plain text (a title, a display date): markup that is dropped is reported with the text kept. */
	htmlAsText(value: unknown, position: string, field: string, what: string): string {
		const raw = this.text(value, position, field);
		if (raw.trim() === '') return '';
		const text = this.cleaner.toText(raw);
		if (hasTags(raw)) this.report(position, field, `is HTML; ${what} is plain text, so its markup is not kept: "${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`);
		return text;
	}

	/** A slide's text: plain text for the summary, and sanitized HTML when it has markup (what sanitizing removed is reported). */
	body(value: unknown, position: string, field: string): { text: string; html?: string } {
		const raw = this.text(value, position, field);
		if (raw.trim() === '') return { text: '' };
		const text = this.cleaner.toText(raw);
		const html = this.html(raw, position, field);
		return html !== undefined && hasMarkup(raw) ? { text, html } : { text };
	}

	/** Sanitized HTML, or undefined when nothing is left; what sanitizing removed is reported. */
	html(value: unknown, position: string, field: string): string | undefined {
		const raw = this.text(value, position, field).trim();
		if (raw === '') return undefined;
		const { html, removed } = this.cleaner.sanitizeReporting(raw);
		if (removed.length > 0) this.report(position, field, `unsafe HTML removed: ${removed.join(', ')}`);
		return html.trim() === '' ? undefined : html.trim();
	}

	/** An http(s) link as given, or undefined (reported) for any other. */
	link(value: unknown, position: string, field: string): string | undefined {
		const link = this.text(value, position, field).trim();
		if (link === '') return undefined;
		const problem = linkProblem(link);
		if (problem === undefined) return link;
		this.report(position, field, `${problem}: not kept`);
		return undefined;
	}

	/** Plain text TimelineJS uses as it stands (alt, title): kept as written, unless it would read as HTML. */
	plain(value: unknown, position: string, field: string): string | undefined {
		const text = this.text(value, position, field).trim();
		if (text === '') return undefined;
		const markup = markupIn(text);
		const problem = markup !== undefined ? `"${text.slice(0, 40)}" would be read as HTML ("${markup}")` : overLimit(text, MAX_TITLE_LENGTH);
		if (problem === undefined) return text;
		this.report(position, field, `${problem}: not kept`);
		return undefined;
	}

	media(value: unknown, position: string): MediaInput | undefined {
		const media = this.object(value, position, 'media');
		if (media === undefined) return undefined;
		const given = (key: string) => media[key] !== undefined && media[key] !== null && String(media[key]).trim() !== '';
		const rest = ['caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'].filter(given);
		const url = this.text(media.url, position, 'media.url').trim();
		if (url === '') {
			if (rest.length > 0) this.report(position, 'media.url', `media without a url: its ${rest.join(', ')} not kept`);
			return undefined;
		}
		// An embed code (a blockquote, an iframe) is HTML: sanitized, as all imported HTML is.
		let kept: string | undefined;
		if (url.startsWith('<')) {
			kept = this.html(url, position, 'media.url');
			if (kept === undefined) this.report(position, 'media.url', 'the embed code has nothing left once sanitized: media not kept');
		} else {
			kept = this.link(url, position, 'media.url');
		}
		if (kept === undefined) return undefined;
		const result: MediaInput = { url: kept };
		const caption = this.html(media.caption, position, 'media.caption');
		if (caption !== undefined) result.caption = caption;
		const credit = this.html(media.credit, position, 'media.credit');
		if (credit !== undefined) result.credit = credit;
		const thumbnail = this.link(media.thumbnail, position, 'media.thumbnail');
		if (thumbnail !== undefined) result.thumbnail = thumbnail;
		const alt = this.plain(media.alt, position, 'media.alt');
		if (alt !== undefined) result.alt = alt;
		const title = this.plain(media.title, position, 'media.title');
		if (title !== undefined) result.title = title;
		const link = this.link(media.link, position, 'media.link');
		if (link !== undefined) result.link = link;
		const target = this.text(media.link_target, position, 'media.link_target').trim();
		if (target !== '' && isWindowName(target)) result.linkTarget = target;
		else if (target !== '') this.report(position, 'media.link_target', `"${target.slice(0, 40)}" is not a window name such as "_blank": not kept`);
		return result;
	}

	background(value: unknown, position: string): BackgroundInput | undefined {
		const given = this.object(value, position, 'background');
		if (given === undefined) return undefined;
		const background: BackgroundInput = {};
		const color = this.text(given.color, position, 'background.color').trim();
		if (color !== '' && isColour(color)) background.color = color;
		else if (color !== '') this.report(position, 'background.color', `"${color.slice(0, 40)}" is not a CSS colour (a hex colour such as "#F45B69" or a name such as "papayawhip"): not kept`);
		const url = this.link(given.url, position, 'background.url');
		if (url !== undefined) background.url = url;
		const alt = this.plain(given.alt, position, 'background.alt');
		if (alt !== undefined) background.alt = alt;
		const opacity = this.text(given.opacity, position, 'background.opacity').trim();
		if (opacity !== '') {
			const percent = Number(opacity);
			if (Number.isFinite(percent) && percent >= 0 && percent <= 100) background.opacity = percent;
			else this.report(position, 'background.opacity', `opacity "${opacity}" is not a percentage from 0 to 100: not kept`);
		}
		return Object.keys(background).length > 0 ? background : undefined;
	}
}

function typeName(value: unknown): string {
	return Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function stringOf(value: unknown): string {
	return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** Markup worth keeping as HTML: a tag or a character reference. */
function hasMarkup(text: string): boolean {
	return /<[a-z!/]|&[#a-z0-9]+;/i.test(text);
}

/** A tag (not just a character reference): what converting to plain text loses. */
function hasTags(text: string): boolean {
	return /<[a-z!/?]/i.test(text);
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
