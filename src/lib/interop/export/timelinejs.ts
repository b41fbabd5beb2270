/**
 * Citeline → TimelineJS 3 JSON, so that a newsroom can take a timeline back to TimelineJS.
 *
 * Each event becomes a slide: its date at its precision (in UTC), its title and text (the
 * imported HTML when there is some, else the summary escaped), its lane as `group`, its id
 * (or the id it was imported with) as `unique_id`, its media and background. The title
 * slide is made from the title, summary and cover; eras and scale go across as they are.
 *
 * TimelineJS has no uncertain, approximate or "on or after" dates, no open or unreported
 * ends, seasons or decades. For those the slide gets the nearest TimelineJS date, the date
 * in words as its display_date (unless the event has its own), and the exact EDTF in an
 * extra `citeline` field that TimelineJS ignores and the importer reads back while the
 * TimelineJS dates still agree with it. Quotes, sources and statuses have no place in
 * TimelineJS and are not written.
 */
import { describeWhen } from '../../format/when';
import type { When } from '../../model/dates';
import type { Background, Media, Timeline, TimelineEvent } from '../../model/timeline';
import { timelineJsDatesToEdtf, whenToTimelineJs, type TimelineJsDates } from '../import/dates';

export interface TimelineJsMedia {
	url: string;
	caption?: string;
	credit?: string;
	thumbnail?: string;
	alt?: string;
	title?: string;
	link?: string;
	link_target?: string;
}

export interface TimelineJsSlide extends Partial<TimelineJsDates> {
	text: { headline: string; text?: string };
	display_date?: string;
	group?: string;
	unique_id?: string;
	media?: TimelineJsMedia;
	background?: Background;
	/** Citeline's exact date, where TimelineJS cannot hold it (read back by the importer). */
	citeline?: { when: string; displayGenerated?: true };
}

export interface TimelineJsDocument {
	title: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsSlide[];
	scale?: 'human' | 'cosmological';
}

export function toTimelineJs(timeline: Timeline): TimelineJsDocument {
	const groupOf = new Map(timeline.categories.map((c) => [c.id, c.externalGroup ?? c.label]));
	const title: TimelineJsSlide = { text: { headline: textToHtml(timeline.title), text: timeline.cover?.textHtml ?? textToHtml(timeline.summary) } };
	if (timeline.cover?.media) title.media = toMedia(timeline.cover.media);
	if (timeline.cover?.background) title.background = { ...timeline.cover.background };

	const document: TimelineJsDocument = {
		title,
		events: timeline.events.map((event) => toSlide(event, groupOf.get(event.category) ?? event.category, timeline.timeZone))
	};
	if (timeline.eras.length > 0) {
		document.eras = timeline.eras.map((era) => {
			const text: TimelineJsSlide['text'] = { headline: textToHtml(era.title) };
			const body = era.textHtml ?? (era.summary === undefined ? undefined : textToHtml(era.summary));
			if (body !== undefined) text.text = body;
			return { ...whenToTimelineJs(era.when), text };
		});
	}
	if (timeline.scale !== undefined) document.scale = timeline.scale;
	return document;
}

function toSlide(event: TimelineEvent, group: string, timeZone: string): TimelineJsSlide {
	const slide: TimelineJsSlide = { ...whenToTimelineJs(event.when), text: { headline: textToHtml(event.title) } };
	const body = event.textHtml ?? (event.summary === '' ? undefined : textToHtml(event.summary));
	if (body !== undefined) slide.text.text = body;
	if (!isExact(event.when, slide)) {
		slide.citeline = { when: event.when.edtf };
		if (event.display === undefined) {
			slide.display_date = describeWhen(event.when, { timeZone });
			slide.citeline.displayGenerated = true;
		}
	}
	if (event.display !== undefined) slide.display_date = event.display;
	slide.group = group;
	slide.unique_id = event.externalId ?? event.id;
	if (event.media) slide.media = toMedia(event.media);
	if (event.background) slide.background = { ...event.background };
	return slide;
}

/** True when the TimelineJS dates read back to exactly this EDTF. */
function isExact(when: When, dates: Partial<TimelineJsDates>): boolean {
	const back = timelineJsDatesToEdtf(dates.start_date, dates.end_date);
	return back.ok && back.edtf === when.edtf;
}

function toMedia(media: Media): TimelineJsMedia {
	const out: TimelineJsMedia = { url: media.url };
	if (media.caption !== undefined) out.caption = media.caption;
	if (media.credit !== undefined) out.credit = media.credit;
	if (media.thumbnail !== undefined) out.thumbnail = media.thumbnail;
	if (media.alt !== undefined) out.alt = media.alt;
	if (media.title !== undefined) out.title = media.title;
	if (media.link !== undefined) out.link = media.link;
	if (media.linkTarget !== undefined) out.link_target = media.linkTarget;
	return out;
}

/** TimelineJS shows text as HTML: plain text is escaped, its line breaks kept. */
function textToHtml(text: string): string {
	return escapeHtml(text).replace(/\n/g, '<br>');
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
