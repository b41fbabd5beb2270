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
 *
 * TimelineJS shows headlines, texts, captions, credits, groups and display dates as HTML
 * and pastes links and colours into HTML and CSS. So, whatever the timeline file says (it
 * may have been written by hand), nothing goes out unchecked: plain text is escaped, HTML
 * is sanitized again (with the cleaner given; without one, the plain text is written
 * instead), and links that are not http(s), colours that are not colours and plain text
 * that would read as HTML are left out. Each of these is a note for the user.
 */
import { describeWhen } from '../../format/when';
import type { When } from '../../model/dates';
import type { Background, Media, Timeline, TimelineEvent } from '../../model/timeline';
import { timelineJsDatesToEdtf, whenToTimelineJs, type TimelineJsDates } from '../import/dates';
import type { HtmlCleaner } from '../import/types';
import { markupIn } from '../../model/safe-html';
import { isColour, isWindowName, linkProblem } from '../safe-values';

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

export interface TimelineJsOptions {
	/** Sanitizes the HTML fields once more (htmlCleaner(window) in the browser, nodeHtmlCleaner() in Node). */
	cleaner?: HtmlCleaner;
	/** Receives what the user should know: what was left out or changed, and where. */
	onNote?: (note: string) => void;
}

export function toTimelineJs(timeline: Timeline, options: TimelineJsOptions = {}): TimelineJsDocument {
	const out = new SafeWriter(options);
	const groupOf = new Map(timeline.categories.map((c) => [c.id, out.group(c.externalGroup, c.label, `lane "${c.id}"`)]));
	const title: TimelineJsSlide = { text: { headline: textToHtml(timeline.title), text: out.html(timeline.cover?.textHtml, timeline.summary, 'the title slide', 'text') ?? textToHtml(timeline.summary) } };
	const coverMedia = out.media(timeline.cover?.media, 'the title slide');
	if (coverMedia) title.media = coverMedia;
	const coverBackground = out.background(timeline.cover?.background, 'the title slide');
	if (coverBackground) title.background = coverBackground;

	const document: TimelineJsDocument = {
		title,
		events: timeline.events.map((event) => toSlide(event, groupOf.get(event.category) ?? escapeHtml(event.category), timeline.timeZone, out))
	};
	if (timeline.eras.length > 0) {
		document.eras = timeline.eras.map((era) => {
			const text: TimelineJsSlide['text'] = { headline: textToHtml(era.title) };
			const body = out.html(era.textHtml, era.summary, `era "${era.id}"`, 'text') ?? (era.summary === undefined ? undefined : textToHtml(era.summary));
			if (body !== undefined) text.text = body;
			return { ...whenToTimelineJs(era.when), text };
		});
	}
	if (timeline.scale !== undefined) document.scale = timeline.scale;
	out.finish();
	return document;
}

function toSlide(event: TimelineEvent, group: string, timeZone: string, out: SafeWriter): TimelineJsSlide {
	const where = `event "${event.id}"`;
	const slide: TimelineJsSlide = { ...whenToTimelineJs(event.when), text: { headline: textToHtml(event.title) } };
	const body = out.html(event.textHtml, event.summary, where, 'text') ?? (event.summary === '' ? undefined : textToHtml(event.summary));
	if (body !== undefined) slide.text.text = body;
	if (!isExact(event.when, slide)) {
		slide.citeline = { when: event.when.edtf };
		if (event.display === undefined) {
			slide.display_date = escapeHtml(describeWhen(event.when, { timeZone }));
			slide.citeline.displayGenerated = true;
		}
	}
	// TimelineJS shows the display date as HTML; Citeline's is plain text.
	if (event.display !== undefined) slide.display_date = escapeHtml(event.display);
	slide.group = group;
	slide.unique_id = out.uniqueId(event);
	const media = out.media(event.media, where);
	if (media) slide.media = media;
	const background = out.background(event.background, where);
	if (background) slide.background = background;
	return slide;
}

/** True when the TimelineJS dates read back to exactly this EDTF. */
function isExact(when: When, dates: Partial<TimelineJsDates>): boolean {
	const back = timelineJsDatesToEdtf(dates.start_date, dates.end_date);
	return back.ok && back.edtf === when.edtf;
}

/** Writes the fields TimelineJS reads as HTML, links or colours, leaving out and noting what is not safe. */
class SafeWriter {
	private unsanitized = 0;

	constructor(private readonly options: TimelineJsOptions) {}

	note(note: string): void {
		this.options.onNote?.(note);
	}

	finish(): void {
		if (this.unsanitized > 0) {
			this.note(`${this.unsanitized} HTML text${this.unsanitized === 1 ? ' was' : 's were'} written as plain text or left out: no HTML sanitizer was available to check ${this.unsanitized === 1 ? 'it' : 'them'}`);
		}
	}

	/**
	 * HTML, sanitized again; undefined when there is none, or when there is no cleaner to
	 * check it (the caller then writes the plain text, if there is any).
	 */
	html(html: string | undefined, plain: string | undefined, where: string, field: string): string | undefined {
		if (html === undefined || html.trim() === '') return undefined;
		if (this.options.cleaner === undefined) {
			this.unsanitized++;
			return plain === undefined || plain === '' ? undefined : textToHtml(plain);
		}
		const { html: clean, removed } = this.options.cleaner.sanitizeReporting(html);
		if (removed.length > 0) this.note(`${where}: unsafe HTML removed from its ${field}: ${removed.join(', ')}`);
		return clean.trim() === '' ? undefined : clean.trim();
	}

	/** The group as imported when it holds no markup, else the lane's name escaped. */
	group(externalGroup: string | undefined, label: string, where: string): string {
		if (externalGroup === undefined) return escapeHtml(label);
		if (markupIn(externalGroup) === undefined) return externalGroup;
		this.note(`${where}: its imported group "${externalGroup}" holds markup; its name "${label}" is written instead`);
		return escapeHtml(label);
	}

	uniqueId(event: TimelineEvent): string {
		if (event.externalId === undefined) return event.id;
		if (markupIn(event.externalId) === undefined) return event.externalId;
		this.note(`event "${event.id}": its imported id "${event.externalId}" holds markup; its Citeline id is written instead`);
		return event.id;
	}

	link(link: string | undefined, where: string, field: string): string | undefined {
		if (link === undefined) return undefined;
		const problem = linkProblem(link);
		if (problem === undefined) return link;
		this.note(`${where}: ${field} left out: ${problem}`);
		return undefined;
	}

	plain(text: string | undefined, where: string, field: string): string | undefined {
		if (text === undefined) return undefined;
		const markup = markupIn(text);
		if (markup === undefined) return text;
		this.note(`${where}: ${field} left out: it holds "${markup}", which TimelineJS would read as HTML`);
		return undefined;
	}

	media(media: Media | undefined, where: string): TimelineJsMedia | undefined {
		if (media === undefined) return undefined;
		let url: string | undefined;
		if (media.url.trim().startsWith('<')) {
			url = this.html(media.url, undefined, where, 'media embed code');
			if (url === undefined) this.note(`${where}: media left out: its embed code could not be written safely`);
		} else {
			url = this.link(media.url, where, 'media');
		}
		if (url === undefined) return undefined;
		const out: TimelineJsMedia = { url };
		const caption = this.html(media.caption, undefined, where, 'media caption');
		if (caption !== undefined) out.caption = caption;
		const credit = this.html(media.credit, undefined, where, 'media credit');
		if (credit !== undefined) out.credit = credit;
		const thumbnail = this.link(media.thumbnail, where, 'media thumbnail');
		if (thumbnail !== undefined) out.thumbnail = thumbnail;
		const alt = this.plain(media.alt, where, 'media alt text');
		if (alt !== undefined) out.alt = alt;
		const title = this.plain(media.title, where, 'media title');
		if (title !== undefined) out.title = title;
		const link = this.link(media.link, where, 'media link');
		if (link !== undefined) out.link = link;
		if (media.linkTarget !== undefined) {
			if (isWindowName(media.linkTarget)) out.link_target = media.linkTarget;
			else this.note(`${where}: media link target left out: "${media.linkTarget}" is not a window name such as "_blank"`);
		}
		return out;
	}

	background(background: Background | undefined, where: string): Background | undefined {
		if (background === undefined) return undefined;
		const out: Background = {};
		if (background.color !== undefined) {
			if (isColour(background.color)) out.color = background.color;
			else this.note(`${where}: background colour left out: "${background.color}" is not a CSS colour`);
		}
		const url = this.link(background.url, where, 'background image');
		if (url !== undefined) out.url = url;
		const alt = this.plain(background.alt, where, 'background alt text');
		if (alt !== undefined) out.alt = alt;
		if (background.opacity !== undefined && Number.isFinite(background.opacity)) out.opacity = background.opacity;
		return Object.keys(out).length > 0 ? out : undefined;
	}
}

/** TimelineJS shows text as HTML: plain text is escaped, its line breaks kept. */
function textToHtml(text: string): string {
	return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
